import CopydeskAST
public import Foundation

extension HTMLFormat: ReadsBack {
  /// The story of a page, from its schema.org `NewsArticle` JSON-LD, as search engines read
  /// it; the index page has none.
  public func facts(in data: Data) -> [PublishedFacts] {
    let page = String(decoding: data, as: UTF8.self)
    guard let start = page.range(of: "<script type=\"application/ld+json\">"),
      let end = page.range(of: "</script>", range: start.upperBound..<page.endIndex),
      let object = try? JSONSerialization.jsonObject(
        with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any],
      let guid = object["identifier"] as? String
    else { return [] }
    var facts = PublishedFacts(guid: guid)
    facts.headline = object["headline"] as? String
    facts.dateline = PublishedFacts.place(object["dateline"] as? String)
    facts.writers = (object["author"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
    facts.published = PublishedFacts.time(object["datePublished"] as? String)
    facts.modified = PublishedFacts.time(object["dateModified"] as? String)
    return [facts]
  }
}
