import CopydeskReader
import Foundation

/// A lock file in the output folder's state folder, so a second `copydesk build` on the same
/// output refuses to start instead of interleaving its writes with the first.
final class BuildLock {
  private let url: URL

  /// Takes the lock, or throws a diagnostic naming the process that holds it.
  ///
  /// A lock left by a process that no longer runs is taken over.
  init(in stateFolder: URL) throws(Diagnostic) {
    url = stateFolder.appendingPathComponent("lock")
    let contents = Data("\(getpid())\n".utf8)
    for _ in 0..<2 {
      let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
      if descriptor >= 0 {
        _ = contents.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        return
      }
      let holder = (try? String(contentsOf: url, encoding: .utf8))
        .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
      if let holder, kill(holder, 0) == 0 || errno == EPERM {
        throw Diagnostic(
          .error, file: url.path,
          message:
            "another copydesk build (process \(holder)) is writing this output folder; wait for it to "
            + "finish, or remove this file if that process is gone")
      }
      try? FileManager.default.removeItem(at: url)
    }
    throw Diagnostic(.error, file: url.path, message: "cannot take the build lock")
  }

  /// Releases the lock.
  func release() {
    try? FileManager.default.removeItem(at: url)
  }
}
