import CopydeskCore

/// Refuses the few Markdown shapes the system's cmark-gfm parses in quadratic time, before it
/// sees them, so that no story under the size limit takes more than about a second to read.
///
/// News copy never has these shapes: a run of thousands of characters without a space (the
/// autolink extension rescans it at every `www.`), a table row with hundreds of columns (the
/// table extension), or a paragraph with thousands of brackets (link and image openers). Each
/// refusal names the line and says what the limit is. Fenced code is not inspected: cmark does
/// not parse inside it.
enum MarkdownShapeLimits {
  /// The longest run of characters without white space.
  static let longestWord = 4_096
  /// The most `|` characters on one line (a table row).
  static let tableColumns = 256
  /// The most `[` characters in one paragraph.
  static let bracketsPerParagraph = 1_000

  /// Throws a diagnostic at the first line of `body` that has a shape over its limit;
  /// `firstLine` is the body's line number in the file.
  static func check(_ body: String, fileName: String, firstLine: Int) throws(Diagnostic) {
    var body = body
    if let problem = body.withUTF8({
      mayExceed($0) ? firstProblem(in: $0, firstLine: firstLine) : nil
    }) {
      throw Diagnostic(.error, file: fileName, line: problem.line, message: problem.message)
    }
  }

  /// False when no shape can be over its limit, judged from the whole text.
  ///
  /// A line has no more `|` than the text, a paragraph no more `[`, and a run without white
  /// space counted in bytes is no shorter than in characters. Much faster than `firstProblem`,
  /// which follows lines, paragraphs and code fences byte by byte.
  private static func mayExceed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    ByteScan.count(of: UInt8(ascii: "|"), in: bytes) > tableColumns
      || ByteScan.count(of: UInt8(ascii: "["), in: bytes) > bracketsPerParagraph
      || ByteScan.mayHoldRun(longerThan: longestWord, in: bytes) {
        ByteScan.flag($0 == 0x20) | ByteScan.flag($0 == 0x0A) | ByteScan.flag($0 == 0x09)
          | ByteScan.flag($0 == 0x0D)
      }
  }

  /// The line and message of the first shape over its limit in the UTF-8 `bytes`.
  private static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) -> (
    line: Int, message: String
  )? {
    var line = firstLine
    var word = 0
    var pipes = 0
    var brackets = 0
    var lineStart = true
    var lineIsBlank = true
    var fence: UInt8? = nil
    var fenceRun = 0
    var inFence = false
    for byte in bytes {
      if lineStart {
        lineStart = false
        fence = byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~") ? byte : nil
        fenceRun = 0
      }
      if let opener = fence {
        if byte == opener {
          fenceRun += 1
        } else {
          if fenceRun >= 3 { inFence.toggle() }
          fence = nil
        }
      }
      switch byte {
      case 0x0A:
        if fence != nil, fenceRun >= 3 { inFence.toggle() }
        if lineIsBlank { brackets = 0 }
        line += 1
        word = 0
        pipes = 0
        lineStart = true
        lineIsBlank = true
        continue
      case 0x20, 0x09, 0x0D:
        word = 0
        continue
      default:
        lineIsBlank = false
      }
      if inFence { continue }
      // Characters, not bytes: UTF-8 continuation bytes do not lengthen the run.
      if byte & 0xC0 != 0x80 { word += 1 }
      if word > longestWord {
        return (
          line,
          "a run of more than \(longestWord) characters without a space; break it up (a long "
            + "address belongs in a link: [text](address)), or put it in a ``` code block"
        )
      }
      if byte == UInt8(ascii: "|") {
        pipes += 1
        if pipes > tableColumns {
          return (
            line,
            "a table row with more than \(tableColumns) columns; split the table, or put the "
              + "data in a ``` code block"
          )
        }
      } else if byte == UInt8(ascii: "[") {
        brackets += 1
        if brackets > bracketsPerParagraph {
          return (
            line,
            "a paragraph with more than \(bracketsPerParagraph) '[' characters; split it, or "
              + "write a literal bracket as \\["
          )
        }
      }
    }
    return nil
  }
}
