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
            db.reused("SELECT hash FROM output WHERE path = ?"), arguments: [recorded.path])
          if let hash, output.holds(recorded.path, hash: hash) {
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
    // Columns by position, as selected: a lookup by name costs more than the rest per row.
    while let row = try rows.next() {
      guard selected.contains(row[0] as String) else { continue }
      chunk.append(
        RecordedOutput(
          path: row[1], owner: row[2], status: FileStatus(size: row[3], modified: row[4])))
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

  /// The status of each output path, taken on `jobs` threads, each over a contiguous share
  /// (`lstat` calls dominate a rebuild that changes little).
  private static func statuses(of paths: [String], in output: OutputFolder, jobs: Int)
    -> [FileStatus?]
  {
    let workers = max(1, min(jobs, paths.count))
    let share = (paths.count + workers - 1) / workers
    let slots = ResultSlots<[FileStatus?]>(count: workers)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let start = min(paths.count, worker * share)
      slots.store(
        output.statuses(of: paths[start..<min(paths.count, start + share)]), at: worker)
    }
    return slots.values.flatMap { $0 }
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
      sql: "SELECT \(PlanningRow.columns) FROM story WHERE source_path IS NOT NULL "
        + "ORDER BY source_path")
    func story(_ row: PlanningRow) throws -> StoredStory {
      guard let stored = try StoredStory.fetch(id: row.id, db) else {
        throw Diagnostic(.error, file: output.stateDatabase.path, message: "a story row vanished")
      }
      return stored
    }
    // Most rows list the same formats: whether they cover this run's is worked out once each.
    var covering: [String: Bool] = [:]
    var next = try rows.next().map(PlanningRow.init(row:))
    for discovered in stories {
      while let row = next, row.sourcePath < discovered.path {
        if !present.contains(row.sourcePath) { orphans.append(try story(row)) }
        next = try rows.next().map(PlanningRow.init(row:))
      }
      guard let row = next, row.sourcePath == discovered.path else {
        dirty.append((discovered, nil))
        continue
      }
      next = try rows.next().map(PlanningRow.init(row:))
      claimedRows.insert(row.id)
      let covers =
        covering[row.formats]
        ?? {
          let covers = selected.isSubset(of: StoredStory.formats(in: row.formats))
          covering[row.formats] = covers
          return covers
        }()
      let unchanged =
        !rebuildAll && !damaged.contains(row.id) && covers
        && row.isPublic == row.isPublic(at: settings.clock)
        && SourceFile.status(of: discovered.file, known: discovered.status).map {
          $0.size == row.source.size && $0.modified == row.source.modified
        } == true
      if unchanged {
        report.stories.append(
          .init(
            path: display(discovered.path),
            outcome: unchangedOutcome(status: row.status, embargo: row.embargo)))
        // Its warnings still hold: say them again, as they were said when it was read.
        if row.hasWarnings { report.diagnostics += try story(row).warnings }
      } else {
        dirty.append((discovered, try story(row)))
      }
    }
    while let row = next {
      if !present.contains(row.sourcePath) { orphans.append(try story(row)) }
      next = try rows.next().map(PlanningRow.init(row:))
    }
    return (dirty, orphans)
  }

  /// The outcome of a story that was not rebuilt, from its row's status and embargo.
  private func unchangedOutcome(status: PublicationStatus, embargo: Timestamp?)
    -> BuildReport.Outcome
  {
    switch status {
    case .draft: return .draft
    case .canceled: return .killed
    case .withheld: return .withheld(.withheld)
    case .usable:
      if let embargo, settings.clock < embargo {
        return .withheld(.embargoed(until: embargo))
      }
      return .unchanged
    }
  }
}
