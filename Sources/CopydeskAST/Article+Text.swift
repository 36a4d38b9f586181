extension Block {
  /// The text a reader sees in this block, without markup; nested blocks are separated
  /// by blank lines.
  public var plainText: String {
    switch self {
    case .paragraph(let content), .heading(_, let content): content.plainText
    case .blockQuote(let blocks): blocks.map(\.plainText).joined(separator: "\n\n")
    case .list(_, _, _, let items):
      items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
    case .codeBlock(_, let text): text
    case .thematicBreak: ""
    case .table(let header, let rows, _):
      ([header] + rows).map { $0.map(\.plainText).joined(separator: "\t") }.joined(separator: "\n")
    case .figure(let image): [image.caption, image.credit].compactMap { $0 }.joined(separator: " ")
    }
  }
}

extension Article {
  /// The number of words in the body: runs of letters or digits, as a reader counts them.
  public var wordCount: Int {
    body.reduce(0) { $0 + Article.countWords(in: $1.plainText) }
  }

  /// Counts runs of non-space characters that contain a letter or a digit (any non-ASCII
  /// character counts as a letter, so every script is counted).
  public static func countWords(in text: String) -> Int {
    var text = text
    return text.withUTF8(countWords(in:))
  }

  private static func countWords(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var inWord = false
    var wordHasLetter = false
    for byte in bytes {
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        if inWord && wordHasLetter { count += 1 }
        inWord = false
        wordHasLetter = false
      } else {
        inWord = true
        let lowered = byte | 0x20
        if byte >= 0x80 || (0x30...0x39).contains(byte) || (0x61...0x7A).contains(lowered) {
          wordHasLetter = true
        }
      }
    }
    return inWord && wordHasLetter ? count + 1 : count
  }
}
