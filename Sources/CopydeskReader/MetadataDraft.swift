import CopydeskAST

/// Metadata as read from a source, before defaults and cross-field rules are applied.
struct MetadataDraft {
  var headline: String?
  var subhead: String?
  var slug: String?
  var id: String?
  var version: Int?
  var date: Timestamp?
  var updated: Timestamp?
  var embargo: Timestamp?
  var expires: Timestamp?
  var status: PublicationStatus?
  var language: String?
  var byline: [Contributor] = []
  var dateline: Dateline?
  var urgency: Int?
  var priority: Int?
  var genre: Term?
  var subjects: [Term] = []
  var keywords: [String] = []
  var category: String?
  var summary: String?
  var ednote: String?
  var signoff: String?
  var image: ImageReference?
  var rights: Rights?
  var corrections: [Correction] = []
  /// The file line of each key that was given, for messages about cross-field rules.
  var lines: [String: Int] = [:]
  /// The keys whose values were wrong (already reported): rules about them are not checked.
  var failedKeys: Set<String> = []
  /// The file each key came from when it is not the story's own (a sidecar's keys).
  var keyFiles: [String: String] = [:]
}

extension MetadataDraft {
  /// This draft with every key `other` (read from `file`) gives taken from `other`: a raw
  /// wire copy's sidecar (`NAME.txt.yml`) over what the copy itself says.
  func merging(_ other: MetadataDraft, from file: String) -> MetadataDraft {
    var merged = self
    merged.headline = other.headline ?? headline
    merged.subhead = other.subhead ?? subhead
    merged.slug = other.slug ?? slug
    merged.id = other.id ?? id
    merged.version = other.version ?? version
    merged.date = other.date ?? date
    merged.updated = other.updated ?? updated
    merged.embargo = other.embargo ?? embargo
    merged.expires = other.expires ?? expires
    merged.status = other.status ?? status
    merged.language = other.language ?? language
    merged.byline = other.byline.isEmpty ? byline : other.byline
    merged.dateline = other.dateline ?? dateline
    merged.urgency = other.urgency ?? urgency
    merged.priority = other.priority ?? priority
    merged.genre = other.genre ?? genre
    merged.subjects = other.subjects.isEmpty ? subjects : other.subjects
    merged.keywords = other.keywords.isEmpty ? keywords : other.keywords
    merged.category = other.category ?? category
    merged.summary = other.summary ?? summary
    merged.ednote = other.ednote ?? ednote
    merged.signoff = other.signoff ?? signoff
    merged.image = other.image ?? image
    merged.rights = other.rights ?? rights
    merged.corrections = other.corrections.isEmpty ? corrections : other.corrections
    merged.lines.merge(other.lines) { $1 }
    for key in other.lines.keys { merged.keyFiles[key] = file }
    merged.failedKeys.formUnion(other.failedKeys)
    return merged
  }
}
