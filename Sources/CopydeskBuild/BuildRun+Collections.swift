import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import GRDB

extension BuildRun {
  /// Rewrites the pages of every selected collection format from the stored records.
  ///
  /// A page is rewritten when its members or their records changed, when everything is rebuilt,
  /// or when its file is not what was recorded. Pages no longer needed are queued for removal.
  /// A format whose pages fail is reported and keeps its earlier pages; the others go on.
  mutating func writeCollections(_ db: Database) throws {
    for format in collectionFormats {
      do {
        try writePages(of: format, db)
      } catch let error as Diagnostic {
        report.diagnostics.append(error)
        report.failedCollections.append(format.name)
      }
    }
  }

  private mutating func writePages(of format: any CollectionPages, _ db: Database) throws {
    let hashes = try String.fetchAll(
      db, sql: "SELECT hash FROM record WHERE collection = ? ORDER BY sort_key DESC",
      arguments: [format.collection])
    let ranges = format.pageRanges(count: hashes.count, options: settings.config.options)
    let context = CollectionContext(
      site: settings.config.site, templates: settings.templates, options: settings.config.options,
      language: settings.config.language, layout: layout)
    var wanted: Set<String> = []
    for (index, range) in ranges.enumerated() {
      let path = format.pagePath(index, layout: layout)
      wanted.insert(path)
      let key = ContentHash.of(["\(index)/\(ranges.count)"] + hashes[range])
      let recordedKey = try String.fetchOne(
        db, sql: "SELECT input_key FROM output WHERE path = ?", arguments: [path])
      guard try rebuildAll || recordedKey != key || needsWriting(path, db) else { continue }
      let records = try Data.fetchAll(
        db,
        sql: "SELECT data FROM record WHERE collection = ? ORDER BY sort_key DESC LIMIT ? OFFSET ?",
        arguments: [format.collection, range.count, range.lowerBound])
      let page = try format.page(index, of: ranges.count, records: records, context: context)
      try writeCollection(page, to: path, format: format.name, key: key, db)
    }
    for row in try Row.fetchAll(
      db, sql: "SELECT path, hash FROM output WHERE format = ? AND owner IS NULL",
      arguments: [format.name])
    where !wanted.contains(row["path"]) {
      removals.append((row["path"], row["hash"]))
      try db.execute(sql: "DELETE FROM output WHERE path = ?", arguments: [row["path"]])
    }
  }

  /// True when the collection output at `path` is not recorded or its file is not what was.
  private func needsWriting(_ path: String, _ db: Database) throws -> Bool {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT size, mtime FROM output WHERE path = ?", arguments: [path])
    else { return true }
    return output.status(path) != FileStatus(size: row["size"], modified: row["mtime"])
  }

  /// Writes a collection page when its bytes differ from what stands there, and records it.
  private mutating func writeCollection(
    _ data: Data, to path: String, format: String, key: String, _ db: Database
  ) throws {
    let hash = ContentHash.of(data)
    let recorded = try Row.fetchOne(
      db, sql: "SELECT hash, size, mtime FROM output WHERE path = ?", arguments: [path])
    var status = recorded.map { FileStatus(size: $0["size"], modified: $0["mtime"]) }
    if recorded?["hash"] != hash || output.status(path) != status {
      report.written.append(path)
      status = settings.dryRun ? nil : try output.write(data, to: path)
    }
    let written = status ?? FileStatus(size: -1, modified: -1)
    try db.execute(
      sql: """
        INSERT INTO output (format, path, owner, hash, size, mtime, input_key)
        VALUES (?, ?, NULL, ?, ?, ?, ?)
        ON CONFLICT(path) DO UPDATE SET format = excluded.format, owner = NULL,
          hash = excluded.hash, size = excluded.size, mtime = excluded.mtime,
          input_key = excluded.input_key
        """, arguments: [format, path, hash, written.size, written.modified, key])
  }
}
