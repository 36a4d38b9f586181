/// A correction made to a published story.
public struct Correction: Codable, Sendable, Hashable {
  /// When the correction was made.
  public var date: Timestamp
  /// What was corrected, for readers.
  public var note: String

  /// Creates a correction.
  public init(date: Timestamp, note: String) {
    self.date = date
    self.note = note
  }
}
