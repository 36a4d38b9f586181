import CopydeskXML
import Foundation
import Testing

/// `XMLWriter` writes what libxml2's serialiser wrote for the same tree (xmlsave.c, formatting
/// on, UTF-8), and a receiver parsing it with libxml2 reads back the tree it was given.
@Suite struct XMLWriterTests {
  static func written(_ root: XMLElement) -> String {
    String(decoding: XMLWriter.serialize(root), as: UTF8.self)
  }

  static func element(_ name: String, _ children: XMLNode...) -> XMLElement {
    XMLElement(name, children: children)
  }

  /// An element holding only elements puts each on its own line, two spaces a level; one
  /// holding text is written as it stands, all the way down, as xmlsave.c's `format` does.
  @Test func elementOnlyContentIsIndentedAndMixedContentIsNot() {
    let root = Self.element(
      "root",
      .element(Self.element("empty")),
      .element(Self.element("list", .element(Self.element("item", .text("one"))))),
      .element(
        Self.element(
          "p", .text("Hello "),
          .element(Self.element("b", .element(Self.element("i", .text("big"))))),
          .text(" world"))),
      .element(Self.element("blank", .text(""))))
    #expect(
      Self.written(root) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <root>
          <empty/>
          <list>
            <item>one</item>
          </list>
          <p>Hello <b><i>big</i></b> world</p>
          <blank></blank>
        </root>

        """)
  }

  /// libxml2 indents at most 30 levels deep (`MAX_INDENT`, 60 spaces).
  @Test func indentationStopsAtThirtyLevels() {
    var element = Self.element("leaf")
    for _ in 0..<34 { element = Self.element("e", .element(element)) }
    let lines = Self.written(element).split(separator: "\n")
    let indents = lines.map { $0.prefix { $0 == " " }.count }
    #expect(indents.max() == 60)
    #expect(lines.contains { $0 == String(repeating: " ", count: 60) + "<leaf/>" })
    #expect(indents.filter { $0 == 60 }.count == 9)
  }

  /// `& < >` and carriage returns become references in text; attribute values also escape
  /// `"`, tabs and line feeds, which a parser would turn into spaces (XML 1.0 §3.3.3).
  @Test func textAndAttributesAreEscapedAsLibxml2EscapesThem() {
    let value = "a<b>&c\"d'e\r\n\tf"
    let root = XMLElement("r", attributes: [XMLAttribute("v", value)], children: [.text(value)])
    #expect(
      Self.written(root) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <r v="a&lt;b&gt;&amp;c&quot;d'e&#13;&#10;&#9;f">a&lt;b&gt;&amp;c"d'e&#13;\n\tf</r>

        """)
  }

  /// C0 controls other than tab and line ends, U+FFFE and U+FFFF are removed (XML 1.0 §2.2,
  /// `Char`); other characters, near neighbours in UTF-8 included, are kept as UTF-8.
  @Test func charactersXMLForbidsAreRemoved() {
    let kept = "\u{FFFD}\u{F000}\u{EFFF}\u{7F}\u{85}é東🙂"
    let value = "\u{0}\u{1}x\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF}" + kept
    let root = XMLElement("r", attributes: [XMLAttribute("v", value)], children: [.text(value)])
    #expect(
      Self.written(root) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <r v="x\(kept)">x\(kept)</r>

        """)
  }

  /// A default namespace is declared where it changes, before the attributes, and not again
  /// where a child inherits it or names the same one.
  @Test func namespacesAreDeclaredWhereTheyChange() {
    let root = XMLElement(
      "a", namespace: "urn:one", attributes: [XMLAttribute("xml:lang", "fr")],
      children: [
        .element(XMLElement("b", namespace: "urn:one")),
        .element(
          XMLElement(
            "c", namespace: "urn:two", attributes: [XMLAttribute("k", "v")],
            children: [.element(XMLElement("d"))])),
      ])
    #expect(
      Self.written(root) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <a xmlns="urn:one" xml:lang="fr">
          <b/>
          <c xmlns="urn:two" k="v">
            <d/>
          </c>
        </a>

        """)
  }

  /// Random trees of hostile text, parsed back with libxml2 as a receiver parses them, give
  /// the same elements, namespaces, attributes and text (less forbidden characters).
  @Test func randomTreesReadBackAsWritten() throws {
    var generator = RandomTrees(seed: 19)
    for round in 0..<2_000 {
      let tree = generator.element(depth: 0)
      let data = XMLWriter.serialize(tree)
      let read = try XMLReader.parse(data, fileName: "round-\(round).xml")
      let expected = RandomTrees.asRead(tree, namespace: nil)
      #expect(
        RandomTrees.normalised(read, like: expected) == expected,
        "round \(round): \(String(decoding: data, as: UTF8.self))")
    }
  }
}

