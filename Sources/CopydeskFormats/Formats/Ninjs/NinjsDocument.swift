/// A ninjs news item with the properties copydesk fills, named as ninjs 3.1 names them; the
/// 2.2 profile renames them on encoding (`NinjsVersion.keyName`).
struct NinjsDocument: Encodable {
  /// A headline, description or body: ninjs's role/contentType/value triple.
  struct Text: Encodable {
    var role: String
    var contentType: String
    var value: String
    var wordCount: Int?
    var charCount: Int?
  }

  /// A person, place, subject or genre.
  struct Concept: Encodable {
    var name: String?
    var rel: String?
    var uri: String?
  }

  /// One rendition of an associated picture.
  struct Rendition: Encodable {
    var name: String
    var href: String
    var title: String?
  }

  /// The standard the document claims.
  struct Standard: Encodable {
    var name: String
    var version: String
    var schema: String
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
}

/// A picture associated with the story: a small ninjs object of its own.
struct NinjsAssociation: Encodable {
  var name: String
  var uri: String
  var type = "picture"
  var headlines: [NinjsDocument.Text]?
  var descriptions: [NinjsDocument.Text]?
  var copyrightHolder: String?
  var renditions: [NinjsDocument.Rendition]
}
