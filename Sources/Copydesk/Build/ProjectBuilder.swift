public import CopydeskReader
import Foundation

/// `copydesk build`: publishes a folder of stories to every selected format, in parallel,
/// incrementally (through the ledger) and safely (atomic writes, a lock, the ledger last).
public enum ProjectBuilder {
  /// Runs one build and reports what happened to every story.
  public static func build(_ settings: BuildSettings) throws(Diagnostic) -> BuildReport {
    let output = OutputFolder(root: settings.outputFolder)
    var lock: BuildLock?
    if !settings.dryRun {
      try output.createStateFolder()
      lock = try BuildLock(in: output.stateFolder)
      try output.prepare()
    }
    defer { lock?.release() }
    var run = BuildRun(settings: settings, output: output)
    try run.execute()
    return run.report
  }
}

/// The state of one build while it runs.
struct BuildRun {
  let settings: BuildSettings
  let output: OutputFolder
  var ledger = BuildLedger()
  var report = BuildReport()
  /// Wire sequence numbers of the stories built in this run.
  var sequences: [String: Int] = [:]
  /// Staged files to rename into place, with their destinations.
  var placements: [(staged: URL, path: String)] = []
  /// True when a story's row in the index page changed, appeared or went away.
  var indexChanged = false
  /// True when a story's feed item changed, appeared or went away.
  var feedChanged = false

  init(settings: BuildSettings, output: OutputFolder) {
    self.settings = settings
    self.output = output
    report.dryRun = settings.dryRun
  }

  mutating func execute() throws(Diagnostic) {
    let (loaded, readable) = BuildLedger.load(from: output.ledgerFile)
    ledger = loaded
    if !readable {
      report.diagnostics.append(
        Diagnostic(
          .warning, file: output.ledgerFile.path,
          message: "the build ledger cannot be read; rebuilding everything"))
    }
    let environment = environmentHash()
    let rebuildAll = settings.force || !readable || ledger.environment != environment
    indexChanged = rebuildAll
    feedChanged = rebuildAll
    let paths = try StoryDiscovery.stories(in: settings.storiesFolder)
    let (dirty, unchanged) = partition(paths, rebuildAll: rebuildAll)
    let results = render(dirty)
    let collisions = slugCollisions(results: results, unchanged: unchanged)
    var outcomes: [String: BuildReport.Outcome] = [:]
    for path in unchanged { outcomes[path] = unchangedOutcome(path, collision: collisions[path]) }
    for result in results {
      outcomes[result.path] = try apply(result, collision: collisions[result.path])
    }
    try placeStaged()
    try removeDeleted(keeping: Set(paths))
    for path in paths {
      report.stories.append(.init(path: display(path), outcome: outcomes[path] ?? .unchanged))
    }
    if !settings.dryRun { try writeCollections() }
    ledger.environment = environment
    if !settings.dryRun && (indexChanged || feedChanged || !dirty.isEmpty) { try writeLedger() }
  }

  private func writeLedger() throws(Diagnostic) {
    let data: Data
    do {
      data = try ledger.encoded()
    } catch {
      throw Diagnostic(
        .error, file: output.ledgerFile.path, message: "cannot encode the ledger: \(error)")
    }
    try output.writeLedger(data)
  }

  // MARK: Planning

  private func environmentHash() -> String {
    let config = settings.config
    var parts = [
      "copydesk \(settings.version)", settings.formats.map(\.rawValue).joined(separator: ","),
      String(describing: config.site), config.language, config.timeZone ?? "",
      String(describing: config.options), String(config.feedLimit), String(config.indexLimit),
      settings.validator == nil ? "no-validate" : "validate", String(settings.strict),
    ]
    parts += TemplateSet.names.map { settings.templates.source(named: $0) ?? "" }
    return ContentHash.of(parts)
  }

  /// Splits stories into those to build and those whose outputs are still right: same
  /// source size and time, same public visibility at this clock, outputs still there.
  private func partition(_ paths: [String], rebuildAll: Bool) -> (
    dirty: [String], unchanged: [String]
  ) {
    var dirty: [String] = []
    var unchanged: [String] = []
    for path in paths {
      guard !rebuildAll, let entry = ledger.stories[path],
        entry.isPublic == entry.isPublic(at: settings.clock),
        FileStatus.of(sourceURL(path).path)
          == FileStatus(size: entry.sourceSize, modified: entry.sourceModified),
        entry.outputs.keys.allSatisfy({ output.exists($0) })
      else {
        dirty.append(path)
        continue
      }
      unchanged.append(path)
    }
    return (dirty, unchanged)
  }

  // MARK: Paths

  func sourceURL(_ path: String) -> URL {
    settings.storiesFolder.appendingPathComponent(path)
  }

  func display(_ path: String) -> String {
    Self.display(path, prefix: settings.displayPrefix)
  }

  static func display(_ path: String, prefix: String) -> String {
    prefix.isEmpty ? path : (prefix.hasSuffix("/") ? prefix + path : prefix + "/" + path)
  }
}
