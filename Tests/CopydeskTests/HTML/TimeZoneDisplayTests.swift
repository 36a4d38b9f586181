import CopydeskAST
import Foundation
import Testing

@testable import CopydeskBuild
@testable import CopydeskFormats

/// Pages show times in the site's `time_zone` with the zone's own abbreviation, read from the
/// tz database (RFC 8536 TZif files), not Foundation's `GMT+1`.
@Suite struct TimeZoneDisplayTests {
  func zone(_ identifier: String) throws -> DisplayZone {
    let config = try ProjectConfig.parse(
      "site: {time_zone: \(identifier)}\n", fileName: "copydesk.yml",
      root: URL(fileURLWithPath: "/tmp"))
    return try #require(config.site.displayZone)
  }

  func time(_ text: String) throws -> Timestamp {
    guard case .zoned(let time)? = RFC3339.parse(text) else { throw CancellationError() }
    return time
  }

  @Test func winterAndSummerTimesNameTheirZone() throws {
    let berlin = try zone("Europe/Berlin")
    #expect(
      DisplayTime.format(try time("2026-03-04T08:15:00Z"), zone: berlin)
        == "4 March 2026, 09:15 CET")
    #expect(
      DisplayTime.format(try time("2026-07-04T08:15:00Z"), zone: berlin)
        == "4 July 2026, 10:15 CEST")
    #expect(
      DisplayTime.format(try time("2026-03-04T06:30:00+01:00"), zone: try zone("America/New_York"))
        == "4 March 2026, 00:30 EST")
  }

  @Test func withoutASiteZoneATimeKeepsItsOwnOffset() throws {
    #expect(
      DisplayTime.format(try time("2026-03-04T09:15:00+01:00")) == "4 March 2026, 09:15 UTC+01:00")
  }

  @Test func aFileThatIsNotTZifGivesNoNames() {
    #expect(TimeZoneNames.parse(Array("not a zone file".utf8)).isEmpty)
  }
}
