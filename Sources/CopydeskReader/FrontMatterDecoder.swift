import CopydeskAST
import CopydeskCore
import Foundation
import Yams

/// Decodes YAML front matter into a metadata draft, key by key, with file line numbers.
struct FrontMatterDecoder {
  /// Every key of story-format.md §1, in the order the table lists them.
  static let keys = [
    "headline", "subhead", "slug", "id", "version", "date", "updated", "embargo", "expires",
    "status", "language", "byline", "dateline", "urgency", "priority", "genre", "subjects",
    "keywords", "category", "summary", "ednote", "signoff", "image", "rights", "corrections",
  ]

  let fileName: String
  let options: ReaderOptions
  /// Added to YAML line numbers to give file lines: 1 for front matter (the `---` line comes
  /// first), 0 for a sidecar file.
  var lineOffset = 1
  /// How messages name the document.
  var what = "the front matter"
  var warnings: [Diagnostic] = []
  /// Every key whose value was wrong, one error each: all are reported in one run.
  var errors: [Diagnostic] = []

  /// Decodes `yaml`, whose first line is file line `lineOffset + 1`.
  ///
  /// YAML that cannot be parsed is thrown; a key with a wrong value is collected in `errors`
  /// and decoding goes on with the next key.
  mutating func decode(_ yaml: String) throws(Diagnostic) -> MetadataDraft {
    var draft = MetadataDraft()
    guard
      var top = try YAMLField.document(
        yaml, fileName: fileName, lineOffset: lineOffset, what: what)
    else { return draft }
    top = YAMLField(key: what, node: top.node, fileName: fileName, lineOffset: lineOffset)
    let root = top.node
    guard case .mapping(let mapping) = root else {
      throw top.diagnostic(
        "\(what) must be a mapping of keys to values, got \(top.typeDescription)")
    }
    for (keyNode, value) in mapping {
      let keyField = top.child(keyNode.scalar?.string ?? "", keyNode)
      let key = keyField.key
      guard Self.keys.contains(key) else {
        warnings.append(
          keyField.diagnostic(
            "unknown key '\(key)'\(Suggestion.hint(for: key, among: Self.keys)); it is ignored",
            .warning))
        continue
      }
      draft.lines[key] = keyField.line
      let field = top.child(key, value)
      if field.isNull { continue }
      do throws(Diagnostic) {
        try assign(field, to: &draft)
      } catch {
        errors.append(error)
        draft.failedKeys.insert(key)
      }
    }
    return draft
  }

  private func assign(_ field: YAMLField, to draft: inout MetadataDraft) throws(Diagnostic) {
    let zone = options.defaultTimeZone
    switch field.key {
    case "headline": draft.headline = try field.text()
    case "subhead": draft.subhead = try field.text()
    case "slug": draft.slug = try Slug.validate(try field.text(), field: field)
    case "id": draft.id = try field.text()
    case "version": draft.version = try field.integer(in: 1...1_000_000, meaning: "1 for the first")
    case "date": draft.date = try field.timestamp(defaultTimeZone: zone)
    case "updated": draft.updated = try field.timestamp(defaultTimeZone: zone)
    case "embargo": draft.embargo = try field.timestamp(defaultTimeZone: zone)
    case "expires": draft.expires = try field.timestamp(defaultTimeZone: zone)
    case "status": draft.status = try status(field)
    case "language": draft.language = try field.languageTag()
    case "byline": draft.byline = try byline(field)
    case "dateline": draft.dateline = try dateline(field)
    case "urgency": draft.urgency = try field.integer(in: 1...9, meaning: "1 is most urgent")
    case "priority": draft.priority = try priority(field)
    case "genre":
      draft.genre = try QCodeSchemes.term(
        try field.text(), field: field, schemes: QCodeSchemes.genre)
    case "subjects":
      draft.subjects = try field.list().map { item throws(Diagnostic) in
        try QCodeSchemes.term(try item.text(), field: item, schemes: QCodeSchemes.subject)
      }
    case "keywords": draft.keywords = try field.stringList()
    case "category": draft.category = try category(field)
    case "summary": draft.summary = try field.text()
    case "ednote": draft.ednote = try field.text()
    case "signoff": draft.signoff = try field.text()
    case "image": draft.image = try image(field)
    case "rights": draft.rights = try rights(field)
    case "corrections": draft.corrections = try corrections(field)
    default: break
    }
  }

