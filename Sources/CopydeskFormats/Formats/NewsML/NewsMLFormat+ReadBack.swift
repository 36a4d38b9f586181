import CopydeskAST
import CopydeskXML
public import Foundation

extension NewsMLFormat: ReadsBack {
  /// The text items of a `newsItem` or `newsMessage`, read as a receiver reads them: guid
  /// and version from the item, status, times and the rest from its metadata.
  public func facts(in data: Data) -> [PublishedFacts] {
    guard let root = try? XMLReader.parse(data, fileName: "newsml") else { return [] }
    let items =
      root.name == "newsMessage"
      ? root.elements(named: "itemSet").flatMap { $0.elements(named: "newsItem") } : [root]
    return items.compactMap { item in
      guard let guid = item.attribute("guid"),
        let meta = item.elements(named: "itemMeta").first,
        meta.elements(named: "itemClass").first?.attribute("qcode") == "ninat:text"
      else { return nil }
      let content = item.elements(named: "contentMeta").first
      var facts = PublishedFacts(guid: guid)
      facts.version = item.attribute("version").flatMap { Int($0) }
      facts.status =
        switch meta.elements(named: "pubStatus").first?.attribute("qcode") {
        case "stat:usable": .usable
        case "stat:withheld": .withheld
        case "stat:canceled": .canceled
        default: nil
        }
      facts.headline = content?.elements(named: "headline").first?.text
      facts.dateline = PublishedFacts.place(content?.elements(named: "dateline").first?.text)
      // Writers are not compared: NewsML-G2 creators include photographers, as IPTC asks.
      facts.published = PublishedFacts.time(meta.elements(named: "firstCreated").first?.text)
      facts.modified = PublishedFacts.time(meta.elements(named: "versionCreated").first?.text)
      return facts
    }
  }
}
