import CopydeskAST
import CopydeskCore
import CopydeskFormats
import Foundation
import GRDB

extension BuildRun {
  /// Writes a staged story's rows inside the build's open transaction.
  ///
  /// Keeps only what the commit needs: its files to rename into place and, when archiving, its
  /// outputs to archive. A failed story is only reported: it staged nothing, or staging
  /// discarded what it had staged.
  mutating func settle(_ story: BuiltStory, records: [String: Data], _ db: Database) throws {
    report.stories.append(.init(path: display(story.path), outcome: story.outcome))
    guard story.failure == nil else { return }
    let id = try record(story, records: records, db)
    processedRows.insert(id)
    for planned in story.outputs {
      guard let staged = planned.staged else { continue }
      if !output.fresh.holds(staged) { placements.append((staged, planned.path)) }
      if settings.config.archive,
        settings.registry.format(named: planned.format)?.audience == .subscribers
      {
        archiveItems.append(
          ArchiveItem(
            format: planned.format, path: planned.path, hash: planned.hash, slug: story.slug,
            version: story.version))
      }
    }
  }

  /// Writes one rebuilt story's row, outputs, records and sequence number, queues its outputs
  /// of the selected formats that it no longer wants, and returns its row's id.
  private mutating func record(_ story: BuiltStory, records: [String: Data], _ db: Database)
    throws -> Int64
  {
    let published =
      story.stored?.published == true || !story.outputs.isEmpty || !records.isEmpty
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
      if planned.staged != nil {
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
    // A story row inserted just now owns nothing yet: the state enforces its foreign keys, so
    // no output or record can name an id before its story row exists.
    let isNew = story.stored == nil
    if !isNew {
      for row in try Row.fetchAll(
        db.reused("SELECT format, path, hash FROM output WHERE owner = ?"), arguments: [id])
      where selected.contains(row["format"]) && !failed.contains(row["format"])
        && !wanted.contains(row["path"])
      {
        removals.append((row["path"], row["hash"]))
        try db.reused("DELETE FROM output WHERE path = ?").execute(arguments: [row["path"]])
      }
    }
    try updateRecords(records, of: story, id: id, isNew: isNew, db)
    for (service, number) in story.sequences.sorted(by: { $0.key < $1.key }) {
      try db.reused("INSERT OR IGNORE INTO sequence (owner, service, number) VALUES (?, ?, ?)")
        .execute(arguments: [id, service, number])
    }
    return id
  }

  /// Writes the story's records that changed and drops those of selected collections it no
  /// longer has; a failed format's record stays as it was.
  private mutating func updateRecords(
    _ records: [String: Data], of story: BuiltStory, id: Int64, isNew: Bool, _ db: Database
  ) throws {
    let sortKey = Self.sortKey(story.firstPublished) + " " + story.guid
    for format in collectionFormats where !story.failedFormats.contains(format.name) {
      let collection = format.collection
      let old =
        isNew
        ? nil
        : try Row.fetchOne(
          db.reused("SELECT hash, sort_key FROM record WHERE collection = ? AND owner = ?"),
          arguments: [collection, id])
      guard let data = records[collection] else {
        if old != nil {
          try db.reused("DELETE FROM record WHERE collection = ? AND owner = ?").execute(
            arguments: [collection, id])
          changedCollections.insert(collection)
        }
        continue
      }
      let hash = ContentHash.of(data)
      if let old, old["hash"] == hash, old["sort_key"] == sortKey { continue }
      try db.reused(
        "INSERT OR REPLACE INTO record (collection, owner, sort_key, hash, data) "
          + "VALUES (?, ?, ?, ?, ?)"
      ).execute(arguments: [collection, id, sortKey, hash, data])
      changedCollections.insert(collection)
    }
  }
}
