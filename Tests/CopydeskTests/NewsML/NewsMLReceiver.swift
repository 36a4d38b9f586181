import CopydeskXML
import Foundation

/// Reads NewsML-G2 the way Superdesk's ingest parser (`newsml_2_0.py`) does, to test what a
/// receiving newsroom gets: the first rendition it finds, replaced by a later one only if
/// that is XML; a NITF body only from `body.content/block/*`; the priority only from a
/// `newsMessage` header; genre names only with an English `xml:lang`; subjects only as `subj:`
/// codes; creators with their `uri`.
struct NewsMLReceiver {
  /// What the receiver keeps of one item.
  struct Item {
    var guid: String
    var itemClass: String
    var priority: Int?
    var bodyIsMarkup = false
    var bodyElements: [XMLElement] = []
    var bodyText = ""
    var genres: [String] = []
    var subjects: [String] = []
    var authors: [(name: String, uri: String?)] = []
    var renditions: [(href: String, rendition: String, type: String)] = []
  }

  static let nitf = "application/nitf+xml"

  /// The items of a `newsItem` or `newsMessage` document.
  static func read(_ data: Data) throws -> [Item] {
    let root = try XMLReader.parse(data, fileName: "received.xml")
    guard root.name == "newsMessage" else { return [item(root, priority: nil)] }
    let priority = root.elements(named: "header").first?.elements(named: "priority").first
      .flatMap { Int($0.text) }
    return root.elements(named: "itemSet").flatMap { $0.elements(named: "newsItem") }
      .map { item($0, priority: priority) }
  }

  private static func item(_ element: XMLElement, priority: Int?) -> Item {
    let itemMeta = element.elements(named: "itemMeta").first
    var item = Item(
      guid: element.attribute("guid") ?? "",
      itemClass: itemMeta?.elements(named: "itemClass").first?.attribute("qcode") ?? "",
      priority: priority)
    let meta = element.elements(named: "contentMeta").first
    item.genres = (meta?.elements(named: "genre") ?? []).flatMap { $0.elements(named: "name") }
      .filter { $0.attribute("xml:lang")?.hasPrefix("en") == true }.map(\.text)
    item.subjects = (meta?.elements(named: "subject") ?? []).compactMap { $0.attribute("qcode") }
      .filter { $0.hasPrefix("subj:") }
    item.authors = (meta?.elements(named: "creator") ?? []).compactMap { creator in
      creator.elements(named: "name").first.map { ($0.text, creator.attribute("uri")) }
    }
    var haveBody = false
    for content in element.elements(named: "contentSet").first?.elements ?? [] {
      switch content.name {
      case "inlineXML":
        item.bodyIsMarkup = true
        item.bodyElements = markup(content)
        item.bodyText = item.bodyElements.map(\.text).joined(separator: "\n")
        haveBody = true
      case "inlineData" where !haveBody:
        item.bodyText = content.text
        haveBody = true
      case "remoteContent":
        item.renditions.append(
          (
            content.attribute("href") ?? "", content.attribute("rendition") ?? "",
            content.attribute("contenttype") ?? ""
          ))
      default: break
      }
    }
    return item
  }

  private static func markup(_ inlineXML: XMLElement) -> [XMLElement] {
    guard let root = inlineXML.elements.first else { return [] }
    if inlineXML.attribute("contenttype") == nitf {
      return root.elements(named: "body").flatMap { $0.elements(named: "body.content") }
        .flatMap { $0.elements(named: "block") }.flatMap(\.elements)
    }
    return root.elements(named: "body").flatMap(\.elements)
  }
}
