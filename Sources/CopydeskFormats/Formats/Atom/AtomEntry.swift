import CopydeskAST
import CopydeskCore
import CopydeskReader

/// One story as an Atom entry (RFC 4287 §4.1.2), kept as the story's record so the feed can be
/// rewritten without re-reading the stories.
struct AtomEntry: Codable, Sendable, Hashable {
  /// An entry author (RFC 4287 §3.2).
  struct Person: Codable, Sendable, Hashable {
    var name: String
    var uri: String?
  }

  /// `atom:id`: the story's guid, so an update is the same entry.
  var id: String
  var title: String
  /// `atom:updated`: the latest update, else the first publication.
  var updated: String
  var published: String
  /// The writers (RFC 4287 §4.2.1), as schema.org and JSON Feed name them.
  var authors: [Person]
  /// Editors, photographers and the others credited (RFC 4287 §4.2.3); nil in records kept
  /// before they were written.
  var contributors: [Person]?
  var summary: String?
  /// The body as HTML, sent as `content type="html"`.
  var content: String
  /// The page, as an absolute URL or a path relative to the feed.
  var link: String
  var language: String
  /// `atom:category` terms: keywords and subject names.
  var categories: [String]

  /// The entry for `article`; warnings report dropped URLs.
  static func of(_ article: Article, context: RenderContext, warnings: inout [Diagnostic])
    -> AtomEntry
  {
    let metadata = article.metadata
    let site = context.site
    var body = HTMLBodyRenderer(sourceFile: context.sourceFile, absoluteBase: site.baseURL)
    let html = body.render(article.body)
    warnings += body.warnings
    let page = context.layout.pagePath(slug: metadata.slug)
    let person = { (contributor: Contributor) in
      Person(
        name: contributor.name,
        uri: contributor.url.flatMap { JSONFeed.absolute($0, site: site, layout: context.layout) })
    }
    return AtomEntry(
      id: metadata.id, title: metadata.headline,
      updated: RFC3339.format(metadata.updated ?? metadata.date),
      published: RFC3339.format(metadata.date),
      authors: metadata.byline.filter(\.isAuthor).map { person($0) },
      contributors: metadata.byline.filter { !$0.isAuthor }.map { person($0) },
      summary: metadata.summary, content: html, link: site.absoluteURL(page) ?? page,
      language: metadata.language,
      categories: metadata.tags)
  }
}
