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
      try output.prepare()
      lock = try BuildLock(in: output.stateFolder)
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
    let paths = try StoryDiscovery.stories(in: settings.storiesFolder)
    let (dirty, unchanged) = partition(paths, rebuildAll: rebuildAll)
    let results = render(dirty)
    let collisions = slugCollisions(results: results, unchanged: unchanged)
    var outcomes: [String: BuildReport.Outcome] = [:]
    for path in unchanged { outcomes[path] = unchangedOutcome(path, collision: collisions[path]) }
    for result in results {
      outcomes[result.path] = try apply(result, collision: collisions[result.path])
    }
    try removeDeleted(keeping: Set(paths))
    for path in paths {
      report.stories.append(.init(path: display(path), outcome: outcomes[path] ?? .unchanged))
    }
    try writeCollections()
    ledger.environment = environment
    if !settings.dryRun {
      let data: Data
      do {
        data = try ledger.encoded()
      } catch {
        throw Diagnostic(
          .error, file: output.ledgerFile.path, message: "cannot encode the ledger: \(error)")
      }
      try output.writeLedger(data)
    }
  }

  // MARK: Planning

  private func environmentHash() -> String {
    let config = settings.config
    var parts = [
      "copydesk \(settings.version)", settings.formats.map(\.rawValue).joined(separator: ","),
      String(describing: config.site), config.language, config.timeZone ?? "",
      String(describing: config.options),
      String(config.feedLimit), settings.validator == nil ? "no-validate" : "validate",
      String(settings.strict),
    ]
    parts += TemplateSet.names.map { settings.templates.source(named: $0) ?? "" }
    return ContentHash.of(parts)
  }

  /// Splits stories into those to build and those whose outputs are still right.
  private func partition(_ paths: [String], rebuildAll: Bool) -> (
    dirty: [String], unchanged: [String]
  ) {
    var dirty: [String] = []
    var unchanged: [String] = []
    for path in paths {
      guard !rebuildAll, let entry = ledger.stories[path],
        entry.isPublic == entry.isPublic(at: settings.clock),
        let attributes = try? FileManager.default.attributesOfItem(atPath: sourceURL(path).path),
        (attributes[.size] as? NSNumber)?.intValue == entry.sourceSize,
        (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 == entry.sourceModified,
        entry.outputs.keys.allSatisfy({
          FileManager.default.fileExists(atPath: output.root.appendingPathComponent($0).path)
        })
      else {
        dirty.append(path)
        continue
      }
      unchanged.append(path)
    }
    return (dirty, unchanged)
  }

  // MARK: Rendering

  /// Builds the dirty stories on `jobs` threads.
  private mutating func render(_ paths: [String]) -> [StoryBuild.Result] {
    let service = settings.config.options.wireService
    for path in paths {
      if let sequence = ledger.stories[path]?.sequence {
        sequences[path] = sequence
      } else {
        let next = ledger.nextSequence[service] ?? 1
        sequences[path] = next
        ledger.nextSequence[service] = next + 1
      }
    }
    let builder = StoryBuild(
      formats: Set(settings.formats), site: settings.config.site, templates: settings.templates,
      options: settings.config.options, readerOptions: settings.config.readerOptions,
      clock: settings.clock,
      strict: settings.strict, validator: settings.validator)
    let slots = ResultSlots<StoryBuild.Result>(count: paths.count)
    let jobs = max(1, min(settings.jobs, paths.count))
    let progress = settings.progress
    let total = paths.count
    let folder = settings.storiesFolder
    let prefix = settings.displayPrefix
    let sequences = sequences
    DispatchQueue.concurrentPerform(iterations: jobs) { job in
      for index in stride(from: job, to: total, by: jobs) {
        let path = paths[index]
        let url = folder.appendingPathComponent(path)
        let display = Self.display(path, prefix: prefix)
        let result: StoryBuild.Result
        if let data = FileManager.default.contents(atPath: url.path) {
          result = builder.build(
            path: path, displayPath: display, data: data, sequence: sequences[path] ?? 0)
        } else {
          var failed = StoryBuild.Result(path: path, sourceHash: "")
          failed.failure = Diagnostic(.error, file: display, message: "cannot read the file")
          result = failed
        }
        let done = slots.store(result, at: index)
        progress?(done, total)
      }
    }
    return slots.values
  }

  // MARK: Applying results

  /// Slugs claimed by more than one story: each such story's path and the others' paths.
  private func slugCollisions(results: [StoryBuild.Result], unchanged: [String]) -> [String:
    [String]]
  {
    var owners: [String: [String]] = [:]
    for path in unchanged {
      if let slug = ledger.stories[path]?.slug { owners[slug, default: []].append(path) }
    }
    for result in results where result.failure == nil {
      if let slug = result.article?.metadata.slug { owners[slug, default: []].append(result.path) }
    }
    var collisions: [String: [String]] = [:]
    for paths in owners.values where paths.count > 1 {
      for path in paths { collisions[path] = paths.filter { $0 != path }.sorted() }
    }
    return collisions
  }

  private func collisionError(_ path: String, slug: String, others: [String]) -> Diagnostic {
    Diagnostic(
      .error, file: display(path), key: "slug",
      message: "the slug '\(slug)' is also used by \(others.map(display).joined(separator: ", ")); "
        + "give each story its own slug (nothing was overwritten)")
  }

  private mutating func unchangedOutcome(_ path: String, collision: [String]?)
    -> BuildReport.Outcome
  {
    if let collision, let slug = ledger.stories[path]?.slug {
      let error = collisionError(path, slug: slug, others: collision)
      report.diagnostics.append(error)
      return .failed(error)
    }
    guard let entry = ledger.stories[path] else { return .unchanged }
    switch entry.status {
    case .draft: return .draft
    case .canceled: return .killed
    case .withheld: return .withheld(.withheld)
    case .usable:
      if let embargo = entry.embargo, settings.clock < embargo {
        return .withheld(.embargoed(until: embargo))
      }
      return .unchanged
    }
  }

  private mutating func apply(_ result: StoryBuild.Result, collision: [String]?) throws(Diagnostic)
    -> BuildReport.Outcome
  {
    report.diagnostics += result.warnings
    if let failure = result.failure {
      report.diagnostics.append(failure)
      return .failed(failure)
    }
    guard let article = result.article else {
      return .failed(Diagnostic(.error, file: display(result.path), message: "no article"))
    }
    if let collision {
      let error = collisionError(result.path, slug: article.metadata.slug, others: collision)
      report.diagnostics.append(error)
      return .failed(error)
    }
    let previous = ledger.stories[result.path]
    for (path, data) in result.outputs.sorted(by: { $0.key < $1.key }) {
      let hash = ContentHash.of(data)
      if previous?.outputs[path] == hash,
        FileManager.default.fileExists(atPath: output.root.appendingPathComponent(path).path)
      {
        continue
      }
      try write(data, to: path)
    }
    for path in (previous?.outputs.keys).map(Array.init) ?? [] where result.outputs[path] == nil {
      try remove(path)
    }
    let metadata = article.metadata
    let attributes = try? FileManager.default.attributesOfItem(atPath: sourceURL(result.path).path)
    ledger.stories[result.path] = BuildLedger.Entry(
      sourceHash: result.sourceHash, sourceSize: (attributes?[.size] as? NSNumber)?.intValue ?? -1,
      sourceModified: (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1,
      guid: metadata.id, slug: metadata.slug, version: metadata.version,
      sequence: result.outputs.keys.contains { $0.hasPrefix("wire/") }
        ? sequences[result.path] : previous?.sequence,
      status: metadata.status, embargo: metadata.embargo, isPublic: result.withholding == nil,
      outputs: result.outputs.mapValues(ContentHash.of), index: result.index, feed: result.feed)
    switch metadata.status {
    case .draft: return .draft
    case .canceled: return .killed
    case .usable, .withheld:
      if let reason = result.withholding { return .withheld(reason) }
      return previous == nil ? .new : .changed
    }
  }

  private mutating func removeDeleted(keeping paths: Set<String>) throws(Diagnostic) {
    for (path, entry) in ledger.stories.sorted(by: { $0.key < $1.key }) where !paths.contains(path)
    {
      for output in entry.outputs.keys.sorted() { try remove(output) }
      ledger.stories[path] = nil
      report.stories.append(.init(path: display(path), outcome: .removed))
    }
  }

  // MARK: Collections

  private mutating func writeCollections() throws(Diagnostic) {
    let entries = ledger.stories.values
    var collections: [String: Data] = [:]
    if settings.formats.contains(.html) {
      collections["html/index.html"] = try IndexPage.render(
        entries.compactMap(\.index), language: settings.config.language, site: settings.config.site,
        templates: settings.templates)
    }
    if settings.formats.contains(.jsonfeed) {
      let pages = try JSONFeed.pages(
        entries.compactMap(\.feed), limit: settings.config.feedLimit, site: settings.config.site,
        file: "feed.json")
      for page in pages { collections[page.path] = page.data }
    }
    for (path, data) in collections.sorted(by: { $0.key < $1.key }) {
      let hash = ContentHash.of(data)
      if ledger.collections[path] == hash,
        FileManager.default.fileExists(atPath: output.root.appendingPathComponent(path).path)
      {
        continue
      }
      try write(data, to: path)
      ledger.collections[path] = hash
    }
    for path in ledger.collections.keys.sorted() where collections[path] == nil {
      try remove(path)
      ledger.collections[path] = nil
    }
  }

  // MARK: Files

  private mutating func write(_ data: Data, to path: String) throws(Diagnostic) {
    report.written.append(path)
    if !settings.dryRun { try output.write(data, to: path) }
  }

  private mutating func remove(_ path: String) throws(Diagnostic) {
    report.removed.append(path)
    if !settings.dryRun { try output.remove(path) }
  }

  private func sourceURL(_ path: String) -> URL {
    settings.storiesFolder.appendingPathComponent(path)
  }

  private func display(_ path: String) -> String {
    Self.display(path, prefix: settings.displayPrefix)
  }

  static func display(_ path: String, prefix: String) -> String {
    prefix.isEmpty ? path : (prefix.hasSuffix("/") ? prefix + path : prefix + "/" + path)
  }
}

/// Result slots filled from several threads, each index once.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  private var slots: [Value?]
  private var filled = 0
  private let lock = NSLock()

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  /// Stores `value` at `index` and returns how many slots are filled now.
  func store(_ value: Value, at index: Int) -> Int {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = value
    filled += 1
    return filled
  }

  /// Every stored value, in index order.
  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}
