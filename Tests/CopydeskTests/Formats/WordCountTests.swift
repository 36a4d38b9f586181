import CopydeskAST
import Testing

/// `Article.wordCount` counts on the AST's texts where they lie; it must agree with counting
/// each block's `plainText`, the text a reader sees, for any body.
@Suite struct WordCountTests {
  /// Pieces that start, end, join and split words: letters, digits, punctuation alone,
  /// spaces at either end, non-ASCII letters and marks, controls that count as space.
  static let pieces = [
    "harbour", " vote", "strike ", " ", "", "--", "42", "–", "…", "東京", "a\u{0301}", "x\ty",
    "line\nbreak", "\r", "word.", "(", ")", "🙂", "Erdoğan", "  two  ", "a-b", "\u{0B}",
  ]

  static func text(_ generator: inout RandomStoryPropertyTests.SeededGenerator) -> String {
    (0..<Int.random(in: 0...3, using: &generator)).map { _ in
      pieces.randomElement(using: &generator) ?? ""
    }.joined()
  }

  static func inlines(
    _ generator: inout RandomStoryPropertyTests.SeededGenerator, depth: Int = 0
  ) -> [Inline] {
    (0..<Int.random(in: 0...5, using: &generator)).map { _ in
      let nested = depth < 2 ? inlines(&generator, depth: depth + 1) : [.text(text(&generator))]
      switch Int.random(in: 0..<10, using: &generator) {
      case 0: return .emphasis(nested)
      case 1: return .strong(nested)
      case 2: return .strikethrough(nested)
      case 3: return .code(text(&generator))
      case 4: return .link(url: "https://example.com/", title: nil, content: nested)
      case 5: return .image(url: "photo.jpg", title: nil, alt: text(&generator))
      case 6: return .softBreak
      case 7: return .lineBreak
      default: return .text(text(&generator))
      }
    }
  }

  static func blocks(
    _ generator: inout RandomStoryPropertyTests.SeededGenerator, depth: Int = 0
  ) -> [Block] {
    (0..<Int.random(in: 0...4, using: &generator)).map { _ in
      let nested = depth < 2 ? blocks(&generator, depth: depth + 1) : []
      switch Int.random(in: 0..<8, using: &generator) {
      case 0: return .heading(level: 2, content: inlines(&generator))
      case 1: return .blockQuote(nested)
      case 2:
        return .list(ordered: false, start: 1, tight: true, items: [nested, nested.reversed()])
      case 3: return .codeBlock(language: nil, text: text(&generator))
      case 4: return .thematicBreak
      case 5:
        return .table(
          header: [inlines(&generator), inlines(&generator)],
          rows: [[inlines(&generator), inlines(&generator)]], alignments: [.none, .none])
      case 6:
        let caption = Bool.random(using: &generator) ? text(&generator) : nil
        let credit = Bool.random(using: &generator) ? text(&generator) : nil
        return .figure(
          image: ImageReference(url: "photo.jpg", caption: caption, credit: credit, alt: nil))
      default: return .paragraph(inlines(&generator))
      }
    }
  }

  static let metadata = Metadata(
    headline: "Count", slug: "count", id: "urn:example:count",
    date: Timestamp(secondsSinceEpoch: 0, offsetMinutes: 0))

  /// 2,000 random bodies: the count on the AST equals the count of each block's plain text.
  @Test func countsAsTheBlocksPlainTextReads() {
    var generator = RandomStoryPropertyTests.SeededGenerator(state: 19)
    for round in 0..<2000 {
      let article = Article(metadata: Self.metadata, body: Self.blocks(&generator))
      let expected = article.body.reduce(0) { $0 + Article.countWords(in: $1.plainText) }
      #expect(article.wordCount == expected, "round \(round): \(article.body)")
    }
  }

  /// Words split by markup are one word, struck-through text is not counted, and a table's
  /// cells and a figure's caption and credit are apart.
  @Test func countsWordsAcrossMarkup() {
    let article = Article(
      metadata: Self.metadata,
      body: [
        .paragraph([.text("dock"), .strong([.text("workers")]), .text(" walk out")]),
        .paragraph([.text("talks "), .strikethrough([.text("collapse")]), .text(" stall")]),
        .table(header: [[.text("a")], [.text("b")]], rows: [], alignments: [.none, .none]),
        .figure(image: ImageReference(url: "p.jpg", caption: "Quay", credit: "Desk", alt: nil)),
      ])
    #expect(article.wordCount == 3 + 2 + 2 + 2)
  }
}