  private func status(_ field: YAMLField) throws(Diagnostic) -> PublicationStatus {
    let text = try field.text()
    guard let status = PublicationStatus(rawValue: text) else {
      let names = PublicationStatus.allCases.map(\.rawValue)
      throw field.diagnostic(
        "'status' must be one of \(names.joined(separator: ", "))"
          + "\(Suggestion.hint(for: text, among: names)), got '\(text)'")
    }
    return status
  }

  private func priority(_ field: YAMLField) throws(Diagnostic) -> Int {
    // Words map onto the numeric wire priorities: 1 flash and 2 urgent as in IPTC 7901
    // practice (standards.md §3.3); routine is 4, the ordinary dpa priority that ANPA
    // receivers map to `r` (regular), as every value above 3 is.
    let words = ["flash": 1, "urgent": 2, "routine": 4]
    if case .scalar(let scalar) = field.node, !field.node.isTagged(.int) {
      guard let value = words[scalar.string.lowercased()] else {
        throw field.diagnostic(
          "'priority' must be 1 to 6 or flash, urgent, routine, got \(field.typeDescription)")
      }
      return value
    }
    return try field.integer(in: 1...6, meaning: "1 is flash")
  }

  private func category(_ field: YAMLField) throws(Diagnostic) -> String {
    let text = try field.text()
    guard (1...3).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
      throw field.diagnostic(
        "'category' must be a wire category code of 1 to 3 letters, such as i or pl, got '\(text)'")
    }
    return text
  }

  private func byline(_ field: YAMLField) throws(Diagnostic) -> [Contributor] {
    if case .scalar = field.node { return BylineText.contributors(try field.text()) }
    return try field.list().map { item throws(Diagnostic) in
      if case .scalar = item.node { return Contributor(name: try item.text()) }
      let parts = try item.mapping(allowed: ["name", "role", "url"])
      guard let name = parts["name"] else {
        throw item.diagnostic("each byline entry needs a 'name'")
      }
      var role: ContributorRole?
      if let roleField = parts["role"] {
        let text = try roleField.text().lowercased()
        let names = ContributorRole.allCases.map(\.rawValue)
        guard let known = ContributorRole(rawValue: text) else {
          throw roleField.diagnostic(
            "'role' must be one of \(names.joined(separator: ", "))"
              + "\(Suggestion.hint(for: text, among: names)), got '\(text)'")
        }
        role = known
      }
      return Contributor(name: try name.text(), role: role, url: try parts["url"]?.text())
    }
  }

  private func dateline(_ field: YAMLField) throws(Diagnostic) -> Dateline {
    if case .scalar = field.node {
      let text = try field.text()
      guard let dateline = DatelineText.parse(text) else {
        throw field.diagnostic(
          "'dateline' must start with a city, as in \"ROTTERDAM, Netherlands\"")
      }
      return dateline
    }
    let parts = try field.mapping(allowed: ["city", "region", "country", "agency"])
    guard let city = parts["city"] else {
      throw field.diagnostic("'dateline' needs a 'city'")
    }
    return Dateline(
      city: try city.text(), region: try parts["region"]?.text(),
      country: try parts["country"]?.text(), agency: try parts["agency"]?.text())
  }

  private func image(_ field: YAMLField) throws(Diagnostic) -> ImageReference {
    let parts = try field.mapping(allowed: ["url", "caption", "credit", "alt"])
    guard let url = parts["url"] else { throw field.diagnostic("'image' needs a 'url'") }
    return ImageReference(
      url: try url.text(), caption: try parts["caption"]?.text(),
      credit: try parts["credit"]?.text(), alt: try parts["alt"]?.text())
  }

  private func rights(_ field: YAMLField) throws(Diagnostic) -> Rights {
    let parts = try field.mapping(allowed: ["holder", "notice", "usage"])
    return Rights(
      holder: try parts["holder"]?.text(), notice: try parts["notice"]?.text(),
      usage: try parts["usage"]?.text())
  }

  private func corrections(_ field: YAMLField) throws(Diagnostic) -> [Correction] {
    try field.list().map { item throws(Diagnostic) in
      let parts = try item.mapping(allowed: ["date", "note"])
      guard let date = parts["date"], let note = parts["note"] else {
        throw item.diagnostic("each correction needs a 'date' and a 'note'")
      }
      return Correction(
        date: try date.timestamp(defaultTimeZone: options.defaultTimeZone), note: try note.text())
    }
  }

}
