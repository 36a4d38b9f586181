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
  var firstPublished: Timestamp? { Self.timestamp(firstPublishedText) }
  /// The first publication as the state stores it, read only when asked for: planning reads
  /// every row and needs it for none of the stories that did not change.
  private var firstPublishedText: String?
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

  /// The story in a row selected with `columns`.
  init(row: Row) {
    id = row["id"]
    guid = row["guid"]
    slug = row["slug"]
    sourcePath = row["source_path"]
    sourceHash = row["source_hash"]
    source = FileStatus(size: row["source_size"], modified: row["source_mtime"])
    firstPublishedText = row["first_published"]
    version = row["version"]
    status = PublicationStatus(rawValue: row["status"]) ?? .usable
    embargo = Self.timestamp(row["embargo"])
    isPublic = row["is_public"]
    formats = Set(
      (row["formats"] as String).utf8.split(separator: UInt8(ascii: ",")).map {
        String(Substring($0))
      })
    published = row["published"]
    warnings = Self.warnings(row["warnings"])
  }

  /// Warnings as the state stores them: a JSON array, or NULL for none.
  static func encode(_ warnings: [Diagnostic]) -> String? {
    guard !warnings.isEmpty, let data = try? JSONEncoder().encode(warnings) else { return nil }
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
    guard status == .usable else { return false }
    return embargo.map { clock >= $0 } ?? true
  }

  private static func timestamp(_ text: String?) -> Timestamp? {
    guard let text, case .zoned(let value)? = RFC3339.parse(text) else { return nil }
    return value
  }
}
