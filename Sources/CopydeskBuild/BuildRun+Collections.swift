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
  ///
  /// A collection whose records changed is marked in the state until its pages are written: a
  /// build that fails them, or does not render them (`--to`), leaves the mark for the next.
  /// Without the mark, no page's records changed, and only pages whose file is not what was
  /// recorded are looked at.
  mutating func writeCollections(_ db: Database) throws {
    for collection in changedCollections {
      try BuildState.setMeta(Self.pagesDue(collection), "1", in: db)
    }
    var written: Set<String> = []
    var failed: Set<String> = []
    for format in collectionFormats {
      do {
        let due = try rebuildAll || BuildState.meta(Self.pagesDue(format.collection), in: db) != nil
        try writePages(of: format, recordsChanged: due, db)
        written.insert(format.collection)
      } catch let error as Diagnostic {
        report.diagnostics.append(error)
        report.failedCollections.append(format.name)
        failed.insert(format.collection)
      }
    }
    for collection in written.subtracting(failed) {
      try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [Self.pagesDue(collection)])
    }
  }

  /// The state's mark of a collection whose pages wait for its changed records.
  static func pagesDue(_ collection: String) -> String {
    "pages_due:" + collection
  }

  private mutating func writePages(
    of format: any CollectionPages, recordsChanged: Bool, _ db: Database
  ) throws {
    let count = try Int.fetchOne(
      db.reused("SELECT count(*) FROM record WHERE collection = ?"), arguments: [format.collection])
    let ranges = format.pageRanges(count: count ?? 0, options: settings.config.options)
    // Read only once a page may be due: a rebuild that changed no record needs none.
    var outline: [PageOutline] = []
    let context = CollectionContext(
      site: settings.config.site, templates: settings.templates, options: settings.config.options,
      language: settings.config.language, layout: layout)
    var wanted: Set<String> = []
    var due: [PageDue] = []
    for (index, range) in ranges.enumerated() {
      let path = format.pagePath(index, layout: layout)
      wanted.insert(path)
      let row = try recordedOutput(at: path, db)
      let (recorded, recordedKey) = (row?.file, row?.inputKey)
      let damaged = isDamaged(path, recorded)
      if !recordsChanged, !damaged, recordedKey != nil { continue }
      if outline.isEmpty { outline = try pageOutline(of: format.collection, ranges, db) }
      if rebuildAll || damaged || recordedKey != outline[index].key {
        due.append((index, path, outline[index], range.count, recorded, damaged))
      }
    }
    // Pages render on every core, a few at a time, so only their records are in memory; the
    // next few render, and their files are staged, while the ones before are put in place.
    let chunkSize = max(1, settings.jobs) * 4
    let chunks = stride(from: 0, to: due.count, by: chunkSize).map {
      Array(due[$0..<min($0 + chunkSize, due.count)])
    }
    let (pageCount, jobs, output) = (ranges.count, settings.jobs, output)
    let stage = !settings.dryRun
    func startRendering(_ chunk: [PageDue]) throws -> WorkAhead<[Result<RenderedPage, Diagnostic>]>
    {
      let pages = try chunk.map { page in
        PageToRender(
          index: page.index, path: page.path, recorded: page.recorded, damaged: page.damaged,
          records: try records(
            of: format.collection, from: page.outline.start, count: page.count, db))
      }
      return WorkAhead(inBackground: jobs > 1) {
        Self.renderPages(
          pages, of: pageCount, format: format, context: context, output: output, stage: stage,
          jobs: jobs)
      }
    }
    var upcoming = try chunks.first.map(startRendering)
    // A failed write still lets the pages being rendered finish.
    defer { _ = upcoming?.wait() }
    for (number, chunk) in chunks.enumerated() {
      let pages = upcoming?.wait() ?? []
      upcoming = number + 1 < chunks.count ? try startRendering(chunks[number + 1]) : nil
      for (page, rendered) in zip(chunk, pages) {
        let rendered = try rendered.get()
        var status = rendered.recorded?.status
        if rendered.changed {
          report.written.append(page.path)
          status = try rendered.staged.map { staged throws(Diagnostic) in
            try output.createFolders(for: page.path)
            return try output.place(staged, at: page.path)
          }
        }
        try recordCollection(
          page.path, hash: rendered.hash, status: status, format: format.name,
          key: page.outline.key, db)
      }
    }
    try removeUnowned(of: format.name, except: wanted, db)
  }

  /// A collection page waiting to be written: its place, path, outline and number of records,
  /// what the state recorded of its file, and whether that file is not what was recorded.
  private typealias PageDue = (
    index: Int, path: String, outline: PageOutline, count: Int, recorded: RecordedFile?,
    damaged: Bool
  )

  /// A page's input key, and where its records start in the collection's order (none for a
  /// page without records).
  private typealias PageOutline = (key: String, start: RecordPlace?)

  /// A record's place in a collection's order, newest first: its sort key, its hash (which
  /// orders records of the same instant) and its row.
  private typealias RecordPlace = (sortKey: String, hash: String, row: Int64)

  /// The order of a collection's records, as the `record_order_hash` index holds them.
  private static let recordOrder = "ORDER BY sort_key DESC, hash DESC, rowid DESC"

  /// What the state recorded of a file: its content hash and status.
  private typealias RecordedFile = (hash: String, status: FileStatus)

  /// A collection page to render: its place, path, what the state recorded of its file,
  /// whether that file is not what was recorded, and its records.
  private struct PageToRender: Sendable {
    var index: Int
    var path: String
    var recorded: RecordedFile?
    var damaged: Bool
    var records: [Data]
  }

  /// A rendered collection page, taken on the thread that rendered it: its content hash,
  /// whether its file must be rewritten, and the file staged with its bytes if so (none in a
  /// dry run).
  private struct RenderedPage: Sendable {
    var hash: String
    var recorded: RecordedFile?
    var changed: Bool
    var staged: String?
  }

  /// Each page's input key (the hash of its place among the pages and of its records' hashes)
  /// and where its records start, read once, front to back, straight from the index.
  private func pageOutline(of collection: String, _ ranges: [Range<Int>], _ db: Database) throws
    -> [PageOutline]
  {
    let places = try Row.fetchCursor(
      db.reused(
        "SELECT hash, sort_key, rowid FROM record WHERE collection = ? \(Self.recordOrder)"),
      arguments: [collection])
    var position = 0
    var outline: [PageOutline] = []
    for (index, range) in ranges.enumerated() {
      var key = ContentHash.Parts()
      key.add("\(index)/\(ranges.count)")
      var start: RecordPlace?
      while position < range.upperBound, let row = try places.next() {
        if position >= range.lowerBound {
          try row.withUnsafeData(atIndex: 0) { data in
            (data ?? Data()).withUnsafeBytes { key.add($0) }
          }
          if position == range.lowerBound { start = (row[1], row[0], row[2]) }
        }
        position += 1
      }
      outline.append((key.value, start))
    }
    return outline
  }

  /// The data of `count` records of `collection` in order from `start` on: found in the index
  /// by their place, where skipping the pages before with `OFFSET` would step over every one
  /// of their records (quadratic in the number of pages).
  private func records(
    of collection: String, from start: RecordPlace?, count: Int, _ db: Database
  ) throws -> [Data] {
    guard let start, count > 0 else { return [] }
    return try Data.fetchAll(
      db.reused(
        "SELECT data FROM record WHERE collection = ? AND (sort_key, hash, rowid) <= (?, ?, ?) "
          + "\(Self.recordOrder) LIMIT ?"),
      arguments: [collection, start.sortKey, start.hash, start.row, count])
  }

  /// Queues for removal every output of `format` that no story owns (pages, static copies)
  /// and that is not in `wanted`, and forgets it.
  mutating func removeUnowned(of format: String, except wanted: Set<String>, _ db: Database)
    throws
  {
    for row in try Row.fetchAll(
      // `+format`: SQLite then finds the few unowned rows by the owner index, instead of
      // every row of the format by the path index.
      db, sql: "SELECT path, hash FROM output WHERE +format = ? AND owner IS NULL",
      arguments: [format])
    where !wanted.contains(row["path"]) {
      removals.append((row["path"], row["hash"]))
      try db.reused("DELETE FROM output WHERE path = ?").execute(arguments: [row["path"]])
    }
  }

  /// Renders `pages` of `format` on `jobs` threads, and stages the file of each whose bytes
  /// are not what stands recorded at its path (when `stage`).
  private static func renderPages(
    _ pages: [PageToRender], of pageCount: Int, format: any CollectionPages,
    context: CollectionContext, output: OutputFolder, stage: Bool, jobs: Int
  ) -> [Result<RenderedPage, Diagnostic>] {
    let slots = ResultSlots<Result<RenderedPage, Diagnostic>>(count: pages.count)
    ParallelWork.forEach(count: pages.count, jobs: jobs) { position in
      let page = pages[position]
      let rendered = Result { () throws(Diagnostic) -> RenderedPage in
        let data = try format.page(
          page.index, of: pageCount, records: page.records, context: context)
        let hash = ContentHash.of(data)
        let changed = page.damaged || page.recorded?.hash != hash
        return RenderedPage(
          hash: hash, recorded: page.recorded, changed: changed,
          staged: changed && stage ? try output.stage(data, for: page.path).staged : nil)
      }
      slots.store(rendered, at: position)
    }
    return slots.values
  }

  /// What the state recorded of the file at the output path `path`, if anything.
  private func recordedFile(at path: String, _ db: Database) throws -> RecordedFile? {
    try recordedOutput(at: path, db)?.file
  }

  /// What the state recorded of the output at `path`, with the input key it was made from, in
  /// one read of its row.
  private func recordedOutput(at path: String, _ db: Database) throws -> (
    file: RecordedFile, inputKey: String?
  )? {
    try Row.fetchOne(
      db.reused("SELECT hash, size, mtime, input_key FROM output WHERE path = ?"),
      arguments: [path]
    ).map { (($0["hash"], FileStatus(size: $0["size"], modified: $0["mtime"])), $0["input_key"]) }
  }

  /// True when the collection output (or static copy) at `path` is not recorded or its file
  /// is not what was.
  func needsWriting(_ path: String, _ db: Database) throws -> Bool {
    isDamaged(path, try recordedFile(at: path, db))
  }

  /// True when nothing was `recorded` of the output at `path` or its file is not what was.
  private func isDamaged(_ path: String, _ recorded: RecordedFile?) -> Bool {
    recorded.map { output.status(path) != $0.status } ?? true
  }

  /// Writes a static file when its bytes differ from what stands there, and records it with
  /// no owner.
  mutating func writeStaticFile(
    _ data: Data, to path: String, format: String, key: String, _ db: Database
  ) throws {
    let hash = ContentHash.of(data)
    let recorded = try recordedFile(at: path, db)
    var status = recorded?.status
    if isDamaged(path, recorded) || recorded?.hash != hash {
      report.written.append(path)
      status = settings.dryRun ? nil : try output.write(data, to: path)
    }
    try recordCollection(path, hash: hash, status: status, format: format, key: key, db)
  }

  /// Records the collection output (or static copy) at `path` with no owner; a nil `status`
  /// (a dry run) records a size and time no file has.
  private func recordCollection(
    _ path: String, hash: String, status: FileStatus?, format: String, key: String,
    _ db: Database
  ) throws {
    let written = status ?? FileStatus(size: -1, modified: -1)
    try db.reused(
      """
      INSERT INTO output (format, path, owner, hash, size, mtime, input_key)
      VALUES (?, ?, NULL, ?, ?, ?, ?)
      ON CONFLICT(path) DO UPDATE SET format = excluded.format, owner = NULL,
        hash = excluded.hash, size = excluded.size, mtime = excluded.mtime,
        input_key = excluded.input_key
      """
    ).execute(arguments: [format, path, hash, written.size, written.modified, key])
  }
}
