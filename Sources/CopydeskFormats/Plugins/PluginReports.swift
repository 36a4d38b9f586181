import CopydeskCore
import Foundation

/// A plugin's diagnostics: one JSON object per line of standard error
/// (`{"severity": "warning", "message": "…", "line": 3}`); any other line is kept as a warning
/// that quotes it, so nothing a plugin says is lost.
enum PluginReports {
  private struct Line: Decodable {
    let severity: String?
    let message: String
    let line: Int?
  }

  /// The diagnostics in `errors`, each naming the story and the plugin.
  static func parse(_ errors: Data, plugin: String, sourceFile: String) -> [Diagnostic] {
    String(decoding: errors, as: UTF8.self).split(whereSeparator: \.isNewline).compactMap {
      text in
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty else { return nil }
      if let line = try? JSONDecoder().decode(Line.self, from: Data(trimmed.utf8)) {
        return Diagnostic(
          line.severity == "error" ? .error : .warning, file: sourceFile, line: line.line,
          key: "plugins.\(plugin)", message: "\(plugin): \(line.message)")
      }
      return Diagnostic(
        .warning, file: sourceFile, key: "plugins.\(plugin)",
        message: "\(plugin) said: \(trimmed.prefix(500))")
    }
  }

  /// The last thing the plugin said, to end a failure message: `; it said: …`.
  static func lastWords(_ reports: [Diagnostic]) -> String {
    reports.last.map { "; it said: " + $0.message } ?? ""
  }
}
