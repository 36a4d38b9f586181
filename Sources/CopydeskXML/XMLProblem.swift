/// A problem libxml2 reported about a document: not well-formed, or not schema-valid.
public struct XMLProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// The document's name as the user gave it.
  public var file: String
  /// The 1-based line, when libxml2 knows it.
  public var line: Int?
  /// libxml2's message, without its trailing newline.
  public var message: String

  /// Creates a problem report.
  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`.
  public var description: String {
    line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
  }
}
