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
  /// Fractions of a second appear only when present, `Z` only for a zero offset. Written
  /// straight into the string's storage: a build formats several times for every story.
  public static func format(_ timestamp: Timestamp) -> String {
    let fields = timestamp.localFields
    return ASCIIDigits.string(capacity: 128) { text in
      text.append(fields.year, width: 4)
      text.append(UInt8(ascii: "-"))
      text.append(fields.month, width: 2)
      text.append(UInt8(ascii: "-"))
      text.append(fields.day, width: 2)
      text.append(UInt8(ascii: "T"))
      text.append(fields.hour, width: 2)
      text.append(UInt8(ascii: ":"))
      text.append(fields.minute, width: 2)
      text.append(UInt8(ascii: ":"))
      text.append(fields.second, width: 2)
      if timestamp.nanoseconds != 0 {
        // The nine digits of the fraction without their trailing zeros.
        var fraction = Int(timestamp.nanoseconds)
        var width = 9
        while fraction % 10 == 0 {
          fraction /= 10
          width -= 1
        }
        text.append(UInt8(ascii: "."))
        text.append(fraction, width: width)
      }
      text.appendOffset(timestamp.offsetMinutes, zulu: UInt8(ascii: "Z"))
    }
  }

  /// Formats an offset as `+HH:MM` (or the given text for zero).
  public static func offsetText(_ minutes: Int, zulu: String) -> String {
    if minutes == 0 { return zulu }
    return ASCIIDigits.string(capacity: 64) { $0.appendOffset(minutes, zulu: nil) }
  }

  /// Left-pads a non-negative number with zeros to the given width.
  public static func pad(_ number: Int, _ width: Int) -> String {
    ASCIIDigits.string(capacity: max(width, 21)) { $0.append(number, width: width) }
  }
}

/// Decimal numbers and ASCII bytes written into a new string's storage, without the
/// intermediate strings that interpolation and `String(_:)` make.
private struct ASCIIDigits {
  private let buffer: UnsafeMutableBufferPointer<UInt8>
  private(set) var count = 0

  /// The string `write` writes, at most `capacity` bytes.
  static func string(capacity: Int, _ write: (inout ASCIIDigits) -> Void) -> String {
    String(unsafeUninitializedCapacity: capacity) { buffer in
      var text = ASCIIDigits(buffer: buffer)
      write(&text)
      return text.count
    }
  }

  private init(buffer: UnsafeMutableBufferPointer<UInt8>) {
    self.buffer = buffer
  }

  /// Appends one byte.
  mutating func append(_ byte: UInt8) {
    buffer[count] = byte
    count += 1
  }

  /// Appends `number`'s digits after zeros up to `width` characters; a negative number's
  /// minus sign counts in the width and follows the zeros.
  mutating func append(_ number: Int, width: Int) {
    var digits = 1
    var rest = number.magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    let sign = number < 0 ? 1 : 0
    for _ in 0..<max(0, width - digits - sign) { append(UInt8(ascii: "0")) }
    if sign == 1 { append(UInt8(ascii: "-")) }
    var value = number.magnitude
    for place in stride(from: count + digits - 1, through: count, by: -1) {
      buffer[place] = UInt8(ascii: "0") + UInt8(value % 10)
      value /= 10
    }
    count += digits
  }

  /// Appends an offset as `+HH:MM`, or `zulu` for zero when given.
  mutating func appendOffset(_ minutes: Int, zulu: UInt8?) {
    if minutes == 0, let zulu { return append(zulu) }
    append(minutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
    append(Int(minutes.magnitude / 60), width: 2)
    append(UInt8(ascii: ":"))
    append(Int(minutes.magnitude % 60), width: 2)
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
