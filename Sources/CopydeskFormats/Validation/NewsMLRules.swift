import CopydeskAST
import CopydeskCore
import CopydeskReader
import CopydeskXML

/// Business rules for NewsML-G2 items that the XML Schema cannot express
/// (peers.md §4, idea 5): identity, time order, signals, vocabularies and body type.
enum NewsMLRules {
  /// Every rule violation in a `newsItem` or in each item of a `newsMessage`.
  static func check(_ root: XMLElement, file: String) -> [Diagnostic] {
    let items =
      root.name == "newsMessage"
      ? root.elements(named: "itemSet").flatMap { $0.elements(named: "newsItem") }
      : root.name == "newsItem" ? [root] : []
    return items.flatMap { check(item: $0, file: file) }
  }

  private static func check(item: XMLElement, file: String) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    func problem(_ element: XMLElement, _ message: String) {
      problems.append(Diagnostic(.error, file: file, line: element.line, message: message))
    }
    // The schema types guid as a string; a URN is IPTC's recommendation, not a rule.
    let guid = item.attribute("guid") ?? ""
    if !isURN(guid) {
      problems.append(
        Diagnostic(
          .warning, file: file, line: item.line,
          message: "guid '\(guid)' is not a URN (urn:NID:NSS, RFC 8141), as IPTC recommends"))
    }
    let itemMeta = item.elements(named: "itemMeta").first
    let times = ["versionCreated", "firstCreated", "embargoed"].reduce(
      into: [String: (XMLElement, Timestamp)]()
    ) {
      result, name in
      guard let element = itemMeta?.elements(named: name).first else { return }
      guard
        case .zoned(let time)? = RFC3339.parse(Self.trimmingSpaces(element.text))
      else {
        problem(
          element, "\(name) '\(element.text)' has no UTC offset; every date-time must carry one")
        return
      }
      result[name] = (element, time)
    }
    if let (element, first) = times["firstCreated"], let (_, version) = times["versionCreated"],
      version < first
    {
      problem(
        element, "firstCreated is after versionCreated; a version cannot predate the first one")
    }
    if let (element, embargo) = times["embargoed"],
      let (_, created) = times["firstCreated"] ?? times["versionCreated"],
      embargo < created
    {
      problem(
        element, "embargoed is before the item was created; an embargo must lie after creation")
    }
    let version = Int(item.attribute("version") ?? "1") ?? 1
    for signal in itemMeta?.elements(named: "signal") ?? []
    where signal.attribute("qcode") == "sig:update" && version == 1 {
      problem(signal, "signal sig:update on version 1; a first publication is not an update")
    }
    // An alias may be declared by a provider's catalog the item names in catalogRef, which
    // is not read here: then an unknown alias is only a warning.
    let externalCatalogs = item.elements(named: "catalogRef").compactMap { $0.attribute("href") }
      .filter { $0 != NewsMLVocabulary.catalogHref }
    problems += unknownSchemes(in: item).map { element, qcode in
      externalCatalogs.isEmpty
        ? Diagnostic(
          .error, file: file, line: element.line,
          message:
            "QCode '\(qcode)' uses a scheme alias that is neither an IPTC scheme copydesk knows "
            + "nor declared in the item's catalog")
        : Diagnostic(
          .warning, file: file, line: element.line,
          message:
            "QCode '\(qcode)' uses a scheme alias copydesk does not know; it may be declared in "
            + externalCatalogs.joined(separator: ", ") + ", which is not read")
    }
    for inlineXML in item.elements(named: "contentSet").flatMap({ $0.elements(named: "inlineXML") })
    {
      problems += checkBodyType(inlineXML, file: file)
    }
    return problems
  }

  /// `text` without leading and trailing spaces and tabs (Foundation's `.whitespaces`), which
  /// a date-time's text seldom has.
  private static func trimmingSpaces(_ text: String) -> String {
    EdgeTrimming.hasVisibleEdges(text) ? text : text.trimmingCharacters(in: .whitespaces)
  }

  /// True for `urn:NID:NSS` as RFC 8141 shapes it: an NID of 1 to 32 letters, digits and
  /// hyphens that starts with a letter or digit, and an NSS without white space (visible
  /// ASCII has none; other text is checked character by character).
  static func isURN(_ text: String) -> Bool {
    let parts = text.utf8.split(
      separator: UInt8(ascii: ":"), maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].elementsEqual("urn".utf8), let first = parts[1].first,
      parts[1].count <= 32, !parts[2].isEmpty
    else { return false }
    func isAlphanumeric(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
    return isAlphanumeric(first)
      && parts[1].allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
      && (parts[2].allSatisfy { (0x21...0x7E).contains($0) }
        || String(Substring(parts[2])).allSatisfy { !$0.isWhitespace })
  }

  /// The attributes whose values are QCodes (`alias:code`, several separated by spaces), in
  /// the order their problems are told.
  private static let qcodeAttributes = ["qcode", "type", "role"]

  private static func unknownSchemes(in item: XMLElement) -> [(XMLElement, String)] {
    let declared = Set(
      item.elements(named: "catalog").flatMap { $0.elements(named: "scheme") }.compactMap {
        $0.attribute("alias")
      })
    // Looked up in both sets: a union would copy IPTC's schemes for every item.
    func isKnown(_ alias: String) -> Bool {
      NewsMLVocabulary.iptcSchemes.contains(alias) || declared.contains(alias)
    }
    var result: [(XMLElement, String)] = []
    func visit(_ element: XMLElement) {
      guard element.namespace == NewsMLVocabulary.namespace, element.name != "inlineXML" else {
        return
      }
      for name in qcodeAttributes {
        guard let value = element.attribute(name) else { continue }
        // Split on the bytes: a space and a colon are ASCII, and Character-by-Character
        // splitting cost more than the rest of the rules together.
        for qcode in value.utf8.split(separator: UInt8(ascii: " ")) {
          let colon = qcode.firstIndex(of: UInt8(ascii: ":")) ?? qcode.endIndex
          if !isKnown(String(Substring(qcode[..<colon]))) {
            result.append((element, String(Substring(qcode))))
          }
        }
      }
      for case .element(let child) in element.children { visit(child) }
    }
    visit(item)
    return result
  }

  /// A body whose root does not match its declared type is an error; an undeclared or unknown
  /// type (the schema makes `contenttype` optional) only a warning.
  private static func checkBodyType(_ inlineXML: XMLElement, file: String) -> [Diagnostic] {
    let contentType = inlineXML.attribute("contenttype") ?? ""
    guard let root = inlineXML.elements.first else { return [] }
    guard let expected = NewsMLVocabulary.bodyRoots[contentType] else {
      return [
        Diagnostic(
          .warning, file: file, line: inlineXML.line,
          message:
            "inlineXML contenttype '\(contentType)' is not one copydesk checks "
            + "(application/xhtml+xml, application/nitf+xml); its body was not checked")
      ]
    }
    guard root.name != expected.name || root.namespace != expected.namespace else { return [] }
    return [
      Diagnostic(
        .error, file: file, line: inlineXML.line,
        message:
          "inlineXML contenttype '\(contentType)' needs a <\(expected.name)> root in "
          + "\(expected.namespace), found <\(root.name)> in \(root.namespace ?? "no namespace")")
    ]
  }
}
