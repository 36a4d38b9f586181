import CopydeskAST
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import GRDB

/// The `ledger.json` of copydesk versions before the state database, imported once so that
/// stories published by them keep their guid, slug and wire sequence number.
struct LegacyLedger: Decodable {
  struct Entry: Decodable {
    var sourceHash: String
    var guid: String
    var slug: String
    var version: Int
    var sequence: Int?
    var status: PublicationStatus
    var embargo: Timestamp?
    var isPublic: Bool
    var outputs: [String: String]
    var index: Dated?
    var feed: Dated?
  }

  /// The part of an index row or feed record the import needs: the first publication time.
  struct Dated: Decodable {
    var date: Timestamp
  }

  var nextSequence: [String: Int]
  var stories: [String: Entry]

  /// Imports `ledger.json` into an empty state database; every imported story is read again
  /// by this build, as the ledger did not keep what the state needs to trust it.
  static func importIfPresent(
    _ output: OutputFolder, into db: Database, report: inout BuildReport
  ) throws {
    guard let data = FileManager.default.contents(atPath: output.legacyLedger.path),
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM story") == 0
    else { return }
    guard let ledger = try? JSONDecoder().decode(LegacyLedger.self, from: data) else {
      report.diagnostics.append(
        Diagnostic(
          .warning, file: output.legacyLedger.path,
          message: "the old build ledger cannot be read; every story is published anew"))
      return
    }
    for (service, next) in ledger.nextSequence {
      try db.execute(
        sql: "INSERT INTO counter (service, next) VALUES (?, ?)", arguments: [service, next])
    }
    for (path, entry) in ledger.stories {
      let date = entry.feed?.date ?? entry.index?.date
      try db.execute(
        sql: """
          INSERT INTO story (guid, slug, source_path, source_hash, source_size, source_mtime,
            first_published, version, status, embargo, is_public, formats, published)
          VALUES (?, ?, ?, ?, -1, -1, ?, ?, ?, ?, ?, '', ?)
          """,
        arguments: [
          entry.guid, entry.slug, path.precomposedStringWithCanonicalMapping, entry.sourceHash,
          date.map(RFC3339.format) ?? "", entry.version, entry.status.rawValue,
          entry.embargo.map(RFC3339.format), entry.isPublic, !entry.outputs.isEmpty,
        ])
      let id = db.lastInsertedRowID
      for (output, hash) in entry.outputs {
        let format = String(output.prefix { $0 != "/" })
        try db.execute(
          sql: "INSERT OR IGNORE INTO output (format, path, owner, hash, size, mtime) "
            + "VALUES (?, ?, ?, ?, -1, -1)",
          arguments: [format, output, id, hash])
      }
      if let sequence = entry.sequence, let service = ledger.nextSequence.keys.sorted().first {
        try db.execute(
          sql: "INSERT INTO sequence (owner, service, number) VALUES (?, ?, ?)",
          arguments: [id, service, sequence])
      }
    }
    report.diagnostics.append(
      Diagnostic(
        .warning, file: output.legacyLedger.path,
        message: "imported the build ledger of an older copydesk into the state database; "
          + "each story is read again once"))
  }

  /// Removes the old ledger and its feed item cache, once the state database holds them.
  static func removeFiles(of output: OutputFolder) {
    let items = output.stateFolder.appendingPathComponent("items").path
    if FileStatus.of(items)?.kind == .folder,
      let names = try? FileManager.default.contentsOfDirectory(atPath: items)
    {
      for name in names where FileStatus.of(items + "/" + name)?.kind == .regularFile {
        unlink(items + "/" + name)
      }
      rmdir(items)
    }
    if FileStatus.of(output.legacyLedger.path)?.kind == .regularFile {
      unlink(output.legacyLedger.path)
    }
  }
}
