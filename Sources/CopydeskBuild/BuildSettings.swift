public import CopydeskAST
public import CopydeskCore
public import CopydeskFormats
import CopydeskReader
public import Foundation

/// Checks a format's bytes before they are written (NewsML-G2 schema validation): the problems
/// found in `data`, named as `fileName`; the first fails that format for the story.
public typealias OutputCheck = @Sendable (_ data: Data, _ fileName: String) -> [Diagnostic]

/// Everything one `copydesk build` run needs to know.
public struct BuildSettings: Sendable {
  /// The project configuration.
  public var config: ProjectConfig
  /// Where the stories are.
  public var storiesFolder: URL
  /// Where the outputs go.
  public var outputFolder: URL
  /// How story paths are shown in messages: the stories folder as the user named it.
  public var displayPrefix: String
  /// The formats there are.
  public var registry: FormatRegistry
  /// The formats to write this run, in registry order.
  public var formats: [any OutputFormat]
  /// How many stories to read and render at once; above 1, the next batch is prepared while
  /// the one before is written.
  public var jobs: Int
  /// The time to publish as: embargoes are judged against it.
  public var clock: Timestamp
  /// True to turn warnings into failures.
  public var strict = false
  /// True to rebuild every story.
  public var force = false
  /// True to compute the plan and write nothing.
  public var dryRun = false
  /// True to write every format of every story, drafts and withheld stories included, for a
  /// preview that is never published (`copydesk serve`).
  public var previewsEverything = false
  /// The checks of each format's bytes before they are written, by format name.
  public var checks: [String: OutputCheck] = [:]
  /// The HTML templates.
  public var templates: TemplateSet = .defaults
  /// copydesk's version; a new version rebuilds everything.
  public var version: String
  /// Called with (done, total) as stories finish; may be called from any thread.
  public var progress: (@Sendable (Int, Int) -> Void)?
  /// Called with a story's path right after its bytes are read, before the build looks at
  /// the file again; tests use it to edit a story in the middle of a build.
  public var afterReadingSource: (@Sendable (String) -> Void)?

  /// Creates build settings from a config; formats and jobs have their defaults, and the
  /// registry is the config's (built-in formats and its plugins) unless one is given.
  public init(
    config: ProjectConfig, version: String, clock: Timestamp, registry: FormatRegistry? = nil
  ) {
    self.config = config
    let registry = registry ?? config.registry
    self.registry = registry
    self.version = version
    self.clock = clock
    storiesFolder = config.resolve(config.storiesPath)
    outputFolder = config.resolve(config.outputPath)
    displayPrefix = config.storiesPath
    formats = registry.formats.filter { config.formats.contains($0.name) }
    jobs = ProcessInfo.processInfo.activeProcessorCount
  }
}
