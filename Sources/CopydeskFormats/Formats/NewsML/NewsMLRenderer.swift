import CopydeskAST
import CopydeskCore
import CopydeskReader
import CopydeskXML
import Foundation

/// Renders a story as a NewsML-G2 2.35 `newsItem` (Power conformance) that the official
/// IPTC schema accepts: item metadata, content metadata in schema order, and a content set
/// with an XHTML (or NITF) body and a plain-text rendition.
struct NewsMLRenderer {
  /// The `newsItem` document of `article`.
  func render(_ article: Article, context: RenderContext) throws(Diagnostic) -> RenderedOutput {
    var warnings: [Diagnostic] = []
    let item = try Self.newsItem(article, context: context, warnings: &warnings)
    return RenderedOutput(data: XMLWriter.serialize(item), warnings: warnings)
  }

  /// The `newsItem` element of a story, for a file of its own or a `newsMessage`.
  static func newsItem(
    _ article: Article, context: RenderContext, warnings: inout [Diagnostic]
  ) throws(Diagnostic) -> XMLElement {
    let metadata = article.metadata
    var item = XMLElement(
      "newsItem", namespace: NewsMLVocabulary.namespace,
      attributes: [
        XMLAttribute("guid", metadata.id), XMLAttribute("version", String(metadata.version)),
        XMLAttribute("standard", "NewsML-G2"),
        XMLAttribute("standardversion", NewsMLVocabulary.standardVersion),
        XMLAttribute("conformance", "power"), XMLAttribute("xml:lang", metadata.language),
      ])
    var children = [
      G2.element("catalogRef", [("href", NewsMLVocabulary.catalogHref)]),
      G2.element(
        "catalog", [],
        [
          G2.element(
            "scheme",
            [
              ("alias", NewsMLVocabulary.roleScheme.alias),
              ("uri", NewsMLVocabulary.roleScheme.uri),
            ])
        ]),
    ]
    if let rights = rightsInfo(metadata.rights) { children.append(rights) }
    children.append(itemMeta(metadata, context: context, warnings: &warnings))
    children.append(contentMeta(metadata, context: context))
    children.append(try contentSet(article, context: context, warnings: &warnings))
    item.children = children.map { .element($0) }
    return item
  }

  private static func rightsInfo(_ rights: Rights?) -> XMLElement? {
    guard let rights, rights.holder != nil || rights.notice != nil || rights.usage != nil else {
      return nil
    }
    var children: [XMLElement] = []
    if let holder = rights.holder { children.append(G2.named("copyrightHolder", holder)) }
    if let notice = rights.notice { children.append(G2.text("copyrightNotice", notice)) }
    if let usage = rights.usage { children.append(G2.text("usageTerms", usage)) }
    return G2.element("rightsInfo", [], children)
  }
}
