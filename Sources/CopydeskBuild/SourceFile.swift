import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// One story file read for a build, with the file's size and time from before the read and
/// whether they still held after it, so an edit saved mid-read is never taken as published.
struct SourceFile: Sendable {
  /// The bytes read.
  var data: Data
  /// The file's size and modification time when the read began.
  var status: FileStatus
  /// False when the file changed while it was being read: the next build reads it again.
  var isStable: Bool

  /// Reads the regular file at `path` (never through a symbolic link).
  ///
  /// A file larger than `limit` is refused before any of it is read. `afterRead` runs between the
  /// read and the second look at the file.
  static func read(
    _ path: String, display: String, limit: Int, afterRead: (@Sendable () -> Void)? = nil
  ) throws(Diagnostic) -> SourceFile {
    let (data, info) = try RegularFile.read(
      path, display: display, limit: limit, limitKey: "limits.story_bytes in copydesk.yml",
      followLinks: false)
    let before = FileStatus(info)
    afterRead?()
    return SourceFile(
      data: data, status: before,
      isStable: FileStatus.of(path) == before && data.count == before.size)
  }
}
