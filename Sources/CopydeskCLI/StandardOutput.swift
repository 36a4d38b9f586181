import ArgumentParser
import CopydeskCore
import Foundation

/// Standard output, written straight to its descriptor so that a full disk, a closed
/// descriptor or a broken pipe becomes exit status 73 with a message, never a trap.
enum StandardOutput {
  /// Writes `data`; a failed write ends the command with `cannotWrite`.
  static func write(_ data: Data) throws {
    if let code = FileDescriptor.writeAll(data, to: STDOUT_FILENO) { throw failure(code) }
  }

  /// Writes `line` and a line feed.
  static func print(_ line: String) throws {
    try write(Data((line + "\n").utf8))
  }

  /// The exit for a failed write: with a message, except when the reader closed the pipe on
  /// purpose (`| head`), where the conventional silence is kept.
  private static func failure(_ code: Int32) -> ExitCode {
    guard code != EPIPE else { return ExitStatus.cannotWrite.exit }
    return ExitStatus.cannotWrite.fail(
      Diagnostic(
        .error, file: "standard output",
        message: "cannot write the output: \(String(cString: strerror(code))); nothing more was "
          + "written"))
  }
}
