/// One story: its metadata and its body, as every renderer sees it.
public struct Article: Codable, Sendable, Hashable {
  /// What the story is about, who wrote it and when, and how it may be published.
  public var metadata: Metadata
  /// The story's text as a sequence of blocks.
  public var body: [Block]

  /// Creates an article from metadata and body blocks.
  public init(metadata: Metadata, body: [Block]) {
    self.metadata = metadata
    self.body = body
  }
}
