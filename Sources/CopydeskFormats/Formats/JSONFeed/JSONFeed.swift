import CopydeskAST
import Foundation

/// JSON Feed 1.1 pages: every public story, newest first, split into pages linked by
/// `next_url` when there are more stories than the limit.
enum JSONFeed {
  /// The item positions on each page for `count` items, `limit` per page; a feed with no
  /// items still has one (empty) page.
  static func pageRanges(count: Int, limit: Int) -> [Range<Int>] {
    let size = max(1, limit)
    return stride(from: 0, to: max(count, 1), by: size).map { $0..<min($0 + size, count) }
  }

  /// Page `index` of `pageCount` as a feed holding `items`, linked to the next page.
  static func page(
    _ index: Int, of pageCount: Int, items: [JSONFeedItem], site: SiteSettings,
    layout: OutputLayout
  ) -> JSONFeedDocument {
    let next = index + 1 < pageCount ? site.absoluteURL(pagePath(index + 1)) : nil
    return feed(
      items: items, feedURL: site.absoluteURL(pagePath(index)), nextURL: next, site: site,
      layout: layout)
  }

  /// The file of page `index` (0-based): `feed.json`, then `feed/2.json` and so on, in a
  /// folder of their own, so the output's top level holds only the first page.
  static func pagePath(_ index: Int) -> String {
    index == 0 ? "feed.json" : "feed/\(index + 1).json"
  }

  /// The feed object around `items`.
  static func feed(
    items: [JSONFeedItem], feedURL: String?, nextURL: String?, site: SiteSettings,
    layout: OutputLayout
  ) -> JSONFeedDocument {
    let home = site.absoluteURL(layout.indexPath)
    return JSONFeedDocument(
      title: site.title, homePageURL: home, feedURL: feedURL, description: site.description,
      nextURL: nextURL,
      icon: site.icon.flatMap { absolute($0, site: site, layout: layout) },
      favicon: site.favicon.flatMap { absolute($0, site: site, layout: layout) },
      authors: [JSONFeedAuthor(name: site.publisher, url: home)], language: nil, items: items)
  }

  /// An absolute http(s) URL for `url` (relative ones are relative to the pages), or nil when
  /// it cannot be made one.
  static func absolute(_ url: String, site: SiteSettings, layout: OutputLayout) -> String? {
    guard let safe = URLPolicy.safeURL(url) else { return nil }
    let candidate = URLPolicy.absolute(safe, baseURL: site.baseURL)
    if candidate.hasPrefix("https://") || candidate.hasPrefix("http://") { return candidate }
    if let base = site.baseURL, !candidate.contains(":"), !candidate.hasPrefix("/") {
      return base + layout.pageFolder + "/" + candidate
    }
    return nil
  }
}
