import CopydeskAST
import CopydeskCore
import CopydeskReader
import CopydeskXML
import Foundation

/// Renders a story as a NewsML-G2 2.35 `newsItem` (Power conformance) that the official
/// IPTC schema accepts: item metadata, content metadata in schema order, and a content set
/// with a plain-text rendition followed by an XHTML (or NITF) body.
struct NewsMLRenderer {
  /// The story's item as its own document, or wrapped in a `newsMessage` with its picture
  /// item when `formats.newsml.envelope` is `message`.
  func render(_ article: Article, context: RenderContext) throws(Diagnostic) -> RenderedOutput {
    var warnings: [Diagnostic] = []
    let item = try Self.newsItem(article, context: context, warnings: &warnings)
    switch context.options[NewsMLSettings.self].envelope {
    case .item:
      return RenderedOutput(data: XMLWriter.serialize(item), warnings: warnings)
    case .message:
      let items = [item] + (NewsMLPicture.item(for: article, context: context).map { [$0] } ?? [])
      let message = NewsMessage.envelope(
        items, header: NewsMessage.Header(for: article, context: context))
      return RenderedOutput(data: XMLWriter.serialize(message), warnings: warnings)
    }
  }

  /// The `newsItem` element of a story, for a file of its own or a `newsMessage`.
  static func newsItem(
    _ article: Article, context: RenderContext, warnings: inout [Diagnostic]
  ) throws(Diagnostic) -> XMLElement {
    let metadata = article.metadata
    var item = G2.newsItem(
      guid: metadata.id, version: metadata.version, language: metadata.language)
    var children = G2.catalogs
    children.append(rightsInfo(metadata, site: context.site))
    children.append(itemMeta(metadata, context: context, warnings: &warnings))
    children.append(contentMeta(metadata, context: context))
    // A kill tells receivers to delete the item; it never sends the killed text again.
    if metadata.status != .canceled {
      children.append(contentSet(article, context: context, warnings: &warnings))
    }
    item.children = children.map { .element($0) }
    return item
  }

  /// `rightsInfo`, always written (as Superdesk's formatter does): the story's rights, else
  /// the configured publisher, else the agency of the dateline, else the provider id.
  static func rightsInfo(_ metadata: Metadata, site: SiteSettings) -> XMLElement {
    let rights = metadata.rights ?? Rights()
    var children: [XMLElement] = []
    if let holder = rights.holder ?? site.configuredPublisher ?? metadata.dateline?.agency {
      children.append(G2.named("copyrightHolder", holder))
    } else {
      children.append(G2.element("copyrightHolder", [("literal", site.providerID)]))
    }
    if let notice = rights.notice { children.append(G2.text("copyrightNotice", notice)) }
    if let usage = rights.usage { children.append(G2.text("usageTerms", usage)) }
    return G2.element("rightsInfo", [], children)
  }
}
