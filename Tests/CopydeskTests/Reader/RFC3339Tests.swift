import CopydeskAST
import Testing

/// RFC 3339 §5.6 date-times: parsing keeps the offset; formatting is canonical.
@Suite struct RFC3339Tests {
  @Test(arguments: [
    ("2026-03-04T09:15:00+01:00", "2026-03-04T09:15:00+01:00"),
    ("2026-03-04t09:15:00z", "2026-03-04T09:15:00Z"),
    ("2026-03-04T09:15:00.5-05:30", "2026-03-04T09:15:00.5-05:30"),
    ("2024-02-29T23:59:59+14:00", "2024-02-29T23:59:59+14:00"),
    ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"),
    ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"),
    ("9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z"),
  ])
  func roundTrip(input: String, formatted: String) throws {
    guard case .zoned(let timestamp)? = RFC3339.parse(input) else {
      Issue.record("'\(input)' did not parse as a zoned time")
      return
    }
    #expect(RFC3339.format(timestamp) == formatted)
  }

  @Test func offsetDoesNotChangeTheInstant() throws {
    let berlin = RFC3339.parse("2026-03-04T10:15:00+01:00")
    let utc = RFC3339.parse("2026-03-04T09:15:00Z")
    guard case .zoned(let a)? = berlin, case .zoned(let b)? = utc else {
      Issue.record("did not parse")
      return
    }
    #expect(a.secondsSinceEpoch == b.secondsSinceEpoch)
    #expect(a.secondsSinceEpoch == 1_772_615_700)
    #expect(a != b)
    #expect(!(a < b) && !(b < a))
  }

  @Test(arguments: ["2026-03-04T09:15:00", "2026-03-04", "2026-03-04 09:15"])
  func naive(input: String) {
    guard case .naive? = RFC3339.parse(input) else {
      Issue.record("'\(input)' should be naive")
      return
    }
  }

  @Test(arguments: [
    "", "2026-3-4", "2026-13-01T00:00:00Z", "2025-02-29T00:00:00Z", "2026-03-04T24:00:00Z",
    "2026-03-04T09:60:00Z", "2026-03-04T09:15:00+0100", "2026-03-04T09:15:00 +01:00",
    "2026-03-04T09:15:00.Z", "2026-03-04T09:15:00.1234567891Z", "tomorrow",
  ])
  func invalid(input: String) {
    #expect(RFC3339.parse(input) == nil)
  }

  /// The digits are written straight into the string: every width, sign, fraction and offset
  /// comes out as zero-padded `String(_:)` text did.
  @Test func writtenDigitsMatchPaddedText() {
    func padded(_ number: Int, _ width: Int) -> String {
      let digits = String(number)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    for number in [0, 5, 9, 10, 99, 100, 2026, 12_345, -5, -50, .max, .min] {
      for width in [0, 1, 2, 4, 9, 30] {
        #expect(RFC3339.pad(number, width) == padded(number, width), "\(number) \(width)")
      }
    }
    for minutes in [1, -1, 59, 60, -330, 840, -720, 100 * 60 + 7] {
      let sign = minutes < 0 ? "-" : "+"
      let expected = sign + padded(abs(minutes) / 60, 2) + ":" + padded(abs(minutes) % 60, 2)
      #expect(RFC3339.offsetText(minutes, zulu: "Z") == expected)
    }
    #expect(RFC3339.offsetText(0, zulu: "") == "")
    for (nanoseconds, fraction) in [(1, ".000000001"), (500_000_000, ".5"), (120, ".00000012")] {
      let time = Timestamp(
        secondsSinceEpoch: 1_772_615_700, nanoseconds: Int32(nanoseconds), offsetMinutes: -330)
      #expect(RFC3339.format(time) == "2026-03-04T03:45:00\(fraction)-05:30")
    }
  }
}
