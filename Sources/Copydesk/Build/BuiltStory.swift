import CopydeskAST
import CopydeskReader
import Foundation

/// What the build keeps of one rebuilt story until it commits.
///
/// The identity and state to record, and where each output stands. Bytes are not kept: changed
/// outputs wait in temporary files, records in the database.
struct BuiltStory: Sendable {
  /// One output the story wants.
  struct Output: Sendable {
    var format: String
    var path: String
    var hash: String
    /// The temporary file holding new bytes; nil when the file on disk is already right.
    var staged: String?
    /// The file's status on disk, once known.
    var status: FileStatus?
  }

  /// The story's path relative to the stories folder (NFC).
  var path: String
  /// Its row in the build state: found by path, or adopted from a renamed file.
  var stored: StoredStory?
  /// The path it had before a rename, when it was adopted.
  var renamedFrom: String?
  var sourceHash = ""
  /// The file's status before it was read; size -1 when it changed during the read.
  var source = FileStatus(size: -1, modified: -1)
  var guid = ""
  var slug = ""
  var firstPublished = Timestamp(secondsSinceEpoch: 0, offsetMinutes: 0)
  var version = 1
  var status = PublicationStatus.usable
  var embargo: Timestamp?
  var withholding: PublicationRules.Withholding?
  var outputs: [Output] = []
  /// Collections the story has a record in this build.
  var records: Set<String> = []
  /// The wire sequence number, when the story has wire output.
  var sequence: Int?
  var failure: Diagnostic?

  /// The outcome to report for a story that built.
  var outcome: BuildReport.Outcome {
    if let failure { return .failed(failure) }
    switch status {
    case .draft: return .draft
    case .canceled: return .killed
    case .usable, .withheld:
      if let withholding { return .withheld(withholding) }
      if let renamedFrom { return .renamed(from: renamedFrom) }
      return stored?.published == true ? .changed : .new
    }
  }
}
