import CopydeskCore
import Foundation

/// Writes diagnostics to standard error, one per line.
enum StandardError {
  /// True when standard error is a terminal and `NO_COLOR` is not set: diagnostics are then
  /// coloured (errors red, warnings yellow, locations bold), as compilers do.
  static let colours =
    isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

  /// Prints a diagnostic, coloured on a terminal.
  static func print(_ diagnostic: Diagnostic) {
    guard colours else { return print(diagnostic.description) }
    let colour = diagnostic.severity == .error ? "\u{1B}[31m" : "\u{1B}[33m"
    print(
      "\u{1B}[1m\(diagnostic.location):\u{1B}[0m \(colour)\(diagnostic.severity.rawValue):"
        + "\u{1B}[0m \(diagnostic.message)")
  }

  /// Prints one line to standard error; when standard error itself cannot be written there is
  /// nowhere left to report it, so the line is dropped rather than trapping.
  static func print(_ line: String) {
    _ = FileDescriptor.writeAll(Data((line + "\n").utf8), to: STDERR_FILENO)
  }
}
