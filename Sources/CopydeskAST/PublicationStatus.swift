/// Whether and how a story may be published (story-format.md §1 and §4).
public enum PublicationStatus: String, Codable, Sendable, Hashable, CaseIterable {
  /// May be published (NewsML-G2 `stat:usable`).
  case usable
  /// Must not be used for now (NewsML-G2 `stat:withheld`).
  case withheld
  /// Killed: must be removed where it was published (NewsML-G2 `stat:canceled`).
  case canceled
  /// Work in progress: never published.
  case draft
}
