import CopydeskAST
import CopydeskReader
import Foundation

/// The story list page (`index.mustache`): the newest public stories, newest first.
struct IndexPage {
  /// One story in the list, as stored in the build ledger.
  struct Story: Codable, Sendable, Hashable {
    let headline: String
    let summary: String?
    let slug: String
    let language: String
    let date: Timestamp
  }

  /// What the template sees for one story.
  struct Row {
    let headline: String
    let summary: String?
    let url: String
    let language: String
    let direction: String
    let published: ArticlePage.Time
  }

  let siteTitle: String
  let description: String?
  let language: String
  let direction: String
  let feedURL: String?
  let stories: [Row]

  /// The index page's bytes: the newest `limit` of `stories`.
  static func render(
    _ stories: [Story], limit: Int, language: String, site: SiteSettings, templates: TemplateSet
  ) throws(Diagnostic)
    -> Data
  {
    let rows = stories.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }.prefix(limit).map {
      Row(
        headline: $0.headline, summary: $0.summary, url: "\($0.slug).html", language: $0.language,
        direction: TextDirection.of(language: $0.language), published: ArticlePage.Time($0.date))
    }
    let page = IndexPage(
      siteTitle: site.title, description: site.description, language: language,
      direction: TextDirection.of(language: language),
      feedURL: site.absoluteURL(JSONFeed.pagePath(0)), stories: rows)
    guard let html = templates.render(page, template: "index") else {
      throw Diagnostic(.error, file: "index.mustache", message: "there is no 'index' template")
    }
    return Data(html.utf8)
  }

  /// The list entry for an article.
  static func story(_ article: Article) -> Story {
    let metadata = article.metadata
    return Story(
      headline: metadata.headline, summary: metadata.summary, slug: metadata.slug,
      language: metadata.language,
      date: metadata.date)
  }
}
