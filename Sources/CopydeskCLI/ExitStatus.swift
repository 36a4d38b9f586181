import ArgumentParser
import CopydeskCore
import CopydeskReader

/// The exit statuses copydesk uses, and the one place errors become a message and a status.
enum ExitStatus: Int32 {
  /// Some stories, formats or validated items failed; everything else was done.
  case someFailed = 1
  /// The build could not run: bad config, unusable output folder, a lock held.
  case cannotRun = 2
  /// The command line was wrong (ArgumentParser's own status).
  case usage = 64
  /// The input story or item is wrong.
  case badInput = 65
  /// The output could not be written.
  case cannotWrite = 73

  /// Prints `diagnostic` on standard error and returns the error that exits with this status.
  func fail(_ diagnostic: Diagnostic) -> ExitCode {
    StandardError.print(diagnostic)
    return exit
  }

  /// The error that exits with this status.
  var exit: ExitCode { ExitCode(rawValue) }
}
