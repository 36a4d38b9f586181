public import CopydeskAST

/// The publication rules every format shares (story-format.md §4); `render` and `build` both
/// apply them through `carries`.
public enum PublicationRules {
  /// Why a story stays out of public outputs (HTML pages, the public feeds).
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

  /// Why an `audience` must not get `metadata` at `clock`, or nil when it may: drafts go only
  /// to editors; embargoed, withheld and canceled stories also go to subscribers, with their
  /// markers; the public gets only what is released.
  public static func withholding(
    _ metadata: Metadata, from audience: Audience, at clock: Timestamp
  ) -> Withholding? {
    guard let reason = withholding(metadata, at: clock) else { return nil }
    switch audience {
    case .public: return reason
    case .subscribers: return reason == .draft ? reason : nil
    case .editors: return nil
    }
  }

  /// A reason in words: `embargoed until 2026-03-04T12:00:00+01:00`.
  public static func describe(_ reason: Withholding) -> String {
    switch reason {
    case .draft: "draft"
    case .canceled: "canceled"
    case .withheld: "status is withheld"
    case .embargoed(let until): "embargoed until \(RFC3339.format(until))"
    }
  }
}
