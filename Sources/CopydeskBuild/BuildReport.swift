import CopydeskAST
public import CopydeskCore
public import CopydeskFormats
import CopydeskReader

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

  /// One format that failed for one story whose other formats published.
  public struct FormatFailure: Sendable, Hashable {
    /// The source path as the user sees it.
    public var path: String
    /// The format's name.
    public var format: String
    /// Why it failed.
    public var error: Diagnostic
  }

  /// Every story, in source order.
  public var stories: [Story] = []
  /// The formats that failed for stories that otherwise published.
  public var formatFailures: [FormatFailure] = []
  /// The collection formats whose pages could not be written (their earlier pages stay).
  public var failedCollections: [String] = []
  /// Warnings and errors, in source order.
  public var diagnostics: [Diagnostic] = []
  /// Outputs written (or, in a dry run, that would be).
  public var written: [String] = []
  /// Outputs removed (or, in a dry run, that would be).
  public var removed: [String] = []
  /// True when the build wrote nothing because it was a dry run.
  public var dryRun = false

  /// True when any story, any story's format or any collection failed.
  public var hasFailures: Bool {
    !formatFailures.isEmpty || !failedCollections.isEmpty
      || stories.contains {
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
    let partly = Set(formatFailures.map(\.path)).count
    let failing = Set(formatFailures.map(\.format)).sorted().joined(separator: ", ")
    let order = [
      "published", "unchanged", "withheld", "drafts skipped", "killed", "removed", "failed",
    ]
    return order.map { key in
      let count = "\(counts[key] ?? 0) \(key)"
      return key == "published" && partly > 0
        ? count + " (\(partly) with format failures: \(failing))" : count
    }.joined(separator: ", ")
  }

  /// One line per story that needs a reader's attention besides its diagnostics (which say
  /// why a story or format failed): withheld (with reason and until when), renamed; in a dry
  /// run, what would happen to every story that is not unchanged.
  public var details: [String] {
    stories.compactMap { story in
      switch story.outcome {
      case .withheld(let reason): "\(story.path): withheld: \(PublicationRules.describe(reason))"
      case .new where dryRun: "\(story.path): new"
      case .changed where dryRun: "\(story.path): changed"
      case .draft where dryRun: "\(story.path): draft, skipped"
      case .killed where dryRun: "\(story.path): killed"
      case .removed where dryRun: "\(story.path): removed"
      case .renamed(let from): "\(story.path): renamed from \(from); identity and outputs kept"
      default: nil
      }
    }
  }
}
