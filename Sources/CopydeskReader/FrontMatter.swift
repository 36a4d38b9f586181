import CopydeskCore

/// A story's text split into its YAML front matter and its Markdown body.
struct FrontMatter {
  /// The YAML between the `---` lines, nil when the file has no front matter.
  var yaml: String?
  /// The Markdown after the closing `---` line.
  var body: String
  /// The file line of the body's first line (1 when there is no front matter).
  var bodyFirstLine: Int

  /// Splits text whose line ends are already LF.
  ///
  /// Front matter is recognised only when the
  /// very first line is `---` (story-format.md §1); later `---` lines are thematic breaks.
  static func split(_ text: String, fileName: String) throws(Diagnostic) -> FrontMatter {
    // Lines are found on the UTF-8 bytes; only the delimiter lines are compared as text.
    let bytes = text.utf8
    guard let firstEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? Optional(bytes.endIndex),
      isDelimiter(text[text.startIndex..<firstEnd])
    else {
      return FrontMatter(yaml: nil, body: text, bodyFirstLine: 1)
    }
    var lineStart = firstEnd < bytes.endIndex ? bytes.index(after: firstEnd) : firstEnd
    var lineNumber = 2
    while lineStart < bytes.endIndex {
      let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
      let line = text[lineStart..<lineEnd]
      if isDelimiter(line) || line.utf8.elementsEqual("...".utf8) {
        let yamlStart = bytes.index(after: firstEnd)
        let yamlEnd = lineStart > yamlStart ? bytes.index(before: lineStart) : yamlStart
        let bodyStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
        return FrontMatter(
          yaml: String(text[yamlStart..<yamlEnd]), body: String(text[bodyStart...]),
          bodyFirstLine: lineNumber + 1)
      }
      lineStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
      lineNumber += 1
    }
    throw Diagnostic(
      .error, file: fileName, line: 1,
      message:
        "the front matter opened here is never closed; expected a line '---' after the metadata")
  }

  /// `---` and nothing after it but spaces and tabs, compared on the line's bytes.
  private static func isDelimiter(_ line: Substring) -> Bool {
    let bytes = line.utf8
    return bytes.starts(with: "---".utf8)
      && bytes.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }
}
