import CopydeskReader
import Foundation

extension BuildRun {
  /// Rewrites the index page and the feed pages whose content changed; a feed page is
  /// rebuilt from the cached items only when its members or their items changed.
  mutating func writeCollections() throws(Diagnostic) {
    var wanted: Set<String> = []
    if settings.formats.contains(.html) && !indexChanged && output.exists("html/index.html") {
      wanted.insert("html/index.html")
    } else if settings.formats.contains(.html) {
      let page = try IndexPage.render(
        ledger.stories.values.compactMap(\.index), limit: settings.config.indexLimit,
        language: settings.config.language,
        site: settings.config.site, templates: settings.templates)
      try writeCollection(page, to: "html/index.html", key: ContentHash.of(page))
      wanted.insert("html/index.html")
    }
    if settings.formats.contains(.jsonfeed) && !feedChanged && output.exists(JSONFeed.pagePath(0)) {
      wanted.formUnion(ledger.collections.keys.filter { $0.hasPrefix("feed") })
    } else if settings.formats.contains(.jsonfeed) {
      let records = ledger.stories.compactMap { path, entry in entry.feed.map { (path, $0) } }
        .sorted { ($0.1.date, $0.1.id) > ($1.1.date, $1.1.id) }
      let ranges = JSONFeed.pageRanges(count: records.count, limit: settings.config.feedLimit)
      for (index, range) in ranges.enumerated() {
        let members = records[range]
        let path = JSONFeed.pagePath(index)
        let key = ContentHash.of(["\(index)/\(ranges.count)"] + members.map(\.1.itemHash))
        wanted.insert(path)
        guard ledger.collections[path] != key || !output.exists(path) else { continue }
        let items = try members.map { member throws(Diagnostic) in try cachedItem(for: member.0) }
        let document = JSONFeed.page(
          index, of: ranges.count, items: items, site: settings.config.site)
        try writeCollection(try JSONFeed.encode(document, file: path), to: path, key: key)
      }
    }
    for path in ledger.collections.keys.sorted() where !wanted.contains(path) {
      try remove(path)
      ledger.collections[path] = nil
    }
  }

  private mutating func writeCollection(_ data: Data, to path: String, key: String)
    throws(Diagnostic)
  {
    guard ledger.collections[path] != key || !output.exists(path) else { return }
    report.written.append(path)
    try output.write(data, to: path)
    ledger.collections[path] = key
  }

  private func cachedItem(for path: String) throws(Diagnostic) -> JSONFeedItem {
    let url = output.itemCache(FeedRecord.cacheName(for: path))
    guard let data = FileManager.default.contents(atPath: url.path),
      let item = try? JSONDecoder().decode(JSONFeedItem.self, from: data)
    else {
      throw Diagnostic(
        .error, file: url.path,
        message: "the cached feed item is missing; run the build again with --force")
    }
    return item
  }
}
