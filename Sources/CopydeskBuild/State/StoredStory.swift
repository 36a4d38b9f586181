import CopydeskAST
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import GRDB

/// A story's row in the build state: its pinned identity and what the last build saw.
struct StoredStory: Sendable {
  var id: Int64
  var guid: String
  var slug: String
  var sourcePath: String?
  var sourceHash: String
  var source: FileStatus
  /// The first publication time; nil only for a story imported from an old ledger.
  var firstPublished: Timestamp?
  var version: Int
  var status: PublicationStatus
  var embargo: Timestamp?
  var isPublic: Bool
  /// The formats rendered from the source as it was last read.
  var formats: Set<String>
  /// True once anything was published: only then is the identity pinned.
  var published: Bool
  /// The warnings of the story's last reading and rendering, replayed while it is unchanged.
  var warnings: [Diagnostic]

  /// The columns `init(row:)` reads, for SELECT statements.
  static let columns =
    "id, guid, slug, source_path, source_hash, source_size, source_mtime, first_published, "
    + "version, status, embargo, is_public, formats, published, warnings"

  /// The story in a row selected with `columns`, read by position in that order (a forced
  /// rebuild reads every row, and a lookup by name costs more than the rest).
  init(row: Row) {
    id = row[0]
    guid = row[1]
    slug = row[2]
    sourcePath = row[3]
    sourceHash = row[4]
    source = FileStatus(size: row[5], modified: row[6])
    firstPublished = Self.timestamp(row[7])
    version = row[8]
    status = PublicationStatus(rawValue: row[9]) ?? .usable
    embargo = Self.timestamp(row[10])
    isPublic = row[11]
    formats = Self.formats(in: row[12])
    published = row[13]
    warnings = Self.warnings(row[14])
  }

  /// The format names of a comma-separated list, as the state stores them.
  static func formats(in text: String) -> Set<String> {
    Set(text.utf8.split(separator: UInt8(ascii: ",")).map { String(Substring($0)) })
  }

  /// Warnings as the state stores them: a JSON array with each object's keys sorted, so the
  /// same warnings are the same text on every run, or NULL for none.
  static func encode(_ warnings: [Diagnostic]) -> String? {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    guard !warnings.isEmpty, let data = try? encoder.encode(warnings) else { return nil }
    return String(decoding: data, as: UTF8.self)
  }

  private static func warnings(_ text: String?) -> [Diagnostic] {
    guard let text else { return [] }
    return (try? JSONDecoder().decode([Diagnostic].self, from: Data(text.utf8))) ?? []
  }

  /// The identity the reader keeps for this story, once it has been published.
  var pinned: PinnedIdentity? {
    published ? PinnedIdentity(slug: slug, id: guid, firstPublished: firstPublished) : nil
  }

  /// Whether the story belongs in public outputs at `clock`, judged from the row alone.
  func isPublic(at clock: Timestamp) -> Bool {
    Self.isPublic(status: status, embargo: embargo, at: clock)
  }

  /// Whether a story with `status` and `embargo` belongs in public outputs at `clock`.
  static func isPublic(status: PublicationStatus, embargo: Timestamp?, at clock: Timestamp) -> Bool
  {
    guard status == .usable else { return false }
    return embargo.map { clock >= $0 } ?? true
  }

  /// The story row with `id`.
  static func fetch(id: Int64, _ db: Database) throws -> StoredStory? {
    try Row.fetchOne(db.reused("SELECT \(columns) FROM story WHERE id = ?"), arguments: [id])
      .map(StoredStory.init(row:))
  }

  /// A time as the state stores it (RFC 3339), nil for none.
  static func timestamp(_ text: String?) -> Timestamp? {
    guard let text, case .zoned(let value)? = RFC3339.parse(text) else { return nil }
    return value
  }
}
