import CopydeskAST
import CopydeskCore
import CopydeskReader

/// Maps one article to a JSON Feed item (issue field list: id is the guid, content_html is
/// the page's body fragment with absolute URLs, `_copydesk` carries newsroom metadata).
enum JSONFeedItemBuilder {
  /// The item for `article`; warnings report dropped URLs.
  static func item(_ article: Article, context: RenderContext, warnings: inout [Diagnostic])
    -> JSONFeedItem
  {
    let metadata = article.metadata
    let site = context.site
    var body = HTMLBodyRenderer(sourceFile: context.sourceFile, absoluteBase: site.baseURL)
    let html =
      body.render(article.body, dateline: metadata.dateline?.textWithAgency)
      + body.corrections(metadata.corrections)
    warnings += body.warnings
    let tags = metadata.tags
    let qcodes = metadata.subjects.compactMap {
      if case .qcode = $0 { return $0.text }
      return nil
    }
    return JSONFeedItem(
      id: metadata.id, url: site.absoluteURL(context.layout.pagePath(slug: metadata.slug)),
      title: metadata.headline,
      contentHTML: html,
      contentText: context.plainText(of: article, dateline: metadata.dateline)
        + PlainText.corrections(metadata.corrections),
      summary: metadata.summary,
      image: metadata.image.flatMap {
        JSONFeed.absolute($0.url, site: site, layout: context.layout)
      },
      datePublished: RFC3339.format(metadata.date),
      dateModified: metadata.updated.map(RFC3339.format),
      authors: !metadata.byline.contains(where: \.isAuthor)
        ? nil
        : metadata.byline.filter(\.isAuthor).map {
          JSONFeedAuthor(
            name: $0.name,
            url: $0.url.flatMap { JSONFeed.absolute($0, site: site, layout: context.layout) })
        },
      tags: tags.isEmpty ? nil : tags, language: metadata.language,
      copydesk: JSONFeedCopydeskExtension(
        about: context.options[JSONFeedSettings.self].about, slug: metadata.slug,
        version: metadata.version, urgency: metadata.urgency,
        dateline: metadata.dateline?.textWithAgency,
        located: metadata.dateline.map {
          .init(city: $0.city, region: $0.region, country: $0.country)
        },
        subjects: qcodes.isEmpty ? nil : qcodes,
        corrections: metadata.corrections.isEmpty
          ? nil
          : metadata.corrections.map { .init(date: RFC3339.format($0.date), note: $0.note) }))
  }
}
