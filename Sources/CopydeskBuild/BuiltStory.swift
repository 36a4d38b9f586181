import CopydeskAST
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// What the build knows of one rebuilt story between rendering and recording its rows.
///
/// The identity and state to record, and where each output stands. Bytes are not kept: changed
/// outputs wait in temporary files.
struct BuiltStory: Sendable {
  /// One output the story wants.
  struct Output: Sendable {
    var format: String
    var path: String
    var hash: String
    /// The temporary file holding new bytes; nil when the file on disk is already right.
    var staged: String?
    /// The status to record: the staged file's (a rename keeps it), or that of the file on
    /// disk when it is already right; nil in a dry run.
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
  /// The story's sequence numbers, by numbering service, when it has numbered outputs.
  var sequences: [String: Int] = [:]
  /// The warnings of reading and rendering the story, kept to be replayed while it is unchanged.
  var warnings: [Diagnostic] = []
  var failure: Diagnostic?
  /// The formats that failed for this story; the others published.
  var formatFailures: [(format: String, error: Diagnostic)] = []
  /// The names of the formats that failed: their earlier outputs and records stay as they were.
  var failedFormats: Set<String> { Set(formatFailures.map(\.format)) }

  /// Records the formats that failed, each error naming its format.
  mutating func noteFormatFailures(_ failures: [(format: String, error: Diagnostic)]) {
    formatFailures = failures.map { failure in
      var error = failure.error
      error.message =
        "\(failure.format) output not published: \(error.message) "
        + "(the story's other formats were)"
      return (failure.format, error)
    }
  }

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
