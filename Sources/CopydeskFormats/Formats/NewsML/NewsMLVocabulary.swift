import CopydeskXML

/// The namespaces, catalog and controlled vocabularies copydesk's NewsML-G2 items use.
enum NewsMLVocabulary {
  /// The NewsML-G2 namespace (NAR 2006-10-01).
  static let namespace = "http://iptc.org/std/nar/2006-10-01/"
  /// The XHTML namespace of XHTML bodies.
  static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
  /// The NITF namespace of NITF 3.6 bodies.
  static let nitfNamespace = "http://iptc.org/std/NITF/2006-10-18/"
  /// The IPTC G2 NewsCodes catalog the items reference (standards.md §1.4: v41).
  static let catalogHref = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
  /// The schema version written in `standardversion` (the newest release, 2.35).
  static let standardVersion = "2.35"

  /// copydesk's own scheme for contributor and headline roles, declared in each item's
  /// inline `catalog`, since IPTC's contributor-role scheme (`ctrol`) is retired.
  static let roleScheme = (alias: "cdrol", uri: "urn:copydesk:role:")

  /// The IPTC scheme aliases copydesk writes and accepts, from catalog v41.
  static let iptcSchemes: Set<String> = [
    "ninat", "stat", "sig", "genre", "medtop", "subj", "cpnat", "drol", "loctyp", "nmsig",
    "nprov", "irel", "urgy", "prio", "a1312cat", "a1312prio", "a1312svc", "a1312vers",
  ]

  /// `inlineXML` content types and the root element (namespace, name) each must carry.
  static let bodyRoots: [String: (namespace: String, name: String)] = [
    "application/xhtml+xml": (xhtmlNamespace, "html"),
    "application/nitf+xml": (nitfNamespace, "nitf"),
  ]

  /// The `pubStatus` QCode of a publication status; drafts are never usable.
  static func pubStatus(_ status: PublicationStatusCode) -> String {
    "stat:\(status.rawValue)"
  }

  /// The `cdrol` QCode of a contributor role.
  static func role(_ name: String) -> String {
    "\(roleScheme.alias):\(name)"
  }
}

extension G2 {
  /// An empty `newsItem` root with its identity and standard attributes (Power conformance).
  static func newsItem(guid: String, version: Int, language: String) -> XMLElement {
    XMLElement(
      "newsItem", namespace: NewsMLVocabulary.namespace,
      attributes: [
        XMLAttribute("guid", guid), XMLAttribute("version", String(version)),
        XMLAttribute("standard", "NewsML-G2"),
        XMLAttribute("standardversion", NewsMLVocabulary.standardVersion),
        XMLAttribute("conformance", "power"), XMLAttribute("xml:lang", language),
      ])
  }

  /// The item's catalogs: IPTC's by reference, and copydesk's role scheme declared inline.
  static var catalogs: [XMLElement] {
    [
      element("catalogRef", [("href", NewsMLVocabulary.catalogHref)]),
      element(
        "catalog", [],
        [
          element(
            "scheme",
            [
              ("alias", NewsMLVocabulary.roleScheme.alias),
              ("uri", NewsMLVocabulary.roleScheme.uri),
            ])
        ]),
    ]
  }
}

/// The NewsML-G2 publication statuses (IPTC `stat` scheme).
enum PublicationStatusCode: String {
  /// `stat:usable`.
  case usable
  /// `stat:withheld`.
  case withheld
  /// `stat:canceled`.
  case canceled
}

/// Shorthands for building NewsML-G2 elements as values.
enum G2 {
  /// An element with attributes and children.
  static func element(
    _ name: String, _ attributes: [(String, String)] = [], _ children: [XMLElement] = []
  ) -> XMLElement {
    XMLElement(
      name, attributes: attributes.map { XMLAttribute($0.0, $0.1) },
      children: children.map { .element($0) })
  }

  /// An element holding only text.
  static func text(_ name: String, _ text: String, _ attributes: [(String, String)] = [])
    -> XMLElement
  {
    XMLElement(
      name, attributes: attributes.map { XMLAttribute($0.0, $0.1) }, children: [.text(text)])
  }

  /// An element with a `name` child, the usual way to label a party or concept.
  static func named(_ name: String, _ label: String, _ attributes: [(String, String)] = [])
    -> XMLElement
  {
    element(name, attributes, [text("name", label)])
  }
}
