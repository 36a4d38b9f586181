import CopydeskAST
public import Foundation

extension JSONFeedFormat: ReadsBack {
  /// Every item of a JSON Feed page: id, title, authors, dates, and the version and dateline
  /// of the `_copydesk` extension.
  public func facts(in data: Data) -> [PublishedFacts] {
    guard let feed = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let items = feed["items"] as? [[String: Any]]
    else { return [] }
    return items.compactMap { item in
      guard let guid = item["id"] as? String else { return nil }
      let extensionObject = item["_copydesk"] as? [String: Any]
      var facts = PublishedFacts(guid: guid)
      facts.version = extensionObject?["version"] as? Int
      facts.headline = item["title"] as? String
      facts.dateline = PublishedFacts.place(extensionObject?["dateline"] as? String)
      facts.writers = (item["authors"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
      facts.published = PublishedFacts.time(item["date_published"] as? String)
      facts.modified = PublishedFacts.time(item["date_modified"] as? String)
      return facts
    }
  }
}
