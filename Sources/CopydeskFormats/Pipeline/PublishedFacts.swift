public import CopydeskAST
public import Foundation

/// What one written output tells receivers about a story, read back from its bytes: the
/// facts every output of the story must agree on (`copydesk check --consistency`).
///
/// A field an output does not carry stays nil and is not compared.
public struct PublishedFacts: Sendable, Equatable {
  /// The story's guid, which ties the outputs of one story together.
  public var guid: String
  /// The version.
  public var version: Int?
  /// The publication status.
  public var status: PublicationStatus?
  /// The headline.
  public var headline: String?
  /// The dateline as text, `ROTTERDAM, Netherlands`.
  public var dateline: String?
  /// The writers' names, in order.
  public var writers: [String]?
  /// The first publication time.
  public var published: Timestamp?
  /// The time of the version.
  public var modified: Timestamp?

  /// Facts about the story `guid`, the rest unknown until set.
  public init(guid: String) {
    self.guid = guid
  }

  /// Each known fact by name, as text for messages; times compared as instants.
  public var fields: [(name: String, value: String)] {
    var fields: [(String, String)] = []
    if let version { fields.append(("version", String(version))) }
    if let status { fields.append(("status", status.rawValue)) }
    if let headline { fields.append(("headline", headline)) }
    if let dateline { fields.append(("dateline", dateline)) }
    if let writers { fields.append(("writers", writers.joined(separator: ", "))) }
    if let published { fields.append(("first publication", Self.instant(published))) }
    if let modified { fields.append(("version time", Self.instant(modified))) }
    return fields
  }

  /// A time as its UTC instant, so `09:15+01:00` and `08:15Z` agree.
  private static func instant(_ time: Timestamp) -> String {
    RFC3339.format(
      Timestamp(
        secondsSinceEpoch: time.secondsSinceEpoch, nanoseconds: time.nanoseconds, offsetMinutes: 0))
  }

  /// The place of a dateline, without the agency some formats add in brackets
  /// (`ROTTERDAM, Netherlands (Example News)`): the agency is not part of what is compared.
  public static func place(_ dateline: String?) -> String? {
    guard let dateline, dateline.hasSuffix(")"),
      let open = dateline.range(of: " (", options: .backwards)
    else { return dateline }
    return String(dateline[..<open.lowerBound])
  }

  /// The time an RFC 3339 text names, when it names one with an offset.
  public static func time(_ text: String?) -> Timestamp? {
    guard let text, case .zoned(let time)? = RFC3339.parse(text) else { return nil }
    return time
  }
}

/// A format whose outputs can be read back for the consistency check: what each file says
/// about the stories in it.
public protocol ReadsBack: OutputFormat {
  /// The facts of every story `data` (one of this format's files) carries.
  func facts(in data: Data) -> [PublishedFacts]
}
