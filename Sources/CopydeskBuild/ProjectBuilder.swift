public import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import GRDB

/// `copydesk build`: publishes a folder of stories to every selected format, in parallel,
/// incrementally and safely: it reconciles the outputs the stories want with what the build
/// state recorded and what is on disk, writes atomically, and commits the state in one
/// transaction after every file is in place.
public enum ProjectBuilder {
  /// Runs one build and reports what happened to every story.
  public static func build(_ settings: BuildSettings) throws(Diagnostic) -> BuildReport {
    // No stories folder: say how to get one, before anything is created.
    guard FileStatus.of(settings.storiesFolder.path)?.kind == .folder else {
      throw Diagnostic(
        .error, file: settings.storiesFolder.path,
        message: "there is no stories folder here; run copydesk init to start a project, or "
          + "name the folder: copydesk build path/to/stories")
    }
    let output = OutputFolder(root: settings.outputFolder)
    var lock: BuildLock?
    if !settings.dryRun {
      try output.createStateFolder()
      lock = try BuildLock(in: output.stateFolder)
      try output.prepare()
    }
    defer { lock?.release() }
    let database = try BuildState.open(output, dryRun: settings.dryRun)
    var run = BuildRun(settings: settings, output: output)
    try BuildState.transaction(
      database, commit: !settings.dryRun, file: output.stateDatabase.path
    ) { db in try run.execute(db) }
    if !settings.dryRun { LegacyLedger.removeFiles(of: output) }
    run.report.stories.sort { $0.path < $1.path }
    return run.report
  }
}

/// The state of one build while it runs; it lives inside the build's transaction.
struct BuildRun {
  let settings: BuildSettings
  let output: OutputFolder
  var report = BuildReport()
  /// The format names this run renders.
  let selected: Set<String>
  /// Every story path present this run, including those refused: what they published stays.
  var present: Set<String> = []
  /// Staged files outside fresh folders, to rename into place at the commit.
  var placements: [(staged: String, path: String)] = []
  /// Subscriber outputs this run writes, to archive once in place (`archive: true`).
  var archiveItems: [ArchiveItem] = []
  /// Story rows claimed this run (pinned by path or adopted by a renamed file).
  var claimedRows: Set<Int64> = []
  /// Story rows of the stories rebuilt so far, new ones included: their claims are in
  /// `claimedSlugs` now.
  var processedRows: Set<Int64> = []
  /// Slugs and guids claimed by the stories rebuilt so far, with the claiming path.
  var claimedSlugs: [String: String] = [:]
  var claimedGuids: [String: String] = [:]
  /// The next wire sequence number per service, once read or advanced this run.
  var counters: [String: Int] = [:]
  /// The selected formats that write collection pages.
  let collectionFormats: [any CollectionPages]
  /// Where pages and feeds live: from the project's formats, not this run's selection, so a
  /// partial run links the same feeds.
  let layout: OutputLayout
  /// True when every story is re-rendered: what was rendered before no longer counts.
  var rebuildAll = false
  /// Collections whose records changed this run: their pages are due until written.
  var changedCollections: Set<String> = []
  /// Output files to remove once every new file is in place: path and the hash written.
  var removals: [(path: String, hash: String)] = []
  /// False when the state held no published story as the run began: then no row is there
  /// for a renamed file to adopt (the rows this run writes belong to files present).
  var mayAdopt = true
  /// False when the state held no story with a source file as the run began: then every
  /// slug and guid a story could collide with was claimed this run, in `claimedSlugs` and
  /// `claimedGuids`, and the state need not be asked.
  var mayCollideWithStored = true

  init(settings: BuildSettings, output: OutputFolder) {
    self.settings = settings
    self.output = output
    selected = Set(settings.formats.map(\.name))
    collectionFormats = settings.formats.compactMap { $0 as? any CollectionPages }
    layout = settings.registry.layout(building: settings.config.formats)
    report.dryRun = settings.dryRun
  }

