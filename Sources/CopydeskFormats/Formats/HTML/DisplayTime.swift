import CopydeskAST

/// Times as readers see them on a page: in the story's own offset, with the offset shown.
enum DisplayTime {
  private static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// Such as `4 March 2026, 09:15 UTC+01:00`.
  static func format(_ timestamp: Timestamp) -> String {
    let fields = timestamp.localFields
    return "\(fields.day) \(months[fields.month - 1]) \(fields.year), "
      + "\(RFC3339.pad(fields.hour, 2)):\(RFC3339.pad(fields.minute, 2)) "
      + "UTC\(RFC3339.offsetText(timestamp.offsetMinutes, zulu: ""))"
  }
}
