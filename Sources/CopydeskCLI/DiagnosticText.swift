import CopydeskCore
import Foundation

/// How a diagnostic reads on a terminal: `file:line:col: severity: message`, then the source
/// line with a caret, as compilers print them.
enum DiagnosticText {
  /// True when the stream `descriptor` is a terminal and `NO_COLOR` is not set: errors are then
  /// red, warnings yellow and locations bold.
  static func colours(on descriptor: Int32) -> Bool {
    isatty(descriptor) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }

  /// The lines of `diagnostic` and of each additional problem it carries.
  static func lines(for diagnostic: Diagnostic, colours: Bool) -> [String] {
    diagnostic.expanded.flatMap { problem in
      let first: String
      if colours {
        let colour = problem.severity == .error ? "\u{1B}[31m" : "\u{1B}[33m"
        first =
          "\u{1B}[1m\(problem.location):\u{1B}[0m \(colour)\(problem.severity.rawValue):"
          + "\u{1B}[0m \(problem.message)"
      } else {
        first = problem.description
      }
      return [first] + SourceExcerpt.lines(for: problem)
    }
  }
}
