import CopydeskAST

/// Wire time stamps, always in UTC.
enum WireTime {
  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// The IPTC 7901 trailer stamp `DDHHMM GMT Mon YY` (standards.md §3.3: "131137 GMT Nov 13").
  static func stamp(_ time: Timestamp) -> String {
    let utc = time.inOffset(minutes: 0).localFields
    return RFC3339.pad(utc.day, 2) + RFC3339.pad(utc.hour, 2) + RFC3339.pad(utc.minute, 2)
      + " GMT \(months[utc.month - 1]) " + RFC3339.pad(utc.year % 100, 2)
  }

  /// `MM-DD` for the ANPA header's filing date.
  static func monthDay(_ time: Timestamp) -> String {
    let utc = time.inOffset(minutes: 0).localFields
    return RFC3339.pad(utc.month, 2) + "-" + RFC3339.pad(utc.day, 2)
  }

  /// `MM-DD-YY HHMMGMT` for the ANPA post-text line (standards.md §3.4).
  static func anpaTrailer(_ time: Timestamp) -> String {
    let utc = time.inOffset(minutes: 0).localFields
    return monthDay(time) + "-" + RFC3339.pad(utc.year % 100, 2) + " "
      + RFC3339.pad(utc.hour, 2) + RFC3339.pad(utc.minute, 2) + "GMT"
  }
}
