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
}
