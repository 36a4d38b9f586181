import CopydeskAST
import CopydeskCore
import CopydeskReader
import CopydeskXML

extension NewsMLRenderer {
  /// `contentSet`: the story as plain text in `inlineData`, then the body in `inlineXML`
  /// (one root element, with `wordcount`).
  ///
  /// The text comes first: receivers that keep the last rendition they read (Superdesk's
  /// NewsML-G2 ingest) then keep the marked-up body.
  static func contentSet(
    _ article: Article, context: RenderContext, warnings: inout [Diagnostic]
  ) -> XMLElement {
    let wordCount = String(context.wordCount(of: article))
    let body: XMLElement
    let contentType: String
    switch context.options[NewsMLSettings.self].body {
    case .xhtml:
      body = xhtmlBody(article, context: context, warnings: &warnings)
      contentType = "application/xhtml+xml"
    case .nitf:
      body = NITFBody.document(article, site: context.site)
      contentType = "application/nitf+xml"
    }
    var inlineXML = G2.element(
      "inlineXML", [("contenttype", contentType), ("wordcount", wordCount)])
    inlineXML.children = [.element(body)]
    let plainText = context.plainText(of: article)
    let inlineData = G2.text(
      "inlineData", plainText, [("contenttype", "text/plain"), ("wordcount", wordCount)])
    return G2.element("contentSet", [], [inlineData, inlineXML])
  }

  /// An XHTML 1.0 Strict document whose body is the story's picture and body.
  ///
  /// The body is built as elements (`XHTMLTree`), never written as text and parsed back. The
  /// headline lives in `contentMeta`, not in the body, as IPTC's own generator does
  /// (standards.md §1.5).
  private static func xhtmlBody(
    _ article: Article, context: RenderContext, warnings: inout [Diagnostic]
  ) -> XMLElement {
    var renderer = HTMLBodyRenderer(
      sourceFile: context.sourceFile, absoluteBase: context.site.baseURL, xhtml: true)
    var tree = XHTMLTree()
    tree.text("\n")
    if let image = article.metadata.image { renderer.figure(image, to: &tree) }
    renderer.write(article.body, to: &tree)
    warnings += renderer.warnings
    let body = XMLElement(
      "body", namespace: NewsMLVocabulary.xhtmlNamespace, children: tree.nodes)
    var html = XMLElement(
      "html", namespace: NewsMLVocabulary.xhtmlNamespace,
      attributes: [XMLAttribute("lang", article.metadata.language)])
    html.children = [
      .element(
        XMLElement("head", children: [.element(G2.text("title", article.metadata.headline))])),
      .element(body),
    ]
    return html
  }
}
