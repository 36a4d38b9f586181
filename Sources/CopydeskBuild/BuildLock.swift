import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// A kernel lock (`flock`) on `lock` in the output folder's state folder, so a second
/// `copydesk build` on the same output refuses to start instead of interleaving its writes
/// with the first.
///
/// The kernel releases it when the build ends, however it ends: a killed build leaves no
/// stale lock to take over, and there is no process-id check to race on. The file itself
/// stays; only the lock on it matters. It holds the owner's process id, for the message.
final class BuildLock {
  private let descriptor: Int32

  /// Takes the lock, or throws a diagnostic naming the process that holds it.
  init(in stateFolder: URL) throws(Diagnostic) {
    let path = stateFolder.appendingPathComponent("lock").path
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard descriptor >= 0 else {
      throw Diagnostic(
        .error, file: path,
        message: "cannot open the build lock: \(String(cString: strerror(errno)))")
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let holder = (try? String(contentsOfFile: path, encoding: .utf8))?
        .trimmingCharacters(in: .whitespacesAndNewlines)
      close(descriptor)
      throw Diagnostic(
        .error, file: path,
        message:
          "another copydesk build (process \(holder.flatMap { $0.isEmpty ? nil : $0 } ?? "unknown")) "
          + "is writing this output folder; wait for it to finish")
    }
    let pid = Data("\(getpid())\n".utf8)
    _ = ftruncate(descriptor, 0)
    _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
  }

  /// Releases the lock.
  func release() {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
