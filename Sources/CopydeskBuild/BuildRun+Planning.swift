import CopydeskAST
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import GRDB

extension BuildRun {
  /// A story to rebuild, with its row when the build state knows its path.
  typealias Pending = (story: StoryDiscovery.Story, stored: StoredStory?)

  /// Compares every recorded output of the selected formats with the disk: the owners of
  /// outputs that are missing or were changed by someone else are rebuilt (with a warning
  /// for a change), a damaged collection page marks its collection for rewriting.
  mutating func damagedOutputs(_ db: Database) throws -> Set<Int64> {
    var owners: Set<Int64> = []
    var refreshed: [(path: String, status: FileStatus)] = []
    // The hash is fetched only for a file whose status changed, which few have.
    let rows = try Row.fetchCursor(db, sql: "SELECT format, path, owner, size, mtime FROM output")
    var chunk: [RecordedOutput] = []
    func check(_ chunk: [RecordedOutput]) throws {
      let statuses = Self.statuses(of: chunk.map(\.path), in: output, jobs: settings.jobs)
      for (recorded, status) in zip(chunk, statuses) {
        var damaged = status?.kind != .regularFile
        if !damaged, let status, status != recorded.status {
          let hash = try String.fetchOne(
            db, sql: "SELECT hash FROM output WHERE path = ?", arguments: [recorded.path])
          if output.hash(recorded.path) == hash {
            refreshed.append((recorded.path, status))
          } else {
            damaged = true
            report.diagnostics.append(
              Diagnostic(
                .warning, file: output.rootPath + "/" + recorded.path,
                message: "this output was changed outside copydesk; it is written again"))
          }
        }
        if damaged, let owner = recorded.owner { owners.insert(owner) }
      }
    }
    while let row = try rows.next() {
      guard selected.contains(row["format"] as String) else { continue }
      chunk.append(
        RecordedOutput(
          path: row["path"], owner: row["owner"],
          status: FileStatus(size: row["size"], modified: row["mtime"])))
      if chunk.count == 4096 {
        try check(chunk)
        chunk.removeAll(keepingCapacity: true)
      }
    }
    try check(chunk)
    for (path, status) in refreshed {
      try db.execute(
        sql: "UPDATE output SET size = ?, mtime = ? WHERE path = ?",
        arguments: [status.size, status.modified, path])
    }
    return owners
  }

  /// An output as the state recorded it.
  private struct RecordedOutput {
    var path: String
    var owner: Int64?
    var status: FileStatus
  }

  /// The status of each output path, taken on `jobs` threads (`lstat` calls dominate a
  /// rebuild that changes little).
  private static func statuses(of paths: [String], in output: OutputFolder, jobs: Int)
    -> [FileStatus?]
  {
    let slots = ResultSlots<FileStatus?>(count: paths.count)
    let workers = max(1, min(jobs, paths.count))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for index in stride(from: worker, to: paths.count, by: workers) {
        _ = slots.store(output.status(paths[index]), at: index)
      }
    }
    return slots.values
  }

  /// Walks the discovered stories and the stored ones together, both in path order.
  ///
  /// A story whose file, visibility and outputs are as recorded is unchanged; the rest are rebuilt.
  /// Stored stories whose file is gone are returned as orphans: renamed, or removed.
  mutating func plan(
    _ stories: [StoryDiscovery.Story], damaged: Set<Int64>, rebuildAll: Bool, _ db: Database
  ) throws -> (dirty: [Pending], orphans: [StoredStory]) {
    var dirty: [Pending] = []
    var orphans: [StoredStory] = []
    let rows = try Row.fetchCursor(
      db,
      sql: "SELECT \(StoredStory.columns) FROM story WHERE source_path IS NOT NULL "
        + "ORDER BY source_path")
    var next = try rows.next().map(StoredStory.init(row:))
    for story in stories {
      while let row = next, let path = row.sourcePath,
        path < story.path
      {
        if !present.contains(path) { orphans.append(row) }
        next = try rows.next().map(StoredStory.init(row:))
      }
      guard let row = next, row.sourcePath == story.path else {
        dirty.append((story, nil))
        continue
      }
      next = try rows.next().map(StoredStory.init(row:))
      claimedRows.insert(row.id)
      let unchanged =
        !rebuildAll && !damaged.contains(row.id) && selected.isSubset(of: row.formats)
        && row.isPublic == row.isPublic(at: settings.clock)
        && SourceFile.status(of: story.file, known: story.status).map {
          $0.size == row.source.size && $0.modified == row.source.modified
        } == true
      if unchanged {
        report.stories.append(.init(path: display(story.path), outcome: unchangedOutcome(row)))
        // Its warnings still hold: say them again, as they were said when it was read.
        report.diagnostics += row.warnings
      } else {
        dirty.append((story, row))
      }
    }
    while let row = next {
      if let path = row.sourcePath, !present.contains(path) { orphans.append(row) }
      next = try rows.next().map(StoredStory.init(row:))
    }
    return (dirty, orphans)
  }

  /// The outcome of a story that was not rebuilt, from its row.
  private func unchangedOutcome(_ row: StoredStory) -> BuildReport.Outcome {
    switch row.status {
    case .draft: return .draft
    case .canceled: return .killed
    case .withheld: return .withheld(.withheld)
    case .usable:
      if let embargo = row.embargo, settings.clock < embargo {
        return .withheld(.embargoed(until: embargo))
      }
      return .unchanged
    }
  }
}
