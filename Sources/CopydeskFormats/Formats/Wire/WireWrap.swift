/// Word wrapping for wire text (standards.md §3.3: 69 characters, word boundaries, hyphenated
/// words never broken, as dpa's converter does with `break_on_hyphens=False`).
enum WireWrap {
  /// The line width of every wire profile.
  static let width = 69

  /// The telex start and end-of-message markers (receivers.md, IPTC 7901): a line that begins
  /// with one is indented by a space so that no receiver takes it for framing.
  static let telexMarkers = ["ZCZC", "NNNN"]

  /// Wraps `text` into lines of at most `width` characters including their prefixes.
  ///
  /// A word longer than a whole line is broken across lines, as dpa's converter
  /// (`textwrap.fill`) does, so no line ever exceeds the width.
  static func wrap(
    _ text: String, firstPrefix: String = "", prefix: String = "", width: Int = width
  ) -> [String] {
    // Words are found on the UTF-8 bytes: a space or a line feed is never part of a
    // grapheme cluster with its neighbours, and byte splitting is many times faster.
    let words = text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map { Substring($0) }
    var lines: [String] = []
    var current = firstPrefix
    var length = firstPrefix.count
    var currentHasWord = false
    func startLine() {
      lines.append(current)
      current = prefix
      length = prefix.count
      currentHasWord = false
    }
    for word in words {
      var word = word
      var wordLength = word.utf8.allSatisfy { $0 < 0x80 } ? word.utf8.count : word.count
      if currentHasWord, length + 1 + wordLength > width { startLine() }
      if !currentHasWord, current.isEmpty, startsWithMarker(word) {
        current = " "
        length = 1
      }
      // A word that cannot fit even on a line of its own is broken at the width.
      while length + (currentHasWord ? 1 : 0) + wordLength > width, !currentHasWord {
        let room = max(1, width - length)
        current += word.prefix(room)
        lines.append(current)
        word = word.dropFirst(room)
        wordLength -= room
        current = prefix
        length = prefix.count
      }
      if wordLength == 0 { continue }
      if currentHasWord {
        current += " "
        length += 1
      }
      current += word
      length += wordLength
      currentHasWord = true
    }
    if currentHasWord || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// `line`, indented by a space when it begins with a telex marker (`NNNN`, `ZCZC`).
  static func clearOfMarkers(_ line: String) -> String {
    startsWithMarker(line[...]) ? " " + line : line
  }

  private static func startsWithMarker(_ text: Substring) -> Bool {
    telexMarkers.contains(text.prefix(4).uppercased())
  }
}
