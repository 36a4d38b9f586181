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
