public import CopydeskAST

/// The publication rules every public format shares (story-format.md §4).
public enum PublicationRules {
  /// Why a story stays out of public outputs (HTML pages, the public JSON Feed).
  public enum Withholding: Sendable, Hashable {
    /// A draft is never published.
    case draft
    /// A killed story is removed.
    case canceled
    /// The status says not to use the story for now (NewsML-G2 `stat:withheld`).
    case withheld
    /// Embargoed until the given instant.
    case embargoed(until: Timestamp)
  }

  /// Why `metadata` must not appear publicly at `clock`, or nil when it may.
  public static func withholding(_ metadata: Metadata, at clock: Timestamp) -> Withholding? {
    switch metadata.status {
    case .draft: return .draft
    case .canceled: return .canceled
    case .withheld: return .withheld
    case .usable: break
    }
    if let embargo = metadata.embargo, clock < embargo { return .embargoed(until: embargo) }
    return nil
  }
}
