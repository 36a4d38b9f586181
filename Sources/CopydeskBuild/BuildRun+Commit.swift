import CopydeskAST
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import GRDB

extension BuildRun {
  /// Puts every staged file in place, then records the rebuilt stories, their outputs, records and
  /// sequence numbers, and retires the stories whose files are gone.
  ///
  /// Files to delete are only queued here: they go after every new file, collections included.
  mutating func commit(orphans: [StoredStory], _ db: Database) throws {
    // Failed stories' files go first: a fresh folder moves into place whole.
    for story in built where story.failure != nil {
      for staged in story.outputs.compactMap(\.staged) { output.discard(staged) }
    }
    try place()
    try archiveSent()
    CrashPoint.reach("placed")
    for story in built {
      if story.failure == nil { try record(story, db) }
      report.stories.append(.init(path: display(story.path), outcome: story.outcome))
    }
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

  /// Renames the staged files into place on four threads, creating their folders first, then
  /// the fresh folders, each whole.
  private mutating func place() throws {
    var placements: [(story: Int, output: Int, staged: String, path: String)] = []
    var freshPlacements: [(story: Int, output: Int, path: String)] = []
    for (storyIndex, story) in built.enumerated() where story.failure == nil {
      for (outputIndex, planned) in story.outputs.enumerated() {
        guard let staged = planned.staged else { continue }
        if output.fresh.holds(staged) {
          freshPlacements.append((storyIndex, outputIndex, planned.path))
        } else {
          placements.append((storyIndex, outputIndex, staged, planned.path))
        }
      }
    }
    try placeFiles(placements)
    guard !settings.dryRun else { return }
    let statuses = try output.placeFresh(freshPlacements.map(\.path))
    for (placement, status) in zip(freshPlacements, statuses) {
      built[placement.story].outputs[placement.output].status = status
      built[placement.story].outputs[placement.output].staged = nil
      built[placement.story].outputs[placement.output].written = true
    }
  }

  /// Renames staged files into place on four threads, creating their folders first.
  private mutating func placeFiles(
    _ placements: [(story: Int, output: Int, staged: String, path: String)]
  ) throws {
    guard !placements.isEmpty else { return }
    var folders: Set<Substring> = []
    for placement in placements {
      if let slash = placement.path.lastIndex(of: "/") {
        folders.insert(placement.path[..<slash])
      }
    }
    for folder in folders.sorted() { try output.createFolders(for: folder + "/x") }
    let slots = ResultSlots<Result<FileStatus, Diagnostic>>(count: placements.count)
    let (list, output) = (placements, output)
    DispatchQueue.concurrentPerform(iterations: min(placements.count, 4)) { job in
      for index in stride(from: job, to: list.count, by: 4) {
        do throws(Diagnostic) {
          _ = slots.store(
            .success(try output.place(list[index].staged, at: list[index].path)), at: index)
        } catch {
          _ = slots.store(.failure(error), at: index)
        }
      }
    }
    for (placement, outcome) in zip(placements, slots.values) {
      switch outcome {
      case .success(let status):
        built[placement.story].outputs[placement.output].status = status
        built[placement.story].outputs[placement.output].staged = nil
        built[placement.story].outputs[placement.output].written = true
      case .failure(let error):
        throw error
      }
    }
  }

  /// Writes one rebuilt story's row, outputs, records and sequence number, and queues its
  /// outputs of the selected formats that it no longer wants.
  private mutating func record(_ story: BuiltStory, _ db: Database) throws {
    let published =
      story.stored?.published == true || !story.outputs.isEmpty || !story.records.isEmpty
    let failed = story.failedFormats
    let formats =
      (story.stored.map {
        !rebuildAll && $0.sourceHash == story.sourceHash ? $0.formats : []
      } ?? []).union(selected).subtracting(failed)
    let arguments: StatementArguments = [
      story.guid, story.slug, story.path, story.sourceHash, story.source.size,
      story.source.modified, RFC3339.format(story.firstPublished), story.version,
      story.status.rawValue, story.embargo.map(RFC3339.format), story.withholding == nil,
      formats.sorted().joined(separator: ","), published, StoredStory.encode(story.warnings),
    ]
    let id: Int64
    if let stored = story.stored {
      id = stored.id
      try db.reused(
        """
        UPDATE story SET guid = ?, slug = ?, source_path = ?, source_hash = ?, source_size = ?,
          source_mtime = ?, first_published = ?, version = ?, status = ?, embargo = ?,
          is_public = ?, formats = ?, published = ?, warnings = ? WHERE id = ?
        """
      ).execute(arguments: arguments + [id])
    } else {
      try db.reused(
        """
        INSERT INTO story (guid, slug, source_path, source_hash, source_size, source_mtime,
          first_published, version, status, embargo, is_public, formats, published, warnings)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
      ).execute(arguments: arguments)
      id = db.lastInsertedRowID
    }
    var wanted: Set<String> = []
    for planned in story.outputs {
      wanted.insert(planned.path)
      if planned.written {
        try db.reused(
          """
          INSERT OR REPLACE INTO sent (owner, version, status, format, path, hash, sent_at)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """
        ).execute(arguments: [
          id, story.version, story.status.rawValue, planned.format, planned.path, planned.hash,
          RFC3339.format(settings.clock),
        ])
      }
      let status = planned.status ?? FileStatus(size: -1, modified: -1)
      try db.reused(
        """
        INSERT INTO output (format, path, owner, hash, size, mtime) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT(path) DO UPDATE SET format = excluded.format, owner = excluded.owner,
          hash = excluded.hash, size = excluded.size, mtime = excluded.mtime
        """
      ).execute(arguments: [
        planned.format, planned.path, id, planned.hash, status.size, status.modified,
      ])
    }
    for row in try Row.fetchAll(
      db.reused("SELECT format, path, hash FROM output WHERE owner = ?"), arguments: [id])
    where selected.contains(row["format"]) && !failed.contains(row["format"])
      && !wanted.contains(row["path"])
    {
      removals.append((row["path"], row["hash"]))
      try db.reused("DELETE FROM output WHERE path = ?").execute(arguments: [row["path"]])
    }
    try updateRecords(of: story, id: id, db)
    for (service, number) in story.sequences.sorted(by: { $0.key < $1.key }) {
      try db.reused("INSERT OR IGNORE INTO sequence (owner, service, number) VALUES (?, ?, ?)")
        .execute(arguments: [id, service, number])
    }
  }

  /// Moves the story's new records in from the temporary table and drops those of selected
  /// collections it no longer has; a failed format's record stays as it was.
  private mutating func updateRecords(of story: BuiltStory, id: Int64, _ db: Database) throws {
    for format in collectionFormats where !story.failedFormats.contains(format.name) {
      let collection = format.collection
      let old = try String.fetchOne(
        db.reused("SELECT hash || sort_key FROM record WHERE collection = ? AND owner = ?"),
        arguments: [collection, id])
      let new = try String.fetchOne(
        db.reused(
          "SELECT hash || sort_key FROM pending_record WHERE collection = ? AND source_path = ?"),
        arguments: [collection, story.path])
      guard old != new else { continue }
      if new == nil {
        try db.reused("DELETE FROM record WHERE collection = ? AND owner = ?").execute(arguments: [
          collection, id,
        ])
      } else {
        try db.reused(
          """
          INSERT OR REPLACE INTO record (collection, owner, sort_key, hash, data)
          SELECT collection, ?, sort_key, hash, data FROM pending_record
          WHERE collection = ? AND source_path = ?
          """
        ).execute(arguments: [id, collection, story.path])
      }
    }
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
