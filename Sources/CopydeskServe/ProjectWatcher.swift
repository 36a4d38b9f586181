import Foundation

/// Notices changes to the watched files and folders by comparing, a few times a second, the
/// size and modification time of every file in them (hidden files and folders aside).
///
/// Polling needs no platform API and sees every editor's way of saving (in place, or a new
/// file renamed over the old one).
struct ProjectWatcher: Sendable {
  /// The files and folders watched.
  let watched: [URL]
  /// A folder inside them never watched: the preview output.
  let ignored: URL

  /// One look at every watched file: path, size and time.
  func fingerprint() -> [String: [Double]] {
    var files: [String: [Double]] = [:]
    let ignoredPath = ignored.standardizedFileURL.path
    for url in watched {
      var info = stat()
      guard lstat(url.path, &info) == 0 else { continue }
      guard info.st_mode & S_IFMT == S_IFDIR else {
        files[url.path] = [Double(info.st_size), Double(info.st_mtim.tv_sec)]
        continue
      }
      let enumerator = FileManager.default.enumerator(
        at: url, includingPropertiesForKeys: [.fileSizeKey, .contentModificationDateKey],
        options: [.skipsHiddenFiles])
      while let file = enumerator?.nextObject() as? URL {
        if file.standardizedFileURL.path.hasPrefix(ignoredPath) {
          enumerator?.skipDescendants()
          continue
        }
        let values = try? file.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey])
        files[file.path] = [
          Double(values?.fileSize ?? -1),
          values?.contentModificationDate?.timeIntervalSince1970 ?? 0,
        ]
      }
    }
    return files
  }

  /// Calls `changed` whenever the fingerprint differs from the one before, until cancelled.
  func watch(every interval: Duration = .milliseconds(300), changed: @Sendable () async -> Void)
    async
  {
    var last = fingerprint()
    while !Task.isCancelled {
      try? await Task.sleep(for: interval)
      let now = fingerprint()
      if now != last {
        last = now
        await changed()
      }
    }
  }
}
