/// Parsing and formatting of RFC 3339 date-times (RFC 3339 §5.6), keeping the offset.
///
/// Foundation's ISO 8601 formatter drops the offset a time was written in; renderers
/// need it to show local time, so this small grammar is implemented here.
public enum RFC3339 {
  /// The result of parsing: a full timestamp, or a wall-clock time with no offset.
  public enum Parsed: Sendable, Hashable {
    /// A date-time with `Z` or a numeric offset.
    case zoned(Timestamp)
    /// A date-time (or date alone) with no offset: its meaning depends on a time zone.
    case naive(CivilDateTime, nanoseconds: Int32)
  }

  /// Parses `YYYY-MM-DD[(T| )HH:MM[:SS[.frac]]][Z|±HH:MM]`; nil when the text is not one.
  public static func parse(_ text: String) -> Parsed? {
    var scanner = DigitScanner(Array(text.utf8))
    guard let year = scanner.digits(4), scanner.take(UInt8(ascii: "-")),
      let month = scanner.digits(2), scanner.take(UInt8(ascii: "-")),
      let day = scanner.digits(2), (1...12).contains(month),
      (1...CivilDateTime.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    var fields = CivilDateTime(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
    var nanoseconds: Int32 = 0
    if scanner.atEnd { return .naive(fields, nanoseconds: 0) }
    guard
      scanner.take(UInt8(ascii: "T")) || scanner.take(UInt8(ascii: "t"))
        || scanner.take(UInt8(ascii: " ")),
      let hour = scanner.digits(2), scanner.take(UInt8(ascii: ":")), let minute = scanner.digits(2),
      hour < 24, minute < 60
    else { return nil }
    fields.hour = hour
    fields.minute = minute
    if scanner.take(UInt8(ascii: ":")) {
      guard let second = scanner.digits(2), second < 60 else { return nil }
      fields.second = second
      if scanner.take(UInt8(ascii: ".")) {
        guard let fraction = scanner.fraction() else { return nil }
        nanoseconds = fraction
      }
    }
    if scanner.atEnd { return .naive(fields, nanoseconds: nanoseconds) }
    let offset: Int
    if scanner.take(UInt8(ascii: "Z")) || scanner.take(UInt8(ascii: "z")) {
      offset = 0
    } else {
      let sign: Int
      if scanner.take(UInt8(ascii: "+")) {
        sign = 1
      } else if scanner.take(UInt8(ascii: "-")) {
        sign = -1
      } else {
        return nil
      }
      guard let offsetHours = scanner.digits(2), scanner.take(UInt8(ascii: ":")),
        let offsetMinutes = scanner.digits(2), offsetHours < 24, offsetMinutes < 60
      else { return nil }
      offset = sign * (offsetHours * 60 + offsetMinutes)
    }
    guard scanner.atEnd else { return nil }
    let seconds = fields.secondsSinceEpochAsUTC - Int64(offset) * 60
    return .zoned(
      Timestamp(secondsSinceEpoch: seconds, nanoseconds: nanoseconds, offsetMinutes: offset))
  }

  /// Formats a timestamp in its own offset, such as `2026-03-04T09:15:00+01:00`.
  ///
  /// Fractions of a second appear only when present, `Z` only for a zero offset.
  public static func format(_ timestamp: Timestamp) -> String {
    let fields = timestamp.localFields
    var text =
      "\(pad(fields.year, 4))-\(pad(fields.month, 2))-\(pad(fields.day, 2))"
      + "T\(pad(fields.hour, 2)):\(pad(fields.minute, 2)):\(pad(fields.second, 2))"
    if timestamp.nanoseconds != 0 {
      var fraction = pad(Int(timestamp.nanoseconds), 9)
      while fraction.hasSuffix("0") { fraction.removeLast() }
      text += "." + fraction
    }
    text += offsetText(timestamp.offsetMinutes, zulu: "Z")
    return text
  }

  /// Formats an offset as `+HH:MM` (or the given text for zero).
  public static func offsetText(_ minutes: Int, zulu: String) -> String {
    if minutes == 0 { return zulu }
    let sign = minutes < 0 ? "-" : "+"
    return sign + pad(abs(minutes) / 60, 2) + ":" + pad(abs(minutes) % 60, 2)
  }

  /// Left-pads a non-negative number with zeros to the given width.
  public static func pad(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

/// Reads fixed-width ASCII digit groups and separators from a byte array.
private struct DigitScanner {
  let bytes: [UInt8]
  var index = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var atEnd: Bool { index == bytes.count }

  mutating func take(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  mutating func digits(_ count: Int) -> Int? {
    guard index + count <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[index..<index + count] {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    index += count
    return value
  }

  /// One to nine fraction digits as nanoseconds; more digits are an error.
  mutating func fraction() -> Int32? {
    var value: Int32 = 0
    var count = 0
    while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
      guard count < 9 else { return nil }
      value = value * 10 + Int32(bytes[index] - UInt8(ascii: "0"))
      count += 1
      index += 1
    }
    guard count > 0 else { return nil }
    for _ in count..<9 { value *= 10 }
    return value
  }
}
