import CopydeskAST
public import Foundation

extension NinjsFormat: ReadsBack {
  /// The story of a ninjs document (3.1 or 2.2 keys): uri, version, status, main headline,
  /// place, creators and times.
  public func facts(in data: Data) -> [PublishedFacts] {
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let guid = object["uri"] as? String
    else { return [] }
    let value = { (camel: String, lower: String) in object[camel] ?? object[lower] }
    var facts = PublishedFacts(guid: guid)
    facts.version = (value("version", "version") as? String).flatMap { Int($0) }
    facts.status = (value("pubStatus", "pubstatus") as? String).flatMap {
      PublicationStatus(rawValue: $0)
    }
    let headlines = value("headlines", "headlines") as? [[String: Any]]
    facts.headline = headlines?.first { $0["role"] as? String == "main" }?["value"] as? String
    facts.dateline = PublishedFacts.place(value("located", "located") as? String)
    let people = value("people", "people") as? [[String: Any]] ?? []
    // The writers: a byline without a role (creator), reporters and writers.
    let writing: Set<String> = ["creator", "reporter", "writer"]
    facts.writers = people.filter { writing.contains($0["rel"] as? String ?? "") }.compactMap {
      $0["name"] as? String
    }
    facts.published = PublishedFacts.time(value("firstCreated", "firstcreated") as? String)
    facts.modified = PublishedFacts.time(value("versionCreated", "versioncreated") as? String)
    return [facts]
  }
}
