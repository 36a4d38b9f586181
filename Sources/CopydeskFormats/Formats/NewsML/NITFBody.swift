import CopydeskAST
import CopydeskXML

/// Builds a NITF 3.6 document for `inlineXML` (official examples: LISTING_2, 22, 25):
/// `head/title`, then `body` with `body.head` (hedline, byline, dateline) and `body.content`.
enum NITFBody {
  /// The `<nitf>` element for an article.
  static func document(_ article: Article) -> XMLElement {
    let metadata = article.metadata
    var hedline = [G2.text("hl1", metadata.headline)]
    if let subhead = metadata.subhead { hedline.append(G2.text("hl2", subhead)) }
    var head = [G2.element("hedline", [], hedline)]
    if !metadata.byline.isEmpty { head.append(G2.text("byline", CreditLine.text(metadata.byline))) }
    if let dateline = metadata.dateline {
      head.append(G2.element("dateline", [], [G2.text("location", dateline.textWithAgency)]))
    }
    var nitf = XMLElement("nitf", namespace: NewsMLVocabulary.nitfNamespace)
    nitf.children = [
      .element(G2.element("head", [], [G2.text("title", metadata.headline)])),
      .element(
        G2.element(
          "body", [],
          [
            G2.element("body.head", [], head),
            G2.element("body.content", [], article.body.flatMap(blocks)),
          ])),
    ]
    return nitf
  }

  private static func blocks(_ block: Block) -> [XMLElement] {
    switch block {
    case .paragraph(let content): return [element("p", content)]
    case .heading(_, let content): return [element("hl2", content)]
    case .blockQuote(let inner):
      return [G2.element("bq", [], [G2.element("block", [], inner.flatMap(blocks))])]
    case .list(let ordered, _, let items):
      return [
        G2.element(
          ordered ? "ol" : "ul", [],
          items.map { item in
            XMLElement("li", children: inlinesOfItem(item))
          })
      ]
    case .codeBlock(_, let text): return [G2.text("pre", text)]
    case .thematicBreak: return []
    case .table(let header, let rows, _):
      let headerRow = G2.element("tr", [], header.map { element("th", $0) })
      return [
        G2.element(
          "table", [], [headerRow] + rows.map { G2.element("tr", [], $0.map { element("td", $0) }) }
        )
      ]
    case .figure(let image):
      var media = [
        G2.element("media-reference", [("source", image.url), ("alternate-text", image.alt ?? "")])
      ]
      if let caption = image.caption { media.append(G2.text("media-caption", caption)) }
      if let credit = image.credit { media.append(G2.text("media-producer", credit)) }
      return [G2.element("media", [("media-type", "image")], media)]
    }
  }

  /// NITF list items hold enriched text, so an item's blocks are joined as inline text.
  private static func inlinesOfItem(_ item: [Block]) -> [XMLNode] {
    item.enumerated().flatMap { index, block -> [XMLNode] in
      let separator: [XMLNode] = index == 0 ? [] : [.text(" ")]
      if case .paragraph(let content) = block { return separator + inlines(content) }
      return separator + [.text(block.plainText)]
    }
  }

  private static func element(_ name: String, _ content: [Inline]) -> XMLElement {
    XMLElement(name, children: inlines(content))
  }

  private static func inlines(_ content: [Inline]) -> [XMLNode] {
    content.flatMap { inline -> [XMLNode] in
      switch inline {
      case .text(let text): [.text(text)]
      case .emphasis(let inner): [.element(element("em", inner))]
      case .strong(let inner): [.element(element("strong", inner))]
      case .strikethrough: []
      case .code(let text): [.text(text)]
      case .link(let url, _, let inner):
        if let safe = URLPolicy.safeURL(url) {
          [
            .element(
              XMLElement("a", attributes: [XMLAttribute("href", safe)], children: inlines(inner)))
          ]
        } else {
          inlines(inner)
        }
      case .image(_, _, let alt): [.text(alt)]
      case .lineBreak: [.element(XMLElement("br"))]
      case .softBreak: [.text(" ")]
      }
    }
  }
}
