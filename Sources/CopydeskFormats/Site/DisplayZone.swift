import Foundation

/// The time zone pages show times in (`site.time_zone`), with the abbreviations the tz
/// database gives it (`CET`, `CEST`), which Foundation on Linux does not provide.
public struct DisplayZone: Sendable, Hashable {
  /// The IANA identifier, such as `Europe/Berlin`.
  public var identifier: String
  /// Abbreviations by UTC offset in seconds and daylight-saving time, keyed `3600/0`.
  public var abbreviations: [String: String]

  /// A zone with the abbreviations read from the tz database.
  public init(identifier: String, abbreviations: [String: String]) {
    self.identifier = identifier
    self.abbreviations = abbreviations
  }

  /// The key of `abbreviations` for an offset and daylight-saving flag.
  public static func key(offset: Int, daylightSaving: Bool) -> String {
    "\(offset)/\(daylightSaving ? 1 : 0)"
  }
}
