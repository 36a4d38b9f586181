import Foundation

/// Writes diagnostics to standard error, one per line.
enum StandardError {
  /// Prints one line to standard error.
  static func print(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
