import CopydeskCore
import Yams

/// Turns Yams errors into diagnostics with file line numbers.
enum YAMLErrors {
  /// A diagnostic for a YAML error in `what` (the front matter, a config file).
  static func diagnostic(_ error: any Error, fileName: String, lineOffset: Int, what: String)
    -> Diagnostic
  {
    var line: Int?
    var column: Int?
    var problem = "\(error)"
    if let yamlError = error as? YamlError {
      switch yamlError {
      case .scanner(let context, let text, let mark, _),
        .parser(let context, let text, let mark, _),
        .composer(let context, let text, let mark, _):
        line = mark.line + lineOffset
        column = mark.column
        problem = [
          context.map { "\($0.text) that starts at line \($0.mark.line + lineOffset)" }, text,
        ]
        .compactMap { $0 }.joined(separator: ": ")
      case .duplicatedKeysInMapping(let duplicates, let context):
        let names = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
        return Diagnostic(
          .error, file: fileName, line: context.mark.line + lineOffset, column: context.mark.column,
          message: "\(names) appears more than once in the same mapping; keep one")
      case .reader(let text, _, _, _):
        problem = text
      default:
        break
      }
    }
    return Diagnostic(
      .error, file: fileName, line: line, column: column,
      message: "\(what) is not valid YAML: \(problem)")
  }
}
