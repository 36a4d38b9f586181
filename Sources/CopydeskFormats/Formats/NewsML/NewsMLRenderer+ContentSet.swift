import CopydeskAST
import CopydeskCore
import CopydeskReader
import CopydeskXML
import Foundation

extension NewsMLRenderer {
  /// `contentSet`: the story as plain text in `inlineData`, then the body in `inlineXML`
  /// (one root element, with `wordcount`).
  ///
  /// The text comes first: receivers that keep the last rendition they read (Superdesk's
  /// NewsML-G2 ingest) then keep the marked-up body.
  static func contentSet(
    _ article: Article, context: RenderContext, warnings: inout [Diagnostic]
  ) throws(Diagnostic) -> XMLElement {
    let wordCount = String(context.wordCount(of: article))
    let body: XMLElement
    let contentType: String
    switch context.options[NewsMLSettings.self].body {
    case .xhtml:
      body = try xhtmlBody(article, context: context, warnings: &warnings)
      contentType = "application/xhtml+xml"
    case .nitf:
      body = NITFBody.document(article, site: context.site)
      contentType = "application/nitf+xml"
    }
    var inlineXML = G2.element(
      "inlineXML", [("contenttype", contentType), ("wordcount", wordCount)])
    inlineXML.children = [.element(body)]
    let plainText = PlainText.render(article.body)
    let inlineData = G2.text(
      "inlineData", plainText, [("contenttype", "text/plain"), ("wordcount", wordCount)])
    return G2.element("contentSet", [], [inlineData, inlineXML])
  }

  /// An XHTML 1.0 Strict document whose body is the story's picture and body fragment.
  ///
  /// The fragment is written as XHTML and read back through libxml2. The headline lives in
  /// `contentMeta`, not in the body, as IPTC's own generator does (standards.md §1.5).
  private static func xhtmlBody(
    _ article: Article, context: RenderContext, warnings: inout [Diagnostic]
  ) throws(Diagnostic) -> XMLElement {
    var renderer = HTMLBodyRenderer(
      sourceFile: context.sourceFile, absoluteBase: context.site.baseURL, xhtml: true)
    var fragment = ""
    if let image = article.metadata.image { renderer.figure(image, to: &fragment) }
    fragment += renderer.render(article.body)
    warnings += renderer.warnings
    let wrapped = "<body xmlns=\"\(NewsMLVocabulary.xhtmlNamespace)\">\n\(fragment)</body>"
    let body: XMLElement
    do {
      body = try XMLReader.parse(Data(wrapped.utf8), fileName: context.sourceFile)
    } catch {
      throw Diagnostic(
        .error, file: context.sourceFile,
        message:
          "the XHTML body is not well-formed: \(error.problems.map(\.message).joined(separator: "; "))"
      )
    }
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
