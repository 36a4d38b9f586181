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
      if let agency = dateline.agency {
        children.append(
          G2.named("infoSource", agency, [("role", NewsMLVocabulary.role("source"))]))
      }
    }
    for person in metadata.byline where isCreator(person.role) {
      children.append(party("creator", person))
    }
    for person in metadata.byline where !isCreator(person.role) {
      children.append(party("contributor", person))
    }
    children.append(G2.element("language", [("tag", metadata.language)]))
    let language = metadata.language
    if let genre = metadata.genre {
      children.append(concept("genre", genre, type: nil, language: language))
    }
    children += metadata.keywords.map { G2.text("keyword", $0) }
    children += metadata.subjects.flatMap { subjects($0, language: language) }
    children.append(G2.text("slugline", metadata.slug))
    children.append(G2.text("headline", metadata.headline))
    if let subhead = metadata.subhead {
      children.append(G2.text("headline", subhead, [("role", NewsMLVocabulary.role("subhead"))]))
    }
    // The dateline keeps its agency, as IPTC's LISTING_28 does (`MOSCOW, Monday (Reuters)`).
    if let dateline = metadata.dateline {
      children.append(G2.text("dateline", dateline.textWithAgency))
    }
    if !metadata.byline.isEmpty { children.append(G2.text("by", CreditLine.text(metadata.byline))) }
    if let credit = metadata.dateline?.agency ?? context.site.configuredPublisher {
      children.append(G2.text("creditline", credit))
    }
    if let summary = metadata.summary, metadata.status != .canceled {
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
    // A byline's page is the party's `uri`, where receivers read it (Superdesk: creator/@uri).
    if let url = person.url.flatMap(URLPolicy.safeURL) { attributes.append(("uri", url)) }
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

  /// A subject; a Media Topic also gets its English name and, beside it, the IPTC Subject
  /// Codes IPTC maps it to exactly, which receivers such as Superdesk read instead.
  private static func subjects(_ term: Term, language: String) -> [XMLElement] {
    let subject = concept("subject", term, type: "cpnat:abstract", language: language)
    guard case .qcode("medtop", let code) = term, let topic = MediaTopics.topic(code) else {
      return [subject]
    }
    return [subject]
      + topic.subjectCodes.map {
        G2.element("subject", [("type", "cpnat:abstract"), ("qcode", "subj:\($0)")])
      }
  }

  /// A genre or subject: a QCode (named when it is a known Media Topic) or a name in the
  /// story's language, always with `xml:lang`, which receivers need to read a name.
  private static func concept(
    _ element: String, _ term: Term, type: String?, language: String
  ) -> XMLElement {
    let typeAttribute = type.map { [("type", $0)] } ?? []
    switch term {
    case .qcode("medtop", let code):
      let qcode = typeAttribute + [("qcode", term.text)]
      guard let topic = MediaTopics.topic(code) else { return G2.element(element, qcode) }
      return G2.element(element, qcode, [G2.text("name", topic.name, [("xml:lang", "en-GB")])])
    case .qcode: return G2.element(element, typeAttribute + [("qcode", term.text)])
    case .name(let name):
      return G2.element(element, typeAttribute, [G2.text("name", name, [("xml:lang", language)])])
    }
  }
}
