/// The source line under a diagnostic, with a caret at its column, as compilers print it.
///
/// ```
///     4 | urgency: 12
///       |          ^
/// ```
public enum SourceExcerpt {
  /// The longest source line shown; longer lines are cut around the column.
  static let width = 120

  /// Line `number` (1-based) of `text`, without its line end; nil past the end.
  public static func line(_ number: Int, of text: String) -> String? {
    var current = 1
    var start = text.utf8.startIndex
    let bytes = text.utf8
    while current < number {
      guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
      start = bytes.index(after: end)
      current += 1
    }
    let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
    var line = Substring(text[start..<end])
    if line.hasSuffix("\r") { line = line.dropLast() }
    return String(line)
  }

  /// The two excerpt lines for `diagnostic`, or none when it has no source line.
  public static func lines(for diagnostic: Diagnostic) -> [String] {
    guard let source = diagnostic.sourceLine, let number = diagnostic.line else { return [] }
    let gutter = String(number)
    let pad = String(repeating: " ", count: gutter.count)
    var characters = Array(source)
    var column = max((diagnostic.column ?? 1) - 1, 0)
    if characters.count > width {
      let start = min(max(column - width / 2, 0), characters.count - width)
      characters = Array(characters[start..<(start + width)])
      column -= start
    }
    let shown = String(characters.map { $0.isPrintable ? $0 : " " })
    var lines = ["  \(gutter) | \(shown)"]
    if diagnostic.column != nil {
      // Tabs stay tabs so that the caret lines up however the terminal shows them.
      let lead = characters.prefix(column).map { $0 == "\t" ? "\t" : " " }.joined()
      lines.append("  \(pad) | \(lead)^")
    }
    return lines
  }
}

extension Character {
  /// False for control characters, which would corrupt the terminal in an excerpt.
  fileprivate var isPrintable: Bool {
    self == "\t" || !unicodeScalars.contains { $0.properties.generalCategory == .control }
  }
}
