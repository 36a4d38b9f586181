public import CopydeskCore
import CopydeskReader
public import Foundation

/// What a build publishes of one story in one format.
public struct Publication: Sendable {
  /// One file of the story: its path inside the output folder and its bytes.
  public struct File: Sendable {
    /// The path inside the output folder, such as `newsml/harbour-strike.xml`.
    public var path: String
    /// The bytes.
    public var data: Data

    /// Creates a file.
    public init(path: String, data: Data) {
      self.path = path
      self.data = data
    }
  }

  /// An output that waits for the story's sequence number, given only once the story succeeds.
  public struct Numbered: Sendable {
    /// The numbering service: numbers count up per service.
    public var service: String
    /// Where the output goes.
    public var path: String
    /// Lays the output out with its number; it cannot fail.
    public var layout: @Sendable (Int) -> RenderedOutput

    /// Creates a numbered output.
    public init(
      service: String, path: String, layout: @escaping @Sendable (Int) -> RenderedOutput
    ) {
      self.service = service
      self.path = path
      self.layout = layout
    }
  }

  /// The story's files in this format.
  public var files: [File]
  /// The story's record for the format's collection pages, if it has one.
  public var record: Data?
  /// The output that still needs its sequence number.
  public var numbered: Numbered?
  /// What the format could not carry.
  public var warnings: [Diagnostic]

  /// Creates a publication.
  public init(
    files: [File] = [], record: Data? = nil, numbered: Numbered? = nil,
    warnings: [Diagnostic] = []
  ) {
    self.files = files
    self.record = record
    self.numbered = numbered
    self.warnings = warnings
  }
}
