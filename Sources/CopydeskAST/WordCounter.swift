/// Counts words in text fed to it piece by piece, as if the pieces were one text: a word is a
/// run of non-space bytes holding a letter or a digit (any non-ASCII byte counts as a letter).
struct WordCounter {
  /// The words ended so far.
  private(set) var count = 0
  private var inWord = false
  private var wordHasLetter = false

  /// Feeds `text`; a word it ends with may go on in the next piece.
  mutating func add(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      Self.kinds.withUnsafeBufferPointer { kinds in
        // Without a branch per byte: the byte's kind comes from the table and the state (in
        // locals, so in registers) moves on by arithmetic.
        var count = count
        var inWord = inWord ? 1 : 0
        var wordHasLetter = wordHasLetter ? 1 : 0
        for byte in bytes {
          let kind = Int(kinds[Int(byte)])
          let isSpace = kind == 0 ? 1 : 0
          count &+= isSpace & inWord & wordHasLetter
          inWord = isSpace ^ 1
          wordHasLetter = (wordHasLetter | (kind & 1)) & inWord
        }
        self.count = count
        self.inWord = inWord == 1
        self.wordHasLetter = wordHasLetter == 1
      }
    }
  }

  /// Each byte's kind: 0 for white space (space, tab, line feed, vertical tab, form feed,
  /// carriage return), 1 for an ASCII letter or digit or any non-ASCII byte, 2 for the rest.
  private static let kinds: [UInt8] = (0...255).map { byte -> UInt8 in
    if byte == 0x20 || (0x09...0x0D).contains(byte) { return 0 }
    let lowered = byte | 0x20
    return byte >= 0x80 || (0x30...0x39).contains(byte) || (0x61...0x7A).contains(lowered) ? 1 : 2
  }

  /// Ends the current word, as a space would.
  mutating func endWord() {
    if inWord && wordHasLetter { count += 1 }
    inWord = false
    wordHasLetter = false
  }

  /// Feeds a block's plain text (`Block.plainText`), and ends its last word: the texts
  /// that text joins are separated by white space, so each ends a word too.
  mutating func add(_ block: Block) {
    switch block {
    case .paragraph(let content), .heading(_, let content): add(content)
    case .blockQuote(let blocks): for nested in blocks { add(nested) }
    case .list(_, _, _, let items): for item in items { for nested in item { add(nested) } }
    case .codeBlock(_, let text): add(text)
    case .thematicBreak: break
    case .table(let header, let rows, _):
      for row in [header] + rows {
        for cell in row {
          add(cell)
          endWord()
        }
      }
    case .figure(let image):
      add(image.caption ?? "")
      endWord()
      add(image.credit ?? "")
    }
    endWord()
  }

  /// Feeds inlines' plain text (`[Inline].plainText`): what `withoutStruckText` keeps.
  mutating func add(_ inlines: [Inline]) {
    for inline in inlines.withoutStruckText {
      switch inline {
      case .text(let text), .code(let text): add(text)
      case .strikethrough: break
      case .emphasis(let content), .strong(let content), .link(_, _, let content): add(content)
      case .image(_, _, let alt): add(alt)
      case .lineBreak, .softBreak: endWord()
      }
    }
  }
}
