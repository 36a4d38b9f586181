public import CopydeskAST
import Foundation

extension Timestamp {
  /// The current wall-clock time in UTC, to whole seconds.
  public static func now() -> Timestamp {
    Timestamp(
      secondsSinceEpoch: Int64(Date().timeIntervalSince1970.rounded(.down)), offsetMinutes: 0)
  }

  /// The current time in this machine's UTC offset, to whole seconds.
  public static func nowInLocalOffset() -> Timestamp {
    let now = Date()
    return Timestamp(
      secondsSinceEpoch: Int64(now.timeIntervalSince1970.rounded(.down)),
      offsetMinutes: TimeZone.current.secondsFromGMT(for: now) / 60)
  }
}
