import CopydeskFormats
import Foundation

/// Fault injection for the crash-safety tests.
///
/// When `COPYDESK_CRASH_AT` names a point the build reaches, the process kills itself there with
/// SIGKILL, as a power cut or the OOM killer would. Unset, as it always is in use, it does nothing.
enum CrashPoint {
  private static let target = ProcessInfo.processInfo.environment["COPYDESK_CRASH_AT"]

  /// Dies here when the environment asks for it.
  static func reach(_ name: String) {
    if target == name { kill(getpid(), SIGKILL) }
  }
}
