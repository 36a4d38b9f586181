import CopydeskAST
public import CopydeskReader

/// What a build did with each story, and everything it has to say.
public struct BuildReport: Sendable {
  /// What happened to one story.
  public enum Outcome: Sendable, Hashable {
    /// A story seen for the first time was published.
    case new
    /// A changed story was published again.
    case changed
    /// Nothing about the story changed; its outputs were left alone.
    case unchanged
    /// Kept out of public outputs (HTML, feed) for the reason given.
    case withheld(PublicationRules.Withholding)
    /// A draft: nothing was written.
    case draft
    /// A canceled story: its page and feed item were removed, a kill was sent.
    case killed
    /// The story could not be built; its previous outputs were left as they were.
    case failed(Diagnostic)
    /// The story's file is gone; its outputs were removed.
    case removed
    /// The story's file was renamed from the path given; its identity and outputs stayed.
    case renamed(from: String)
  }

  /// One story's line in the report.
  public struct Story: Sendable, Hashable {
    /// The source path as the user sees it.
    public var path: String
    /// What happened.
    public var outcome: Outcome
  }

  /// Every story, in source order.
  public var stories: [Story] = []
  /// Warnings and errors, in source order.
  public var diagnostics: [Diagnostic] = []
  /// Outputs written (or, in a dry run, that would be).
  public var written: [String] = []
  /// Outputs removed (or, in a dry run, that would be).
  public var removed: [String] = []
  /// True when the build wrote nothing because it was a dry run.
  public var dryRun = false

  /// True when any story failed.
  public var hasFailures: Bool {
    stories.contains {
      if case .failed = $0.outcome { return true }
      return false
    }
  }

  /// Counts per kind of outcome, for the summary line.
  public var summary: String {
    var counts: [String: Int] = [:]
    for story in stories {
      let key: String
      switch story.outcome {
      case .new, .changed, .renamed: key = "published"
      case .unchanged: key = "unchanged"
      case .withheld: key = "withheld"
      case .draft: key = "drafts skipped"
      case .killed: key = "killed"
      case .failed: key = "failed"
      case .removed: key = "removed"
      }
      counts[key, default: 0] += 1
    }
    let order = [
      "published", "unchanged", "withheld", "drafts skipped", "killed", "removed", "failed",
    ]
    return order.map { "\(counts[$0] ?? 0) \($0)" }.joined(separator: ", ")
  }

  /// One line per story that needs a reader's attention: withheld (with reason and until
  /// when), failed (with the first error); in a dry run, every story's plan.
  public var details: [String] {
    stories.compactMap { story in
      switch story.outcome {
      case .withheld(let reason): "\(story.path): withheld: \(Self.describe(reason))"
      case .failed(let error): "\(story.path): failed: \(error.description)"
      case .new where dryRun: "\(story.path): new"
      case .changed where dryRun: "\(story.path): changed"
      case .unchanged where dryRun: "\(story.path): unchanged"
      case .draft where dryRun: "\(story.path): draft, skipped"
      case .killed where dryRun: "\(story.path): killed"
      case .removed where dryRun: "\(story.path): removed"
      case .renamed(let from): "\(story.path): renamed from \(from); identity and outputs kept"
      default: nil
      }
    }
  }

  /// A reason in words: `embargoed until 2026-03-04T12:00:00+01:00`.
  static func describe(_ reason: PublicationRules.Withholding) -> String {
    switch reason {
    case .draft: "draft"
    case .canceled: "canceled"
    case .withheld: "status is withheld"
    case .embargoed(let until): "embargoed until \(RFC3339.format(until))"
    }
  }
}
