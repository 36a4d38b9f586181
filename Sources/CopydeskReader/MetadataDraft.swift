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
}
