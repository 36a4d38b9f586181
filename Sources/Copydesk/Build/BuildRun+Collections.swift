import CopydeskReader
import Foundation
import GRDB

extension BuildRun {
  /// Rewrites the index page and the feed pages from the stored records when their content changed
  /// or their file is not what was recorded.
  ///
  /// A feed page is rebuilt only when its members or their items changed. Pages no longer needed
  /// are queued for removal.
  mutating func writeCollections(_ db: Database) throws {
    if selected.contains(Format.html.rawValue) {
      let path = "html/index.html"
      if try changedCollections.contains(StoryBuild.indexCollection) || needsWriting(path, db) {
        let rows = try Data.fetchAll(
          db,
          sql: "SELECT data FROM record WHERE collection = ? ORDER BY sort_key DESC LIMIT ?",
          arguments: [StoryBuild.indexCollection, settings.config.indexLimit])
        let stories = try rows.map { try JSONDecoder().decode(IndexPage.Story.self, from: $0) }
        let page = try IndexPage.render(
          stories, limit: settings.config.indexLimit, language: settings.config.language,
          site: settings.config.site, templates: settings.templates)
        try writeCollection(page, to: path, format: .html, key: nil, db)
      }
    }
    if selected.contains(Format.jsonfeed.rawValue) { try writeFeed(db) }
  }

  private mutating func writeFeed(_ db: Database) throws {
    let collection = StoryBuild.feedCollection
    let hashes = try String.fetchAll(
      db, sql: "SELECT hash FROM record WHERE collection = ? ORDER BY sort_key DESC",
      arguments: [collection])
    let ranges = JSONFeed.pageRanges(count: hashes.count, limit: settings.config.feedLimit)
    var wanted: Set<String> = []
    for (index, range) in ranges.enumerated() {
      let path = JSONFeed.pagePath(index)
      wanted.insert(path)
      let key = ContentHash.of(["\(index)/\(ranges.count)"] + hashes[range])
      let recordedKey = try String.fetchOne(
        db, sql: "SELECT input_key FROM output WHERE path = ?", arguments: [path])
      guard try recordedKey != key || needsWriting(path, db) else { continue }
      let items = try Data.fetchAll(
        db,
        sql: "SELECT data FROM record WHERE collection = ? ORDER BY sort_key DESC LIMIT ? OFFSET ?",
        arguments: [collection, range.count, range.lowerBound]
      ).map { try JSONDecoder().decode(JSONFeedItem.self, from: $0) }
      let document = JSONFeed.page(
        index, of: ranges.count, items: items, site: settings.config.site)
      try writeCollection(
        try JSONFeed.encode(document, file: path), to: path, format: .jsonfeed, key: key, db)
    }
    for row in try Row.fetchAll(
      db, sql: "SELECT path, hash FROM output WHERE format = ? AND owner IS NULL",
      arguments: [Format.jsonfeed.rawValue])
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
    _ data: Data, to path: String, format: Format, key: String?, _ db: Database
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
        """, arguments: [format.rawValue, path, hash, written.size, written.modified, key])
  }
}
