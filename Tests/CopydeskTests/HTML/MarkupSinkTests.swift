import CopydeskAST
import CopydeskXML
import Foundation
import Testing

@testable import CopydeskFormats

/// The XHTML body built as elements (`XHTMLTree`, NewsML-G2's `inlineXML`) is the document an
/// XML receiver reads from the XHTML text (`HTMLText`): the same elements, attributes and
/// text, and the same warnings, for random bodies of every block and inline kind.
@Suite struct MarkupSinkTests {
  static let words = [
    "harbour", "vote", "<script>", "&amp;", "&", "<", ">", "\"", "'", "]]>", "<!--", "\u{01}",
    "\u{7F}", "\u{85}", "\u{FFFE}", "東京", "اجتماع", "🙂", "a\u{0301}", "  ", "\n",
  ]
  static let urls = [
    "https://example.com/a?b=1&c=2", "/relative", "javascript:alert(1)", "mailto:desk@example.com",
    "#anchor", "http://example.com/<x>", "data:text/html,x",
  ]

  struct Generator {
    var random: RandomStoryPropertyTests.SeededGenerator

    /// Words for element content; `attribute` leaves out line ends, which an XML parser turns
    /// into spaces in an attribute value and `XHTMLTree` keeps (`&#10;`).
    mutating func text(attribute: Bool = false) -> String {
      (0..<Int.random(in: 1...4, using: &random)).map { _ in
        let word = MarkupSinkTests.words.randomElement(using: &random) ?? "x"
        return attribute && word == "\n" ? "line" : word
      }.joined(separator: " ")
    }

    mutating func optional(_ make: (inout Self) -> String) -> String? {
      Bool.random(using: &random) ? make(&self) : nil
    }

    mutating func url() -> String {
      MarkupSinkTests.urls.randomElement(using: &random) ?? "/"
    }

    mutating func inlines(depth: Int) -> [Inline] {
      (0..<Int.random(in: 1...5, using: &random)).map { _ in
        switch Int.random(in: 0...(depth > 1 ? 4 : 9), using: &random) {
        case 0, 1: .text(text())
        case 2: .code(text())
        case 3: .softBreak
        case 4: .lineBreak
        case 5: .emphasis(inlines(depth: depth + 1))
        case 6: .strong(inlines(depth: depth + 1))
        case 7: .strikethrough(inlines(depth: depth + 1))
        case 8:
          .link(
            url: url(), title: optional { $0.text(attribute: true) },
            content: inlines(depth: depth + 1))
        default:
          .image(
            url: url(), title: optional { $0.text(attribute: true) },
            alt: Bool.random(using: &random) ? "" : text(attribute: true))
        }
      }
    }

    mutating func blocks(depth: Int) -> [Block] {
      (0..<Int.random(in: 0...5, using: &random)).map { _ in block(depth: depth) }
    }

    mutating func block(depth: Int) -> Block {
      switch Int.random(in: 0...(depth > 1 ? 3 : 8), using: &random) {
      case 0, 1: return .paragraph(inlines(depth: 0))
      case 2:
        return .heading(level: Int.random(in: 1...6, using: &random), content: inlines(depth: 0))
      case 3: return .codeBlock(language: optional { $0.text(attribute: true) }, text: text())
      case 4: return .thematicBreak
      case 5: return .blockQuote(blocks(depth: depth + 1))
      case 6:
        return .list(
          ordered: Bool.random(using: &random), start: Int.random(in: 0...3, using: &random),
          tight: Bool.random(using: &random),
          items: (0..<Int.random(in: 1...3, using: &random)).map { _ in blocks(depth: depth + 1) })
      case 7:
        let columns = Int.random(in: 1...3, using: &random)
        let alignments: [TableAlignment] = [.none, .left, .center, .right]
        return .table(
          header: (0..<columns).map { _ in inlines(depth: 0) },
          rows: (0..<Int.random(in: 0...2, using: &random)).map { _ in
            (0..<columns).map { _ in inlines(depth: 0) }
          },
          alignments: (0..<columns).map { _ in alignments.randomElement(using: &random) ?? .none })
      default:
        return .figure(
          image: ImageReference(
            url: url(), caption: optional { $0.text() }, credit: optional { $0.text() },
            alt: optional { $0.text(attribute: true) }))
      }
    }
  }

  static let namespace = "http://www.w3.org/1999/xhtml"

  @Test(arguments: 0..<300)
  func theTreeIsWhatAReceiverParsesFromTheText(seed: UInt64) throws {
    var generator = Generator(random: .init(state: seed))
    let blocks = generator.blocks(depth: 0)
    let dateline = generator.optional { $0.text() }

    var asText = HTMLBodyRenderer(
      sourceFile: "s.md", absoluteBase: "https://news.example.com", xhtml: true)
    let xhtml = asText.render(blocks, dateline: dateline)
    let parsed = try XMLReader.parse(
      Data("<body xmlns=\"\(Self.namespace)\">\n\(xhtml)</body>".utf8), fileName: "s.md")

    var asTree = HTMLBodyRenderer(
      sourceFile: "s.md", absoluteBase: "https://news.example.com", xhtml: true)
    var tree = XHTMLTree()
    tree.text("\n")
    asTree.write(blocks, dateline: dateline, to: &tree)
    let built = XMLElement("body", namespace: Self.namespace, children: tree.nodes)

    let fromText = String(decoding: XMLWriter.serialize(parsed), as: UTF8.self)
    let fromTree = String(decoding: XMLWriter.serialize(built), as: UTF8.self)
    #expect(fromTree == fromText, "seed \(seed): \(blocks)")
    #expect(asTree.warnings.map(\.message) == asText.warnings.map(\.message), "seed \(seed)")
  }
}
