import ArgumentParser
import CopydeskCore
import CopydeskReader
import Foundation

/// How diagnostics are printed.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
  /// `file:line:col: severity: message` on standard error.
  case text
  /// One JSON object per line on standard output.
  case json

  /// Prints one JSON object, such as `{"summary": "…"}`, on its own line of standard output.
  func printObject(_ object: [String: String]) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    try StandardOutput.write(try encoder.encode(object) + Data("\n".utf8))
  }

  /// Prints one diagnostic, and each additional problem it carries, in this format; JSON
  /// that cannot be written ends the command.
  func print(_ diagnostic: Diagnostic) throws {
    switch self {
    case .text:
      StandardError.print(diagnostic)
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      for problem in diagnostic.expanded {
        if let data = try? encoder.encode(problem) {
          try StandardOutput.write(data + Data("\n".utf8))
        }
      }
    }
  }
}
