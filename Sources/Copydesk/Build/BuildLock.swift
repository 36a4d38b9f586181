import CopydeskReader
import Foundation

/// A lock file in the output folder's state folder, so a second `copydesk build` on the same
/// output refuses to start instead of interleaving its writes with the first.
final class BuildLock {
  private let url: URL

  /// Takes the lock, or throws a diagnostic naming the process that holds it.
  ///
  /// The lock file appears with the owner's process id already in it (written to a temporary
  /// file, then hard-linked into place), so no other build can see it empty. A lock left by a
  /// process that no longer runs is taken over.
  init(in stateFolder: URL) throws(Diagnostic) {
    url = stateFolder.appendingPathComponent("lock")
    let pending = stateFolder.appendingPathComponent("lock.\(getpid()).\(UUID().uuidString)")
    do {
      try Data("\(getpid())\n".utf8).write(to: pending)
    } catch {
      throw Diagnostic(
        .error, file: url.path,
        message: "cannot create the build lock: \(error.localizedDescription)")
    }
    defer { unlink(pending.path) }
    for _ in 0..<3 {
      if link(pending.path, url.path) == 0 { return }
      let holder = (try? String(contentsOf: url, encoding: .utf8))
        .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
      if let holder, kill(holder, 0) != 0, errno == ESRCH {
        unlink(url.path)
        continue
      }
      throw Diagnostic(
        .error, file: url.path,
        message:
          "another copydesk build (process \(holder.map(String.init) ?? "unknown")) is writing this "
          + "output folder; wait for it to finish, or remove this file if that process is gone")
    }
    throw Diagnostic(.error, file: url.path, message: "cannot take the build lock")
  }

  /// Releases the lock.
  func release() {
    unlink(url.path)
  }
}
