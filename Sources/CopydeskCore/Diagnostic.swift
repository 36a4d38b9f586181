/// A problem found in a story, with where it is and what was expected.
///
/// The same type is thrown for errors and collected for warnings, so every message a
/// user sees has one shape: `file:line:col: error: sentence`.
public struct Diagnostic: Error, Codable, Sendable, Hashable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Codable, Sendable, Hashable {
    /// The story cannot be published.
    case error
    /// The story can be published, but something deserves a look.
    case warning
  }

  /// Whether the story can still be published.
  public var severity: Severity
  /// The file the problem is in, as the user named it.
  public var file: String
  /// The 1-based line in the file (front matter included), when known.
  public var line: Int?
  /// The 1-based column, when known.
  public var column: Int?
  /// The front-matter key or field concerned, when there is one.
  public var key: String?
  /// One sentence: what is wrong and what was expected.
  public var message: String
  /// The text of the source line the problem is on, for the excerpt under the message.
  public var sourceLine: String?
  /// Further independent errors found in the same file, so that one run shows them all.
  ///
  /// Not encoded: JSON consumers get each problem as its own object (see `expanded`).
  public var additional: [Diagnostic] = []

  private enum CodingKeys: String, CodingKey {
    case severity, file, line, column, key, message, sourceLine
  }

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, key: String? = nil,
    message: String
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.key = key
    self.message = message
  }

  /// The compiler-style form: `file:line:col: severity: message`.
  public var description: String {
    "\(location): \(severity.rawValue): \(message)"
  }

  /// One error carrying all of `errors` (the first, with the rest as `additional`), in source
  /// order; nil when there are none.
  public static func combining(_ errors: [Diagnostic]) -> Diagnostic? {
    let ordered = inSourceOrder(errors.flatMap(\.expanded))
    guard var first = ordered.first else { return nil }
    first.additional = Array(ordered.dropFirst())
    return first
  }

  /// `diagnostics` by line, those without a line first, keeping their order otherwise.
  public static func inSourceOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted {
      ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset)
    }.map(\.element)
  }

  /// This problem and every additional one, each on its own.
  public var expanded: [Diagnostic] {
    var first = self
    first.additional = []
    return [first] + additional.flatMap(\.expanded)
  }

  /// The diagnostic with `sourceLine` filled in from `text` (the whole file as read) when it
  /// is about `text`'s file and names a line; its additional problems likewise.
  public func withExcerpt(from text: String, file name: String) -> Diagnostic {
    var result = self
    if result.sourceLine == nil, result.file == name, let line, line >= 1 {
      result.sourceLine = SourceExcerpt.line(line, of: text)
    }
    result.additional = additional.map { $0.withExcerpt(from: text, file: name) }
    return result
  }

  /// Where the problem is: `file:line:col`, as far as known.
  public var location: String {
    var location = file
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    }
    return location
  }
}
