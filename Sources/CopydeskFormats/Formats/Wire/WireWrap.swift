import CopydeskCore

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
    var text = text
    if let lines = text.withUTF8({ bytes in
      ASCIIWrap(firstPrefix: firstPrefix, prefix: prefix, width: width)?.wrap(bytes)
    }) {
      return lines
    }
    return wrapCharacters(text, firstPrefix: firstPrefix, prefix: prefix, width: width)
  }

  /// `wrap` counting characters, for any text; the ASCII path must give the same lines.
  static func wrapCharacters(
    _ text: String, firstPrefix: String, prefix: String, width: Int
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

  static func startsWithMarker(_ text: Substring) -> Bool {
    telexMarkers.contains(text.prefix(4).uppercased())
  }
}

/// `WireWrap.wrap` for ASCII text and prefixes, where a character is a byte: the same lines,
/// laid out on the bytes in one reused buffer without splitting the text into substrings.
private struct ASCIIWrap {
  let firstPrefix: [UInt8]
  let prefix: [UInt8]
  let width: Int

  /// Nil unless both prefixes are ASCII.
  init?(firstPrefix: String, prefix: String, width: Int) {
    guard firstPrefix.utf8.allSatisfy({ $0 < 0x80 }), prefix.utf8.allSatisfy({ $0 < 0x80 })
    else { return nil }
    self.firstPrefix = Array(firstPrefix.utf8)
    self.prefix = Array(prefix.utf8)
    self.width = width
  }

  /// The wrapped lines, or nil when the text is not ASCII.
  func wrap(_ text: UnsafeBufferPointer<UInt8>) -> [String]? {
    guard !ByteScan.any(text, where: { ByteScan.flag($0 >= 0x80) }) else { return nil }
    if Self.isSingleSpaced(text), let lines = wrapSingleSpaced(text) { return lines }
    var line = Line(start: firstPrefix, width: width)
    var start = 0
    while start < text.count {
      guard text[start] != 0x20, text[start] != 0x0A else {
        start += 1
        continue
      }
      var end = start
      while end < text.count, text[end] != 0x20, text[end] != 0x0A { end += 1 }
      place(UnsafeBufferPointer(rebasing: text[start..<end]), on: &line)
      start = end
    }
    if line.hasWord || line.finished.isEmpty { line.finish(startingNext: prefix) }
    return line.finished
  }

  /// True when the text is words separated by single spaces: no line feed, no space at
  /// either end or after another.
  private static func isSingleSpaced(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = text.first, let last = text.last, first != 0x20, last != 0x20 else {
      return false
    }
    // One pass without early exits, which the compiler vectorizes.
    var odd = ByteScan.flag(first == 0x0A)
    for index in 1..<text.count {
      odd |=
        ByteScan.flag(text[index] == 0x0A)
        | (ByteScan.flag(text[index] == 0x20) & ByteScan.flag(text[index - 1] == 0x20))
    }
    return odd == 0
  }

  /// The lines of single-spaced text, found a line at a time, or nil for a word too long.
  ///
  /// Each line holds the longest run of whole words that fits, as placing word after word
  /// gives. A word longer than its line is left to the word-by-word path, which breaks it.
  private func wrapSingleSpaced(_ text: UnsafeBufferPointer<UInt8>) -> [String]? {
    var lines: [String] = []
    var buffer: [UInt8] = []
    buffer.reserveCapacity(width + 1)
    var start = 0
    while start < text.count {
      let lead = lines.isEmpty ? firstPrefix : prefix
      let rest = UnsafeBufferPointer(rebasing: text[start...])
      let marked = lead.isEmpty && Self.startsWithMarker(rest)
      let room = width - lead.count - (marked ? 1 : 0)
      var end = text.count
      if end - start > room {
        // The last space at or before the width ends the line; a line starts with a word.
        end = start + room
        while end > start, text[end] != 0x20 { end -= 1 }
        guard end > start else { return nil }
      }
      buffer.removeAll(keepingCapacity: true)
      buffer += lead
      if marked { buffer.append(0x20) }
      buffer += UnsafeBufferPointer(rebasing: text[start..<end])
      lines.append(String(decoding: buffer, as: UTF8.self))
      start = end + 1
    }
    return lines
  }

  private func place(_ word: UnsafeBufferPointer<UInt8>, on line: inout Line) {
    var word = word
    if line.hasWord, line.bytes.count + 1 + word.count > width {
      line.finish(startingNext: prefix)
    }
    if !line.hasWord, line.bytes.isEmpty, Self.startsWithMarker(word) {
      line.bytes.append(0x20)
    }
    // A word that cannot fit even on a line of its own is broken at the width.
    while !line.hasWord, line.bytes.count + word.count > width {
      let room = max(1, width - line.bytes.count)
      line.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: word.prefix(room)))
      line.finish(startingNext: prefix)
      word = UnsafeBufferPointer(rebasing: word.dropFirst(room))
    }
    guard !word.isEmpty else { return }
    if line.hasWord { line.bytes.append(0x20) }
    line.bytes.append(contentsOf: word)
    line.hasWord = true
  }

  /// `WireWrap.startsWithMarker` on ASCII bytes: the first four, in either case.
  private static func startsWithMarker(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard word.count >= 4 else { return false }
    return WireWrap.telexMarkers.contains { marker in
      zip(marker.utf8, word).allSatisfy { $0 == $1 || $0 | 0x20 == $1 }
    }
  }

  /// The line being filled and the lines before it.
  private struct Line {
    var bytes: [UInt8]
    var hasWord = false
    var finished: [String] = []

    init(start: [UInt8], width: Int) {
      bytes = start
      bytes.reserveCapacity(width + 1)
    }

    /// Ends the line and starts the next with `prefix`, keeping the buffer.
    mutating func finish(startingNext prefix: [UInt8]) {
      finished.append(String(decoding: bytes, as: UTF8.self))
      bytes.removeAll(keepingCapacity: true)
      bytes.append(contentsOf: prefix)
      hasWord = false
    }
  }
}
