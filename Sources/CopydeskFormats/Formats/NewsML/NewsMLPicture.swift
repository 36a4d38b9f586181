import CopydeskAST
import CopydeskReader
import CopydeskXML

/// The story's picture as receivers expect it (receivers.md): a `ninat:picture` item of its
/// own, with the image as `remoteContent`, which the text item links to from `itemMeta`.
enum NewsMLPicture {
  /// The picture item's guid: the story's, with `:picture` appended.
  static func guid(for metadata: Metadata) -> String {
    metadata.id + ":picture"
  }

  /// Where the picture item is published beside the text item.
  static func path(for metadata: Metadata) -> String {
    "newsml/\(metadata.slug).picture.xml"
  }

  /// The picture's address as published, absolute when the site's base URL is known; nil
  /// when the story has no picture or its address is not one a page may carry.
  static func address(of image: ImageReference, site: SiteSettings) -> String? {
    URLPolicy.safeURL(image.url).map { URLPolicy.absolute($0, baseURL: site.baseURL) }
  }

  /// `<link rel="irel:seeAlso">` from the text item to the picture item (the relation dpa's
  /// and other agencies' items use for an associated picture), with the caption as its title.
  static func link(for metadata: Metadata, context: RenderContext) -> XMLElement? {
    guard let image = metadata.image, address(of: image, site: context.site) != nil else {
      return nil
    }
    var children = [G2.element("itemClass", [("qcode", "ninat:picture")])]
    if let caption = image.caption ?? image.alt { children.append(G2.text("title", caption)) }
    return G2.element(
      "link",
      [
        ("rel", "irel:seeAlso"), ("residref", guid(for: metadata)),
        ("version", String(metadata.version)),
        ("contenttype", "application/vnd.iptc.g2.newsitem+xml"),
      ], children)
  }

  /// The picture's own `newsItem`: rights, item and content metadata (caption, credit line,
  /// alternative text), and the image as `remoteContent`.
  static func item(for article: Article, context: RenderContext) -> XMLElement? {
    let metadata = article.metadata
    guard let image = metadata.image, let href = address(of: image, site: context.site) else {
      return nil
    }
    var item = G2.newsItem(
      guid: guid(for: metadata), version: metadata.version, language: metadata.language)
    let itemMeta = NewsMLRenderer.itemManagement(
      metadata, itemClass: "ninat:picture", site: context.site)
    var contentMeta = [G2.text("contentCreated", RFC3339.format(metadata.date))]
    contentMeta.append(G2.element("language", [("tag", metadata.language)]))
    contentMeta.append(G2.text("headline", image.caption ?? metadata.headline))
    if let credit = image.credit { contentMeta.append(G2.text("creditline", credit)) }
    if let caption = image.caption {
      contentMeta.append(G2.text("description", caption, [("role", "drol:caption")]))
    }
    if let alt = image.alt {
      contentMeta.append(G2.text("description", alt, [("role", "drol:alternativeText")]))
    }
    var remote = [("href", href), ("rendition", "rnd:baseImage")]
    if let type = mediaType(of: image.url) { remote.append(("contenttype", type)) }
    let children =
      G2.catalogs + [
        NewsMLRenderer.rightsInfo(metadata, site: context.site),
        G2.element("itemMeta", [], itemMeta),
        G2.element("contentMeta", [], contentMeta),
        G2.element("contentSet", [], [G2.element("remoteContent", remote)]),
      ]
    item.children = children.map { .element($0) }
    return item
  }

  /// The media type of a picture from its file name's extension, nil when it is not one.
  static func mediaType(of url: String) -> String? {
    let path = url.split(separator: "?").first.map(String.init) ?? url
    switch path.split(separator: ".").last?.lowercased() {
    case "jpg"?, "jpeg"?: return "image/jpeg"
    case "png"?: return "image/png"
    case "gif"?: return "image/gif"
    case "webp"?: return "image/webp"
    case "avif"?: return "image/avif"
    case "svg"?: return "image/svg+xml"
    default: return nil
    }
  }
}
