import CopydeskAST
import Foundation

/// Times as readers see them on a page: in the site's time zone with its abbreviation, else in
/// the story's own offset, with the offset shown.
enum DisplayTime {
  private static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// Such as `4 March 2026, 09:15 UTC+01:00` in the time's own offset, or
  /// `4 March 2026, 09:15 CET` in the site's zone when it has one.
  static func format(_ timestamp: Timestamp, zone: DisplayZone? = nil) -> String {
    var shown = timestamp
    var name = "UTC" + RFC3339.offsetText(timestamp.offsetMinutes, zulu: "")
    if let zone, let timeZone = TimeZone(identifier: zone.identifier) {
      let instant = Date(timeIntervalSince1970: TimeInterval(timestamp.secondsSinceEpoch))
      let offset = timeZone.secondsFromGMT(for: instant)
      shown = Timestamp(
        secondsSinceEpoch: timestamp.secondsSinceEpoch, nanoseconds: timestamp.nanoseconds,
        offsetMinutes: offset / 60)
      name =
        zone.abbreviations[
          DisplayZone.key(
            offset: offset, daylightSaving: timeZone.isDaylightSavingTime(for: instant))]
        ?? "UTC" + RFC3339.offsetText(offset / 60, zulu: "")
    }
    let fields = shown.localFields
    return "\(fields.day) \(months[fields.month - 1]) \(fields.year), "
      + "\(RFC3339.pad(fields.hour, 2)):\(RFC3339.pad(fields.minute, 2)) \(name)"
  }
}
