/// A ninjs news item with the properties copydesk fills, named as ninjs 3.1 names them; the
/// 2.2 profile renames them when written (`NinjsVersion.keyName`).
struct NinjsDocument {
  /// A headline, description or body: ninjs's role/contentType/value triple.
  struct Text {
    var role: String
    var contentType: String
    var value: String
    var wordCount: Int?
    var charCount: Int?

    /// The text object, its keys as `version` spells them.
    func json(_ version: NinjsVersion) -> JSONValue {
      var object = NinjsMembers(version)
      object.set("role", role)
      object.set("contentType", contentType)
      object.set("value", value)
      object.set("wordCount", wordCount)
      object.set("charCount", charCount)
      return object.value
    }
  }

  /// A person, place, subject or genre.
  struct Concept {
    var name: String?
    var rel: String?
    var uri: String?

    /// The concept object, its keys as `version` spells them.
    func json(_ version: NinjsVersion) -> JSONValue {
      var object = NinjsMembers(version)
      object.set("name", name)
      object.set("rel", rel)
      object.set("uri", uri)
      return object.value
    }
  }

  /// One rendition of an associated picture.
  struct Rendition {
    var name: String
    var href: String
    var title: String?

    /// The rendition object, its keys as `version` spells them.
    func json(_ version: NinjsVersion) -> JSONValue {
      var object = NinjsMembers(version)
      object.set("name", name)
      object.set("href", href)
      object.set("title", title)
      return object.value
    }
  }

  /// The standard the document claims.
  struct Standard {
    var name: String
    var version: String
    var schema: String

    /// The standard object, its keys as `version` spells them.
    func json(_ profile: NinjsVersion) -> JSONValue {
      var object = NinjsMembers(profile)
      object.set("name", name)
      object.set("version", version)
      object.set("schema", schema)
      return object.value
    }
  }

  var uri: String
  var type = "text"
  var representationType = "full"
  var version: String
  var firstCreated: String
  var versionCreated: String
  var embargoedUntil: String?
  var expires: String?
  var pubStatus: String
  var urgency: Int?
  var copyrightHolder: String?
  var copyrightNotice: String?
  var usageTerms: String?
  var edNote: String?
  var language: String
  var slugline: String
  var by: String?
  var located: String?
  var headlines: [Text]
  var descriptions: [Text]?
  /// The story's text; none for a kill, which never sends the killed text again.
  var bodies: [Text]?
  var people: [Concept]?
  var places: [Concept]?
  var subjects: [Concept]?
  var genres: [Concept]?
  var associations: [NinjsAssociation]?
  var standard: Standard

  /// The document, its keys as `profile` spells them.
  func json(_ profile: NinjsVersion) -> JSONValue {
    var object = NinjsMembers(profile)
    object.set("uri", uri)
    object.set("type", type)
    object.set("representationType", representationType)
    object.set("version", version)
    object.set("firstCreated", firstCreated)
    object.set("versionCreated", versionCreated)
    object.set("embargoedUntil", embargoedUntil)
    object.set("expires", expires)
    object.set("pubStatus", pubStatus)
    object.set("urgency", urgency)
    object.set("copyrightHolder", copyrightHolder)
    object.set("copyrightNotice", copyrightNotice)
    object.set("usageTerms", usageTerms)
    object.set("edNote", edNote)
    object.set("language", language)
    object.set("slugline", slugline)
    object.set("by", by)
    object.set("located", located)
    object.set("headlines", headlines) { $0.json(profile) }
    object.set("descriptions", descriptions) { $0.json(profile) }
    object.set("bodies", bodies) { $0.json(profile) }
    object.set("people", people) { $0.json(profile) }
    object.set("places", places) { $0.json(profile) }
    object.set("subjects", subjects) { $0.json(profile) }
    object.set("genres", genres) { $0.json(profile) }
    object.set("associations", associations) { $0.json(profile) }
    object.set("standard", standard.json(profile))
    return object.value
  }
}

/// A picture associated with the story: a small ninjs object of its own.
struct NinjsAssociation {
  var name: String
  var uri: String
  var type = "picture"
  var headlines: [NinjsDocument.Text]?
  var descriptions: [NinjsDocument.Text]?
  var copyrightHolder: String?
  var renditions: [NinjsDocument.Rendition]

  /// The association object, its keys as `version` spells them.
  func json(_ version: NinjsVersion) -> JSONValue {
    var object = NinjsMembers(version)
    object.set("name", name)
    object.set("uri", uri)
    object.set("type", type)
    object.set("headlines", headlines) { $0.json(version) }
    object.set("descriptions", descriptions) { $0.json(version) }
    object.set("copyrightHolder", copyrightHolder)
    object.set("renditions", renditions) { $0.json(version) }
    return object.value
  }
}

/// An object's members named as a ninjs version spells its property names.
private struct NinjsMembers {
  private let version: NinjsVersion
  private var members = JSONMembers()

  init(_ version: NinjsVersion) {
    self.version = version
  }

  /// The object.
  var value: JSONValue { .object(members) }

  /// Sets the property ninjs 3.1 calls `name`, unless `value` is nil.
  mutating func set(_ name: String, _ value: JSONValue?) {
    members.set(version.keyName(name), value)
  }

  /// Sets the text property ninjs 3.1 calls `name`, unless `value` is nil.
  mutating func set(_ name: String, _ value: String?) {
    members.set(version.keyName(name), value)
  }

  /// Sets the number property ninjs 3.1 calls `name`, unless `value` is nil.
  mutating func set(_ name: String, _ value: Int?) {
    members.set(version.keyName(name), value)
  }

  /// Sets the list property ninjs 3.1 calls `name`, each item as `value` gives it, unless the
  /// list is nil.
  mutating func set<Item>(_ name: String, _ items: [Item]?, _ value: (Item) -> JSONValue) {
    members.set(version.keyName(name), items, value)
  }
}
