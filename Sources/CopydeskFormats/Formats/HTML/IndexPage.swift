import CopydeskAST
import CopydeskCore
import CopydeskReader
import Foundation

/// The story list page (`index.mustache`): the newest public stories, newest first.
struct IndexPage {
  /// One story in the list, as stored in the build state.
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
  let feeds: [ArticlePage.Feed]
  let stories: [Row]

  /// The index page's bytes: `stories`, newest first.
  static func render(_ stories: [Story], context: CollectionContext) throws(Diagnostic) -> Data {
    let (site, language) = (context.site, context.language)
    let rows = stories.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }.map {
      Row(
        headline: $0.headline, summary: $0.summary, url: "\($0.slug).html", language: $0.language,
        direction: TextDirection.of(language: $0.language), published: ArticlePage.Time($0.date))
    }
    let page = IndexPage(
      siteTitle: site.title, description: site.description, language: language,
      direction: TextDirection.of(language: language),
      feeds: ArticlePage.Feed.all(in: context.layout, site: site), stories: rows)
    guard let html = context.templates.render(page, template: "index") else {
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
