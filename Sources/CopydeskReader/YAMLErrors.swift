import CopydeskCore
import Foundation
import Yams

/// Turns Yams errors into diagnostics with file line numbers, in words that name the fix.
///
/// libyaml describes what its scanner met (`mapping values are not allowed in this context`);
/// a writer needs to hear what to change (quote the value). The common mistakes are
/// translated; any other problem keeps the parser's own words.
enum YAMLErrors {
  /// A diagnostic for a YAML error in `what` (the front matter, a config file); `yaml` is the
  /// text that was parsed, whose line 1 is file line `lineOffset + 1`.
  static func diagnostic(
    _ error: any Error, yaml: String, fileName: String, lineOffset: Int, what: String
  ) -> Diagnostic {
    guard let yamlError = error as? YamlError else {
      return Diagnostic(.error, file: fileName, message: "\(what) is not valid YAML: \(error)")
    }
    switch yamlError {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let words = [
        context.map { "\($0.text) that starts at line \($0.mark.line + lineOffset)" }, problem,
      ]
      .compactMap { $0 }.joined(separator: ": ")
      // An unclosed quote is found only at the end of the text: point at where it opened.
      let opened = problem == "found unexpected end of stream" ? context?.mark : nil
      let mark = opened ?? mark
      let line = SourceExcerpt.line(mark.line, of: yaml) ?? ""
      let message =
        advice(problem: problem, context: context?.text, line: line, column: mark.column)
        .map { "\($0) (\(what) is not valid YAML: \(words))" }
        ?? "\(what) is not valid YAML: \(words)"
      return Diagnostic(
        .error, file: fileName, line: mark.line + lineOffset, column: mark.column,
        message: message)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let names = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      return Diagnostic(
        .error, file: fileName, line: context.mark.line + lineOffset, column: context.mark.column,
        message: "\(names) appears more than once in the same mapping; keep one")
    case .reader(let problem, _, _, _):
      return Diagnostic(.error, file: fileName, message: "\(what) is not valid YAML: \(problem)")
    default:
      return Diagnostic(.error, file: fileName, message: "\(what) is not valid YAML: \(yamlError)")
    }
  }

  /// What to change, for the problems writers meet most; nil for any other.
  ///
  /// `line` is the source line the parser stopped on and `column` its 1-based column.
  static func advice(problem: String, context: String?, line: String, column: Int) -> String? {
    let characters = Array(line)
    let found = column >= 1 && column <= characters.count ? characters[column - 1] : nil
    switch problem {
    case "mapping values are not allowed in this context":
      if line.first == " " || line.first == "\t" {
        return "this line is indented, so it is read as more of the value above, where ': ' "
          + "is not allowed; start each key at the beginning of its line"
      }
      return "a value that contains ': ' must be in quotes: write \(quoted(line))"
    case "found character that cannot start any token",
      "found a tab character that violates indentation":
      if found == "\t" || line.first == "\t" {
        return "YAML does not allow tab characters for indentation; indent with spaces"
      }
      let start = found.map { "'\($0)'" } ?? "this character"
      return "a value cannot start with \(start) in YAML: write \(quoted(line))"
    case "found unexpected end of stream" where context?.contains("quoted scalar") == true:
      return "a quoted value is never closed; end it with the quote it starts with"
    case "found unknown escape character":
      return "a backslash inside double quotes starts an escape such as \\n: write \\\\ for a "
        + "backslash, or use single quotes"
    case "did not find expected key":
      return "this line does not continue the key: value pairs above it; if a value starts with "
        + "a quote, quote the whole value, else align the line with the other keys"
    case "could not find expected ':'":
      return "expected 'key: value' here; a value that goes on over several lines must be "
        + "indented under its key, or put in quotes"
    case "block sequence entries are not allowed in this context":
      return "a list item ('- …') must start on a line of its own, indented under its key"
    case "did not find expected node content":
      return "a value is missing here; if the value starts with one of , [ ] { } put it in quotes"
    case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
      return "a list in [ ] or mapping in { } on one line is not closed; close it, or put the "
        + "value in quotes if the brackets are part of the text"
    case "found undefined tag handle":
      return "a value starting with '!' is read as a YAML tag: write \(quoted(line))"
    case "did not find expected alphabetic or numeric character":
      return "a value starting with '*' or '&' is read as a YAML alias or anchor: write "
        + quoted(line)
    default:
      return nil
    }
  }

  /// `line` with its value in double quotes, as a `key: "value"` suggestion.
  static func quoted(_ line: String) -> String {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard let colon = trimmed.range(of: ": ") ?? trimmed.range(of: ":") else {
      return MetadataEditor.quoted(trimmed)
    }
    let key = trimmed[..<colon.lowerBound]
    let value = trimmed[colon.upperBound...].trimmingCharacters(in: .whitespaces)
    return "\(key): \(MetadataEditor.quoted(value))"
  }
}
