import CopydeskCore
import Foundation

/// Writes diagnostics to standard error, one per line.
enum StandardError {
  /// True when standard error is a terminal and `NO_COLOR` is not set.
  static let colours = DiagnosticText.colours(on: STDERR_FILENO)

  /// Prints a diagnostic and any additional problems it carries, each followed by its
  /// source line and a caret; coloured on a terminal.
  static func print(_ diagnostic: Diagnostic) {
    for line in DiagnosticText.lines(for: diagnostic, colours: colours) { print(line) }
  }

  /// Prints one line to standard error; when standard error itself cannot be written there is
  /// nowhere left to report it, so the line is dropped rather than trapping.
  static func print(_ line: String) {
    _ = FileDescriptor.writeAll(Data((line + "\n").utf8), to: STDERR_FILENO)
  }
}