  mutating func execute(_ db: Database) throws {
    try LegacyLedger.importIfPresent(output, into: db, report: &report)
    let environment = environmentHash()
    rebuildAll = try settings.force || BuildState.meta("environment", in: db) != environment
    mayAdopt =
      try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM story WHERE published = 1)")
      ?? true
    mayCollideWithStored =
      try Bool.fetchOne(
        db, sql: "SELECT EXISTS (SELECT 1 FROM story WHERE source_path IS NOT NULL)")
      ?? true
    let (found, damaged) = try discoverStoriesCheckingOutputs(db)
    let (dirty, orphans) = try plan(found.stories, damaged: damaged, rebuildAll: rebuildAll, db)
    try render(dirty, db)
    try commit(orphans: orphans, db)
    try writeCollections(db)
    try copyStaticFiles(db)
    try removeSuperseded(db)
    try BuildState.setMeta("environment", environment, in: db)
  }

  /// Finds the stories and checks the recorded outputs against the disk at once: discovery
  /// walks the stories folder on another thread meanwhile, since the two take about as long.
  ///
  /// Discovery's diagnostics come first, as if it had run alone.
  private mutating func discoverStoriesCheckingOutputs(_ db: Database) throws -> (
    StoryDiscovery.Found, damaged: Set<Int64>
  ) {
    let prefix = settings.displayPrefix
    let discovery = StoryDiscovery(
      folder: settings.storiesFolder, outputFolder: settings.outputFolder,
      display: { Self.display($0, prefix: prefix) })
    let search = WorkAhead { Result { () throws(Diagnostic) in try discovery.find() } }
    let mark = report.diagnostics.count
    let damaged: Set<Int64>
    do {
      damaged = try damagedOutputs(db)
    } catch {
      _ = search.wait()
      throw error
    }
    let found = try search.wait().get()
    report.diagnostics.insert(
      contentsOf: found.diagnostics + found.refused.map(\.error), at: mark)
    present = Set(found.stories.map(\.path)).union(found.refused.map(\.path))
    for (path, error) in found.refused {
      report.stories.append(.init(path: display(path), outcome: .failed(error)))
    }
    return (found, damaged)
  }

  /// The hash of everything besides the story that shapes its outputs.
  private func environmentHash() -> String {
    let config = settings.config
    var parts = [
      "copydesk \(settings.version)", String(describing: config.site), config.language,
      config.timeZone ?? "", config.options.description, String(describing: layout),
      settings.checks.keys.sorted().joined(separator: ","), String(settings.strict),
    ]
    parts += TemplateSet.names.map { settings.templates.source(named: $0) ?? "" }
    // A plugin or filter that changes (its command, settings or program) re-renders the
    // stories; only the files whose bytes differ are written, so only its outputs change.
    for format in settings.formats {
      guard let plugin = (format as? ExternalFormat)?.spec else { continue }
      parts.append("plugin \(plugin)")
      parts.append(Self.programHash(plugin.command))
    }
    for command in config.filters.commands {
      parts.append("filter \(command)")
      parts.append(Self.programHash(command))
    }
    return ContentHash.identity(of: parts)
  }

  /// The content hash of the program a command runs, so an edited plugin is noticed even when
  /// its command line stays the same; empty when it cannot be read.
  private static func programHash(_ command: [String]) -> String {
    guard let program = command.first else { return "" }
    let path = PluginProcess.resolve(program).path
    guard let data = try? RegularFile.read(path, display: path, limit: 256 << 20).data else {
      return ""
    }
    return ContentHash.of(data)
  }

  /// A story path as the user named it.
  func display(_ path: String) -> String {
    Self.display(path, prefix: settings.displayPrefix)
  }

  static func display(_ path: String, prefix: String) -> String {
    prefix.isEmpty ? path : (prefix.hasSuffix("/") ? prefix + path : prefix + "/" + path)
  }
}
