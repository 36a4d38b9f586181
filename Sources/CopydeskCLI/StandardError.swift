import Foundation

/// Writes diagnostics to standard error, one per line.
enum StandardError {
  /// Prints one line to standard error; when standard error itself cannot be written there is
  /// nowhere left to report it, so the line is dropped rather than trapping.
  static func print(_ line: String) {
    _ = Descriptor.write(Data((line + "\n").utf8), to: STDERR_FILENO)
  }
}
