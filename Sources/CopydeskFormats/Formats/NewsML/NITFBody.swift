import CopydeskAST
import CopydeskXML

/// Builds a NITF 3.6 document for `inlineXML` (official examples: LISTING_2, 22, 25), valid
/// against `nitf-3-6.xsd`: `head/title`, then `body` with `body.head` (hedline, byline,
/// dateline) and `body.content`, whose blocks sit in one `<block>` (Superdesk's ingest reads
/// `body.content/block/*`).
enum NITFBody {
  /// The `<nitf>` element for an article; the story's picture opens the body.
  static func document(_ article: Article, site: SiteSettings) -> XMLElement {
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
            G2.element(
              "body.content", [],
              [
                G2.element(
                  "block", [],
                  (article.metadata.image.flatMap { media($0, site: site) }.map { [$0] } ?? [])
                    + article.body.flatMap { blocks($0, site: site) })
              ]),
          ])),
    ]
    return nitf
  }

  private static func blocks(_ block: Block, site: SiteSettings) -> [XMLElement] {
    switch block {
    case .paragraph(let content): return [element("p", content)]
    case .heading(_, let content): return [element("hl2", content)]
    case .blockQuote(let inner):
      return [
        G2.element("bq", [], [G2.element("block", [], inner.flatMap { blocks($0, site: site) })])
      ]
    case .list(let ordered, _, _, let items):
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
      return media(image, site: site).map { [$0] } ?? []
    }
  }

  /// A picture as NITF `media`, its address made absolute against the site; nil when the
  /// address is not one a page may carry.
  private static func media(_ image: ImageReference, site: SiteSettings) -> XMLElement? {
    guard let safe = URLPolicy.safeURL(image.url) else { return nil }
    let source = URLPolicy.absolute(safe, baseURL: site.baseURL)
    var media = [
      G2.element("media-reference", [("source", source), ("alternate-text", image.alt ?? "")])
    ]
    if let caption = image.caption { media.append(G2.text("media-caption", caption)) }
    if let credit = image.credit { media.append(G2.text("media-producer", credit)) }
    return G2.element("media", [("media-type", "image")], media)
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

  /// NITF has no `strong` or `del`: emphasis is `<em class="italic">` and strong text
  /// `<em class="bold">` (as Superdesk's NITF formatter writes them); struck-through text is
  /// left out, with one space kept where it stood between two.
  private static func inlines(_ content: [Inline]) -> [XMLNode] {
    content.withoutStruckText.flatMap(node)
  }

  private static func node(_ inline: Inline) -> [XMLNode] {
    switch inline {
    case .text(let text): [.text(text)]
    case .emphasis(let inner): [.element(styled("italic", inner))]
    case .strong(let inner): [.element(styled("bold", inner))]
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

  private static func styled(_ style: String, _ content: [Inline]) -> XMLElement {
    XMLElement("em", attributes: [XMLAttribute("class", style)], children: inlines(content))
  }
}
