import CopydeskCore
import CopydeskFormats
import Foundation

/// Reads the abbreviations of a time zone (`CET`, `CEST`) from the system's tz database, the
/// TZif files under `/usr/share/zoneinfo` (RFC 8536), keyed by UTC offset and daylight-saving
/// flag: the names a page shows beside a time.
enum TimeZoneNames {
  /// Where Debian's `tzdata` keeps the files.
  static let folder = "/usr/share/zoneinfo"

  /// The abbreviations of `identifier`; empty when its file cannot be read (times then show
  /// their offset).
  static func abbreviations(of identifier: String) -> [String: String] {
    guard !identifier.contains(".."),
      let data = try? RegularFile.read(
        folder + "/" + identifier, display: identifier, limit: 1 << 20
      ).data
    else { return [:] }
    return parse([UInt8](data))
  }

  /// The abbreviations of a TZif file's local time types (RFC 8536 §3).
  ///
  /// Read from its version 2+ block when there is one, else version 1's; a later type wins
  /// for the same offset and flag, and local mean time (`LMT`) is left out.
  static func parse(_ bytes: [UInt8]) -> [String: String] {
    guard bytes.count >= 44, bytes[0..<4] == [0x54, 0x5A, 0x69, 0x66] else { return [:] }
    var header = 0
    var timeSize = 4
    var counts = Self.counts(bytes, at: 0)
    if bytes[4] >= 0x32, let first = counts {
      // Skip version 1's block to the 64-bit one.
      header =
        44 + first.timecnt * 5 + first.typecnt * 6 + first.charcnt + first.leapcnt * 8
        + first.isstdcnt + first.isutcnt
      timeSize = 8
      counts = Self.counts(bytes, at: header)
    }
    guard let counts else { return [:] }
    let types = header + 44 + counts.timecnt * (timeSize + 1)
    let characters = types + counts.typecnt * 6
    guard characters + counts.charcnt <= bytes.count else { return [:] }
    var names: [String: String] = [:]
    for index in 0..<counts.typecnt {
      let entry = types + index * 6
      let offset = Int(Int32(bitPattern: Self.big32(bytes, at: entry)))
      let daylightSaving = bytes[entry + 4] != 0
      let start = characters + Int(bytes[entry + 5])
      guard start < characters + counts.charcnt else { continue }
      let end = bytes[start..<(characters + counts.charcnt)].firstIndex(of: 0) ?? start
      let name = String(decoding: bytes[start..<end], as: UTF8.self)
      if !name.isEmpty, name != "LMT" {
        names[DisplayZone.key(offset: offset, daylightSaving: daylightSaving)] = name
      }
    }
    return names
  }

  private static func counts(_ bytes: [UInt8], at start: Int) -> (
    isutcnt: Int, isstdcnt: Int, leapcnt: Int, timecnt: Int, typecnt: Int, charcnt: Int
  )? {
    guard start + 44 <= bytes.count, bytes[start..<(start + 4)] == [0x54, 0x5A, 0x69, 0x66]
    else { return nil }
    let value = { (field: Int) in Int(Self.big32(bytes, at: start + 20 + field * 4)) }
    return (value(0), value(1), value(2), value(3), value(4), value(5))
  }

  private static func big32(_ bytes: [UInt8], at index: Int) -> UInt32 {
    bytes[index..<(index + 4)].reduce(0) { $0 << 8 | UInt32($1) }
  }
}
