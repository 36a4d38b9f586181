import Testing

@testable import CopydeskFormats

/// The ASCII fast path of wire wrapping lays out exactly the lines the character-counting
/// path does (standards.md §3.3: 69 characters, words never broken unless longer than a line).
@Suite struct WireWrapTests {
  /// Seeded text: words of 1 to 80 letters (some hyphenated, some telex markers), runs of
  /// spaces and line feeds.
  static func text(seed: UInt64) -> String {
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let pieces = ["NNNN", "zczc", "ZcZc-x", "nnnNews", "NNN", "a-b-c", "well-known", ""]
    var text = ""
    for _ in 0..<next(60) {
      let word =
        next(5) == 0
        ? pieces[next(pieces.count)]
        : String(repeating: "x", count: 1 + (next(10) == 0 ? next(80) : next(12)))
      text += word + [" ", " ", "  ", "\n", " \n "][next(5)]
    }
    return text
  }

  /// Each text as it is and with single spaces between its words, which the ASCII path lays
  /// out a line at a time.
  @Test(arguments: 0..<200)
  func theASCIIPathGivesTheCharacterPathsLines(_ seed: Int) {
    let text = Self.text(seed: UInt64(seed))
    let singleSpaced = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(
      separator: " ")
    for text in [text, singleSpaced] {
      for (first, prefix, width) in [
        ("", "", 69), ("   ", "", 69), ("* ", "  ", 20), ("", "> ", 5), ("", "", 12),
      ] {
        #expect(
          WireWrap.wrap(text, firstPrefix: first, prefix: prefix, width: width)
            == WireWrap.wrapCharacters(text, firstPrefix: first, prefix: prefix, width: width),
          "seed \(seed), prefixes '\(first)' '\(prefix)', width \(width): \(text)")
      }
    }
  }
}
