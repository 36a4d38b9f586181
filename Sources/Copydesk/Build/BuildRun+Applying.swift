import CopydeskAST
import CopydeskReader
import Foundation

extension BuildRun {
  /// Slugs claimed by more than one story: each such story's path and the others' paths.
  func slugCollisions(results: [StoryBuild.Result], unchanged: [String]) -> [String: [String]] {
    var owners: [String: [String]] = [:]
    for path in unchanged {
      if let slug = ledger.stories[path]?.slug { owners[slug, default: []].append(path) }
    }
    for result in results where result.failure == nil {
      if let slug = result.metadata?.slug { owners[slug, default: []].append(result.path) }
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

  /// The outcome of a story that was not rebuilt.
  mutating func unchangedOutcome(_ path: String, collision: [String]?) -> BuildReport.Outcome {
    guard let entry = ledger.stories[path] else { return .unchanged }
    if let collision {
      let error = collisionError(path, slug: entry.slug, others: collision)
      report.diagnostics.append(error)
      return .failed(error)
    }
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

  /// Takes a built story into the ledger and queues its staged files; a failed or colliding
  /// story leaves its previous outputs and ledger entry as they were.
  mutating func apply(_ result: StoryBuild.Result, collision: [String]?) throws(Diagnostic)
    -> BuildReport.Outcome
  {
    report.diagnostics += result.warnings
    var failure = result.failure
    if failure == nil, let collision, let slug = result.metadata?.slug {
      failure = collisionError(result.path, slug: slug, others: collision)
    }
    guard failure == nil, let metadata = result.metadata else {
      for staged in result.staged.values { output.discard(staged) }
      result.stagedFeedItem.map(output.discard)
      let error =
        failure ?? Diagnostic(.error, file: display(result.path), message: "the story was not read")
      report.diagnostics.append(error)
      return .failed(error)
    }
    let previous = ledger.stories[result.path]
    for path in result.outputHashes.keys.sorted() {
      if let staged = result.staged[path] {
        placements.append((staged, path))
        report.written.append(path)
      } else if settings.dryRun && previous?.outputs[path] != result.outputHashes[path] {
        report.written.append(path)
      }
    }
    if let staged = result.stagedFeedItem {
      placements.append((staged, ".copydesk/items/" + FeedRecord.cacheName(for: result.path)))
    }
    for path in (previous?.outputs.keys).map(Array.init) ?? []
    where result.outputHashes[path] == nil {
      try remove(path)
    }
    if previous?.index != result.index { indexChanged = true }
    if previous?.feed != result.feed { feedChanged = true }
    let status = FileStatus.of(sourceURL(result.path).path)
    ledger.stories[result.path] = BuildLedger.Entry(
      sourceHash: result.sourceHash, sourceSize: status?.size ?? -1,
      sourceModified: status?.modified ?? -1,
      guid: metadata.id, slug: metadata.slug, version: metadata.version,
      sequence: result.outputHashes.keys.contains { $0.hasPrefix("wire/") }
        ? sequences[result.path] : previous?.sequence,
      status: metadata.status, embargo: metadata.embargo, isPublic: result.withholding == nil,
      outputs: result.outputHashes, index: result.index, feed: result.feed)
    switch metadata.status {
    case .draft: return .draft
    case .canceled: return .killed
    case .usable, .withheld:
      if let reason = result.withholding { return .withheld(reason) }
      return previous == nil ? .new : .changed
    }
  }

  /// Renames every staged file into place, in parallel; folders are created first.
  mutating func placeStaged() throws(Diagnostic) {
    guard !placements.isEmpty else { return }
    let folders = Set(placements.map { ($0.path as NSString).deletingLastPathComponent })
    for folder in folders.sorted() where !folder.hasPrefix(".copydesk") {
      try output.createFolder(folder)
    }
    do {
      try FileManager.default.createDirectory(
        at: output.itemCache("x").deletingLastPathComponent(), withIntermediateDirectories: true)
    } catch {
      throw Diagnostic(
        .error, file: output.stateFolder.path,
        message: "cannot create the item cache: \(error.localizedDescription)")
    }
    let placements = placements
    let failures = ResultSlots<Diagnostic>(count: placements.count)
    let output = output
    DispatchQueue.concurrentPerform(iterations: min(placements.count, 4)) { job in
      for index in stride(from: job, to: placements.count, by: 4) {
        do throws(Diagnostic) {
          try output.move(placements[index].staged, to: placements[index].path)
        } catch {
          _ = failures.store(error, at: index)
        }
      }
    }
    self.placements = []
    if let first = failures.values.first { throw first }
  }

  /// Removes the outputs and ledger entries of stories whose files are gone.
  mutating func removeDeleted(keeping paths: Set<String>) throws(Diagnostic) {
    for (path, entry) in ledger.stories.sorted(by: { $0.key < $1.key }) where !paths.contains(path)
    {
      for output in entry.outputs.keys.sorted() { try remove(output) }
      if !settings.dryRun {
        try? FileManager.default.removeItem(
          at: self.output.itemCache(FeedRecord.cacheName(for: path)))
      }
      ledger.stories[path] = nil
      indexChanged = true
      feedChanged = true
      report.stories.append(.init(path: display(path), outcome: .removed))
    }
  }

  /// Removes an output (or, in a dry run, records that it would be removed).
  mutating func remove(_ path: String) throws(Diagnostic) {
    report.removed.append(path)
    if !settings.dryRun { try output.remove(path) }
  }
}
