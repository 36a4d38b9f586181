public import CopydeskAST
public import CopydeskReader
public import Foundation

/// JSON Feed 1.1 output: a feed of every public story, newest first, split into pages
/// linked by `next_url` when there are more stories than the limit.
public enum JSONFeed {
  /// One feed file: its path inside the output folder and its bytes.
  public struct Page: Sendable {
    /// The file name: `feed.json`, then `feed-2.json`, `feed-3.json` and so on.
    public var path: String
    /// The encoded feed.
    public var data: Data
  }

  /// The feed pages for `articles`; drafts, canceled, withheld and still-embargoed stories
  /// (judged at the context's clock) are left out, and `ednote` never appears.
  public static func pages(
    _ articles: [Article], limit: Int, context: RenderContext
  ) throws(Diagnostic) -> (pages: [Page], warnings: [Diagnostic]) {
    let clock = context.options.clock ?? .now()
    var warnings: [Diagnostic] = []
    let entries = articles.filter { PublicationRules.withholding($0.metadata, at: clock) == nil }
      .map {
        Entry(
          date: $0.metadata.date,
          item: JSONFeedItemBuilder.item($0, context: context, warnings: &warnings))
      }
    return (
      try pages(entries, limit: limit, site: context.site, file: context.sourceFile), warnings
    )
  }

  /// A public story's item with the time it sorts by.
  struct Entry: Codable, Sendable, Hashable {
    /// The first publication time; the feed is newest first.
    var date: Timestamp
    /// The item.
    var item: JSONFeedItem
  }

  /// The feed pages for items already built, newest first, `limit` per page.
  static func pages(_ entries: [Entry], limit: Int, site: SiteSettings, file: String)
    throws(Diagnostic) -> [Page]
  {
    let sorted = entries.sorted { ($0.date, $0.item.id) > ($1.date, $1.item.id) }
    let ranges = pageRanges(count: sorted.count, limit: limit)
    var pages: [Page] = []
    for (index, range) in ranges.enumerated() {
      let document = page(index, of: ranges.count, items: sorted[range].map(\.item), site: site)
      pages.append(Page(path: pagePath(index), data: try encode(document, file: file)))
    }
    return pages
  }

  /// The item positions on each page for `count` items, `limit` per page; a feed with no
  /// items still has one (empty) page.
  static func pageRanges(count: Int, limit: Int) -> [Range<Int>] {
    let size = max(1, limit)
    return stride(from: 0, to: max(count, 1), by: size).map { $0..<min($0 + size, count) }
  }

  /// Page `index` of `pageCount` as a feed holding `items`, linked to the next page.
  static func page(_ index: Int, of pageCount: Int, items: [JSONFeedItem], site: SiteSettings)
    -> JSONFeedDocument
  {
    let next = index + 1 < pageCount ? site.absoluteURL(pagePath(index + 1)) : nil
    return feed(items: items, feedURL: site.absoluteURL(pagePath(index)), nextURL: next, site: site)
  }

  /// The file name of page `index` (0-based).
  static func pagePath(_ index: Int) -> String {
    index == 0 ? "feed.json" : "feed-\(index + 1).json"
  }

  /// The feed object around `items`.
  static func feed(items: [JSONFeedItem], feedURL: String?, nextURL: String?, site: SiteSettings)
    -> JSONFeedDocument
  {
    let home = site.absoluteURL("html/index.html")
    return JSONFeedDocument(
      title: site.title, homePageURL: home, feedURL: feedURL, description: site.description,
      nextURL: nextURL,
      icon: site.icon.flatMap { absolute($0, site: site) },
      favicon: site.favicon.flatMap { absolute($0, site: site) },
      authors: [JSONFeedAuthor(name: site.publisher, url: home)], language: nil, items: items)
  }

  /// Encodes deterministically: keys sorted (Foundation's encoder does not keep declaration
  /// order), UTF-8, no escaped slashes.
  static func encode(_ document: JSONFeedDocument, file: String) throws(Diagnostic) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return try encoder.encode(document) + Data("\n".utf8)
    } catch {
      throw Diagnostic(.error, file: file, message: "cannot encode the JSON Feed: \(error)")
    }
  }

  /// An absolute http(s) URL for `url`, or nil when it cannot be made one.
  static func absolute(_ url: String, site: SiteSettings) -> String? {
    guard let safe = URLPolicy.safeURL(url) else { return nil }
    let candidate = URLPolicy.absolute(safe, baseURL: site.baseURL)
    if candidate.hasPrefix("https://") || candidate.hasPrefix("http://") { return candidate }
    if let base = site.baseURL, !candidate.contains(":"), !candidate.hasPrefix("/") {
      return base + "html/" + candidate
    }
    return nil
  }
}
