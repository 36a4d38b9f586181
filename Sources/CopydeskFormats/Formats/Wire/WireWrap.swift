/// Word wrapping for wire text (standards.md §3.3: 69 characters, word boundaries, hyphenated
/// words never broken, as dpa's converter does with `break_on_hyphens=False`).
enum WireWrap {
  /// The line width of every wire profile.
  static let width = 69

  /// Wraps `text` into lines of at most `width` characters including their prefixes; a
  /// single word longer than the room stands alone on its line.
  static func wrap(
    _ text: String, firstPrefix: String = "", prefix: String = "", width: Int = width
  ) -> [String] {
    // Words are found on the UTF-8 bytes: a space or a line feed is never part of a
    // grapheme cluster with its neighbours, and byte splitting is many times faster.
    let words = text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map { Substring($0) }
    let prefixLength = prefix.count
    var lines: [String] = []
    var current = firstPrefix
    var length = firstPrefix.count
    var currentHasWord = false
    for word in words {
      let wordLength = word.utf8.allSatisfy { $0 < 0x80 } ? word.utf8.count : word.count
      let candidateLength = length + (currentHasWord ? 1 : 0) + wordLength
      if candidateLength <= width || !currentHasWord {
        if currentHasWord { current += " " }
        current += word
        length = candidateLength
        currentHasWord = true
      } else {
        lines.append(current)
        current = prefix + word
        length = prefixLength + wordLength
      }
    }
    if currentHasWord || lines.isEmpty { lines.append(current) }
    return lines
  }
}
