extension Timestamp {
  /// The largest UTC offset XML Schema's `dateTime` allows (±14:00), in minutes.
  public static let largestXMLSchemaOffset = 14 * 60

  /// True when every format can carry this time: XML Schema's `dateTime` (NewsML-G2, Atom) has
  /// no year 0000 and no offset beyond ±14:00, which RFC 3339 alone would allow.
  public var fitsXMLSchema: Bool {
    hasXMLSchemaOffset && localFields.year >= 1
  }

  /// True when the offset is within ±14:00.
  public var hasXMLSchemaOffset: Bool {
    abs(offsetMinutes) <= Self.largestXMLSchemaOffset
  }
}
