/// A picture: where it is, what it shows and who made it.
public struct ImageReference: Codable, Sendable, Hashable {
  /// The picture's URL, absolute or relative to the site.
  public var url: String
  /// The caption shown with the picture.
  public var caption: String?
  /// The photographer or agency credit.
  public var credit: String?
  /// The alternative text for readers who cannot see the picture.
  public var alt: String?

  /// Creates an image reference.
  public init(url: String, caption: String? = nil, credit: String? = nil, alt: String? = nil) {
    self.url = url
    self.caption = caption
    self.credit = credit
    self.alt = alt
  }
}
