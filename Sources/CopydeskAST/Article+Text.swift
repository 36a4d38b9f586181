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
  ///
  /// The same count as `countWords(in:)` of each block's `plainText`, counted on the text
  /// where it lies instead of on a copy joined for it.
  public var wordCount: Int {
    var counter = WordCounter()
    for block in body { counter.add(block) }
    return counter.count
  }

  /// Counts runs of non-space characters that contain a letter or a digit (any non-ASCII
  /// character counts as a letter, so every script is counted).
  public static func countWords(in text: String) -> Int {
    var counter = WordCounter()
    counter.add(text)
    counter.endWord()
    return counter.count
  }
}
