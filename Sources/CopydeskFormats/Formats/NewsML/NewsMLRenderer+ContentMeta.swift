import CopydeskAST
import CopydeskReader
import CopydeskXML

extension NewsMLRenderer {
  /// `contentMeta` in schema order (standards.md §1.3): urgency, contentCreated,
  /// contentModified, located, infoSource, creator, contributor, then language, genre,
  /// keyword, subject, slugline, headline, dateline, by, creditline, description.
  static func contentMeta(_ metadata: Metadata, context: RenderContext) -> XMLElement {
    var children: [XMLElement] = []
    if let urgency = metadata.urgency { children.append(G2.text("urgency", String(urgency))) }
    children.append(G2.text("contentCreated", RFC3339.format(metadata.date)))
    if let updated = metadata.updated {
      children.append(G2.text("contentModified", RFC3339.format(updated)))
    }
    if let dateline = metadata.dateline {
      children.append(located(dateline))
      if let agency = dateline.agency { children.append(G2.named("infoSource", agency)) }
    }
    for person in metadata.byline where isCreator(person.role) {
      children.append(party("creator", person))
    }
    for person in metadata.byline where !isCreator(person.role) {
      children.append(party("contributor", person))
    }
    children.append(G2.element("language", [("tag", metadata.language)]))
    if let genre = metadata.genre { children.append(concept("genre", genre, type: nil)) }
    children += metadata.keywords.map { G2.text("keyword", $0) }
    children += metadata.subjects.map { concept("subject", $0, type: "cpnat:abstract") }
    children.append(G2.text("slugline", metadata.slug))
    children.append(G2.text("headline", metadata.headline))
    if let subhead = metadata.subhead {
      children.append(G2.text("headline", subhead, [("role", NewsMLVocabulary.role("subhead"))]))
    }
    if let dateline = metadata.dateline { children.append(G2.text("dateline", dateline.text)) }
    if !metadata.byline.isEmpty { children.append(G2.text("by", CreditLine.text(metadata.byline))) }
    children.append(G2.text("creditline", metadata.dateline?.agency ?? context.site.publisher))
    if let summary = metadata.summary {
      children.append(G2.text("description", summary, [("role", "drol:summary")]))
    }
    return G2.element("contentMeta", [], children)
  }

  /// Reporters, writers, photographers and videographers create; the others contribute.
  private static func isCreator(_ role: ContributorRole?) -> Bool {
    switch role {
    case .reporter, .writer, .photographer, .videographer, nil: true
    case .editor, .translator, .contributor: false
    }
  }

  private static func party(_ element: String, _ person: Contributor) -> XMLElement {
    var attributes: [(String, String)] = []
    if let role = person.role { attributes.append(("role", NewsMLVocabulary.role(role.rawValue))) }
    return G2.named(element, person.name, attributes)
  }

  private static func located(_ dateline: Dateline) -> XMLElement {
    var place = G2.named("located", dateline.city, [("type", "loctyp:City")])
    var broader: [XMLElement] = []
    if let region = dateline.region {
      broader.append(G2.named("broader", region, [("type", "loctyp:CountryArea")]))
    }
    if let country = dateline.country {
      broader.append(G2.named("broader", country, [("type", "loctyp:Country")]))
    }
    place.children += broader.map { .element($0) }
    return place
  }

  private static func concept(_ element: String, _ term: Term, type: String?) -> XMLElement {
    let typeAttribute = type.map { [("type", $0)] } ?? []
    switch term {
    case .qcode: return G2.element(element, typeAttribute + [("qcode", term.text)])
    case .name(let name): return G2.named(element, name, typeAttribute)
    }
  }
}
