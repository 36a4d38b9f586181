import CopydeskAST
import CopydeskCore
import CopydeskReader
import Foundation

/// The story list page (`index.mustache`): the newest public stories, newest first.
struct IndexPage {
  /// One story in the list, as stored in the build state.
  ///
  /// The fields after `date` came later: records kept before them read as nil.
  struct Story: Decodable, Sendable, Hashable {
    let headline: String
    let summary: String?
    let slug: String
    let language: String
    let date: Timestamp
    /// `By Ana Ruiz and Tom Berg`.
    var byline: String?
    /// `ROTTERDAM, Netherlands`.
    var dateline: String?
    /// The lead picture's address, already vetted, and its alternative text.
    var pictureURL: String?
    var pictureAlt: String?
    /// The genre's name, such as `Analysis`.
    var genre: String?

    /// The record's object, named by the coding keys `Decodable` reads it with.
    var json: JSONValue {
      var object = JSONMembers()
      func set(_ key: CodingKeys, _ value: String?) { object.set(key.stringValue, value) }
      set(.headline, headline)
      set(.summary, summary)
      set(.slug, slug)
      set(.language, language)
      set(.date, RFC3339.format(date))
      set(.byline, byline)
      set(.dateline, dateline)
      set(.pictureURL, pictureURL)
      set(.pictureAlt, pictureAlt)
      set(.genre, genre)
      return .object(object)
    }
  }

  /// Stories of one genre; one untitled section when no story on the page names a genre.
  struct Section {
    /// The genre, or `More stories` for those without one beside others that have one.
    let title: String?
    /// The level of the stories' headings: 3 under a section title, else 2.
    let headingLevel: Int
    let stories: [Row]

    /// `rows` (newest first) grouped by genre, in the order each genre first appears.
    static func grouping(_ rows: [Row]) -> [Section] {
      guard rows.contains(where: { $0.genre != nil }) else {
        return [Section(title: nil, headingLevel: 2, stories: rows)]
      }
      var order: [String?] = []
      var groups: [String?: [Row]] = [:]
      for row in rows {
        if groups[row.genre] == nil { order.append(row.genre) }
        groups[row.genre, default: []].append(row)
      }
      return order.map { genre in
        Section(title: genre ?? "More stories", headingLevel: 3, stories: groups[genre] ?? [])
      }
    }
  }

  /// What the template sees for one story.
  struct Row {
    let headline: String
    let summary: String?
    let url: String
    let language: String
    let direction: String
    let published: ArticlePage.Time
    let byline: String?
    let dateline: String?
    let picture: ArticlePage.Picture?
    let genre: String?
  }

  let siteTitle: String
  /// The index page itself, for the masthead and footer links.
  let homeURL: String
  let description: String?
  let language: String
  let direction: String
  let feeds: [ArticlePage.Feed]
  /// The page's stories grouped by genre, each group in the order of its newest story.
  let sections: [Section]
  /// `Page 2 of 5`, when there is more than one page.
  let pageLabel: String?
  /// The pages of newer and older stories, when there are.
  let newerURL: String?
  let olderURL: String?

  /// Index page `page` (from 0) of `pageCount`: `stories`, newest first.
  static func render(
    _ stories: [Story], page: Int, of pageCount: Int, context: CollectionContext
  ) throws(Diagnostic) -> Data {
    let (site, language) = (context.site, context.language)
    let rows = stories.sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }.map { story in
      Row(
        headline: story.headline, summary: story.summary, url: "\(story.slug).html",
        language: story.language, direction: TextDirection.of(language: story.language),
        published: ArticlePage.Time(story.date, zone: site.displayZone), byline: story.byline,
        dateline: story.dateline,
        picture: story.pictureURL.map { url in
          ArticlePage.Picture(
            src: url, alt: story.pictureAlt ?? "", caption: nil, credit: nil, hasCaption: false)
        }, genre: story.genre)
    }
    let page = IndexPage(
      siteTitle: site.title, homeURL: context.layout.homeURL, description: site.description,
      language: language,
      direction: TextDirection.of(language: language),
      feeds: ArticlePage.Feed.all(in: context.layout, site: site),
      sections: Section.grouping(rows),
      pageLabel: pageCount > 1 ? "Page \(page + 1) of \(pageCount)" : nil,
      newerURL: page > 0 ? context.layout.indexFile(page: page - 1) : nil,
      olderURL: page + 1 < pageCount ? context.layout.indexFile(page: page + 1) : nil)
    guard let html = context.templates.render(page, template: "index") else {
      throw Diagnostic(.error, file: "index.mustache", message: "there is no 'index' template")
    }
    return Data(html.utf8)
  }

  /// The list entry for an article; its picture only when its address may be published.
  static func story(_ article: Article, site: SiteSettings) -> Story {
    let metadata = article.metadata
    let picture = metadata.image.flatMap { image in
      URLPolicy.safeURL(image.url).map { (URLPolicy.absolute($0, baseURL: site.baseURL), image) }
    }
    let genre: String? =
      switch metadata.genre {
      case .name(let name)?: name
      case .qcode(_, let code)?: code
      case nil: nil
      }
    return Story(
      headline: metadata.headline, summary: metadata.summary, slug: metadata.slug,
      language: metadata.language, date: metadata.date,
      byline: metadata.byline.isEmpty ? nil : CreditLine.text(metadata.byline),
      dateline: metadata.dateline?.text, pictureURL: picture?.0,
      pictureAlt: picture.map { $0.1.alt ?? $0.1.caption ?? "" }, genre: genre)
  }
}