/// Seeded random element trees, and the form a reader gives them back in.
private struct RandomTrees {
  static let pieces = [
    "a", " ", "<", ">", "&", "\"", "'", "\r", "\n", "\t", "\r\n", "]]>", "\u{1}", "\u{0}",
    "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "é", "東京", "🙂", "\u{7F}", "\u{85}", "\u{2028}", "&amp;",
    "x y", "",
  ]
  static let names = ["a", "b", "p", "newsItem", "x-y"]
  static let namespaces: [String?] = [nil, nil, nil, "urn:a", "urn:b"]

  var generator: RandomStoryPropertyTests.SeededGenerator

  init(seed: UInt64) { generator = .init(state: seed) }

  mutating func below(_ limit: Int) -> Int { Int.random(in: 0..<limit, using: &generator) }

  mutating func text() -> String {
    (0..<below(7)).map { _ in Self.pieces[below(Self.pieces.count)] }.joined()
  }

  mutating func element(depth: Int) -> XMLElement {
    var element = XMLElement(
      Self.names[below(Self.names.count)], namespace: Self.namespaces[below(Self.namespaces.count)])
    for index in 0..<below(4) {
      let name = below(5) == 0 ? "xml:lang" : "at\(index)"
      if !element.attributes.contains(where: { $0.name == name }) {
        element.attributes.append(XMLAttribute(name, text()))
      }
    }
    for _ in 0..<(depth > 6 ? 0 : below(4)) {
      element.children.append(
        below(3) == 0 ? .text(text()) : .element(self.element(depth: depth + 1)))
    }
    return element
  }

  /// `text` without the characters XML 1.0 forbids.
  static func allowed(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter {
          switch $0.value {
          case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
          default: false
          }
        }))
  }

  /// `element` as a parser returns it: namespaces resolved, forbidden characters gone, adjacent
  /// text joined and empty text dropped.
  static func asRead(_ element: XMLElement, namespace: String?) -> XMLElement {
    let namespace = element.namespace ?? namespace
    var read = XMLElement(
      element.name, namespace: namespace,
      attributes: element.attributes.map { XMLAttribute($0.name, allowed($0.value)) })
    for child in element.children {
      switch child {
      case .element(let childElement):
        read.children.append(
          .element(asRead(childElement, namespace: namespace)))
      case .text(let text):
        let kept = allowed(text)
        if kept.isEmpty { continue }
        if case .text(let previous) = read.children.last {
          read.children[read.children.count - 1] = .text(previous + kept)
        } else {
          read.children.append(.text(kept))
        }
      }
    }
    return read
  }

  /// `read` without source lines, and without the white space the writer put between the
  /// children of an element that `expected` shows holding only elements.
  static func normalised(_ read: XMLElement, like expected: XMLElement) -> XMLElement {
    var result = read
    result.line = nil
    let expectsText = expected.children.contains {
      if case .text = $0 { return true }
      return false
    }
    if !expectsText {
      result.children.removeAll {
        if case .text(let text) = $0 { return text.allSatisfy { $0 == " " || $0 == "\n" } }
        return false
      }
    }
    let expectedElements = expected.elements
    var index = 0
    result.children = result.children.map { child in
      guard case .element(let element) = child else { return child }
      defer { index += 1 }
      guard index < expectedElements.count else { return child }
      return .element(normalised(element, like: expectedElements[index]))
    }
    return result
  }
}
