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
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, isDelimiter(first) else {
      return FrontMatter(yaml: nil, body: text, bodyFirstLine: 1)
    }
    lines.removeFirst()
    guard let closing = lines.firstIndex(where: { isDelimiter($0) || $0 == "..." }) else {
      throw Diagnostic(
        .error, file: fileName, line: 1,
        message: "the front matter opened here is never closed; expected a line '---' after "
          + "the metadata")
    }
    return FrontMatter(
      yaml: lines[..<closing].joined(separator: "\n"),
      body: lines[(closing + 1)...].joined(separator: "\n"),
      bodyFirstLine: closing + 3)
  }

  private static func isDelimiter(_ line: Substring) -> Bool {
    line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
  }
}
