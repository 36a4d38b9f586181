import CopydeskAST
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import GRDB

extension BuildRun {
  /// Puts every staged file in place, then writes the sequence counters and retires the
  /// stories whose files are gone; the rebuilt stories' rows are already written, in the same
  /// transaction, which commits only after this.
  ///
  /// Files to delete are only queued here: they go after every new file, collections included.
  mutating func commit(orphans: [StoredStory], _ db: Database) throws {
    try placeFiles(placements)
    placements = []
    if !settings.dryRun { try output.placeFresh() }
    try archiveSent()
    CrashPoint.reach("placed")
    for (service, next) in counters {
      try db.reused(
        "INSERT INTO counter (service, next) VALUES (?, ?) "
          + "ON CONFLICT(service) DO UPDATE SET next = excluded.next"
      ).execute(arguments: [service, next])
    }
    for orphan in orphans where !claimedRows.contains(orphan.id) {
      try retire(orphan, db)
    }
  }

  /// Renames staged files into place on four threads, creating their folders first.
  private func placeFiles(_ placements: [(staged: String, path: String)]) throws {
    guard !placements.isEmpty else { return }
    var folders: Set<Substring> = []
    for placement in placements {
      if let slash = placement.path.lastIndex(of: "/") {
        folders.insert(placement.path[..<slash])
      }
    }
    for folder in folders.sorted() { try output.createFolders(for: folder + "/x") }
    let slots = ResultSlots<Diagnostic?>(count: placements.count)
    let output = output
    DispatchQueue.concurrentPerform(iterations: min(placements.count, 4)) { job in
      for index in stride(from: job, to: placements.count, by: 4) {
        do throws(Diagnostic) {
          _ = try output.place(placements[index].staged, at: placements[index].path)
          slots.store(nil, at: index)
        } catch {
          slots.store(error, at: index)
        }
      }
    }
    if let failure = slots.values.lazy.compactMap({ $0 }).first { throw failure }
  }

  /// Retires a story whose file is gone: its outputs are queued for removal, its records
  /// dropped, and its row kept without a path, so its identity returns if the file does.
  private mutating func retire(_ story: StoredStory, _ db: Database) throws {
    for row in try Row.fetchAll(
      db.reused("SELECT path, hash FROM output WHERE owner = ?"), arguments: [story.id])
    {
      removals.append((row["path"], row["hash"]))
    }
    try db.reused("DELETE FROM output WHERE owner = ?").execute(arguments: [story.id])
    // Every collection it leaves changes, rendered this run or not.
    changedCollections.formUnion(
      try String.fetchAll(
        db.reused("SELECT DISTINCT collection FROM record WHERE owner = ?"),
        arguments: [story.id]))
    try db.reused("DELETE FROM record WHERE owner = ?").execute(arguments: [story.id])
    try db.reused("UPDATE story SET source_path = NULL WHERE id = ?").execute(arguments: [story.id])
    report.stories.append(.init(path: display(story.sourcePath ?? story.slug), outcome: .removed))
  }

  /// Removes the queued outputs that no present story wants any more.
  ///
  /// Only regular files still holding what copydesk wrote. Runs after every new file is in place.
  mutating func removeSuperseded(_ db: Database) throws {
    for (path, hash) in removals {
      if try Bool.fetchOne(db.reused("SELECT 1 FROM output WHERE path = ?"), arguments: [path])
        == true
      {
        continue
      }
      report.removed.append(path)
      guard !settings.dryRun else { continue }
      if let warning = try output.remove(path, hash: hash) { report.diagnostics.append(warning) }
    }
  }
}
