import CopydeskAST
import CopydeskReader
import GRDB

/// The part of a story's row that planning reads for every story to tell whether it changed;
/// the whole row (`StoredStory`) is fetched only for the stories that did.
struct PlanningRow {
  var id: Int64
  var sourcePath: String
  var source: FileStatus
  /// The formats rendered from the source as it was last read, comma-separated.
  var formats: String
  var isPublic: Bool
  var status: PublicationStatus
  var embargo: Timestamp?
  var hasWarnings: Bool

  /// The columns `init(row:)` reads, for SELECT statements.
  static let columns =
    "id, source_path, source_size, source_mtime, formats, is_public, status, embargo, "
    + "warnings IS NOT NULL"

  /// The row selected with `columns`, read by position in that order.
  init(row: Row) {
    id = row[0]
    sourcePath = row[1]
    source = FileStatus(size: row[2], modified: row[3])
    formats = row[4]
    isPublic = row[5]
    status = PublicationStatus(rawValue: row[6]) ?? .usable
    embargo = StoredStory.timestamp(row[7])
    hasWarnings = row[8]
  }

  /// Whether the story belongs in public outputs at `clock`, judged from the row alone.
  func isPublic(at clock: Timestamp) -> Bool {
    StoredStory.isPublic(status: status, embargo: embargo, at: clock)
  }
}
