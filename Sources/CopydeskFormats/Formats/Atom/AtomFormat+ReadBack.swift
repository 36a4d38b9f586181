import CopydeskAST
import CopydeskXML
public import Foundation

extension AtomFormat: ReadsBack {
  /// Every entry of the Atom feed: id, title, authors and its published and updated times.
  public func facts(in data: Data) -> [PublishedFacts] {
    guard let feed = try? XMLReader.parse(data, fileName: "atom") else { return [] }
    return feed.elements(named: "entry").compactMap { entry in
      guard let guid = entry.elements(named: "id").first?.text else { return nil }
      var facts = PublishedFacts(guid: guid)
      facts.headline = entry.elements(named: "title").first?.text
      facts.writers = entry.elements(named: "author").compactMap {
        $0.elements(named: "name").first?.text
      }
      facts.published = PublishedFacts.time(entry.elements(named: "published").first?.text)
      facts.modified = PublishedFacts.time(entry.elements(named: "updated").first?.text)
      return facts
    }
  }
}
