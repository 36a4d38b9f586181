/// An instant together with the UTC offset it was written in, so renderers can show
/// local time as the writer gave it (RFC 3339, section 5.6).
public struct Timestamp: Sendable, Hashable, Comparable {
  /// Whole seconds since 1970-01-01T00:00:00Z.
  public var secondsSinceEpoch: Int64
  /// Fractional part of the second, in nanoseconds (0 to 999,999,999).
  public var nanoseconds: Int32
  /// The UTC offset in minutes (east positive) the time was written in.
  public var offsetMinutes: Int

  /// Creates a timestamp from its instant and display offset.
  public init(secondsSinceEpoch: Int64, nanoseconds: Int32 = 0, offsetMinutes: Int) {
    self.secondsSinceEpoch = secondsSinceEpoch
    self.nanoseconds = nanoseconds
    self.offsetMinutes = offsetMinutes
  }

  /// Orders timestamps by instant, ignoring the display offset.
  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    (lhs.secondsSinceEpoch, lhs.nanoseconds) < (rhs.secondsSinceEpoch, rhs.nanoseconds)
  }

  /// The same instant shown in another offset.
  public func inOffset(minutes: Int) -> Timestamp {
    Timestamp(
      secondsSinceEpoch: secondsSinceEpoch, nanoseconds: nanoseconds, offsetMinutes: minutes)
  }

  /// The calendar fields of this instant in its own offset.
  public var localFields: CivilDateTime {
    CivilDateTime(secondsSinceEpoch: secondsSinceEpoch + Int64(offsetMinutes) * 60)
  }
}

extension Timestamp: Codable {
  /// Decodes an RFC 3339 string with an offset.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = RFC3339.parse(text), case .zoned(let timestamp) = value else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected an RFC 3339 time with an offset, got '\(text)'")
    }
    self = timestamp
  }

  /// Encodes as an RFC 3339 string in the timestamp's own offset.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(RFC3339.format(self))
  }
}
