import Foundation

/// A file's size and modification time from one `stat` call, far cheaper than Foundation's
/// attribute dictionaries when a build checks tens of thousands of files.
struct FileStatus: Equatable {
  /// The size in bytes.
  var size: Int
  /// The modification time in seconds since 1970, with nanoseconds.
  var modified: Double

  /// The status of the file at `path`, or nil when there is none.
  static func of(_ path: String) -> FileStatus? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileStatus(
      size: Int(info.st_size),
      modified: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1_000_000_000)
  }

  /// True when something exists at `path`.
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }
}
