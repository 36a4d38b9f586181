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
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    guard descriptor >= 0 else {
      throw Diagnostic(
        .error, file: display, message: "cannot read the file: \(String(cString: strerror(errno)))")
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      throw Diagnostic(.error, file: display, message: "not a regular file; nothing was read")
    }
    let before = FileStatus(info)
    guard before.size <= limit else {
      throw Diagnostic(
        .error, file: display, key: "limits.story_bytes",
        message: "the file is \(before.size) bytes, over the limit of \(limit); split the story "
          + "or raise limits.story_bytes in copydesk.yml")
    }
    let data: Data
    do {
      data = try handle.readToEnd() ?? Data()
    } catch {
      throw Diagnostic(
        .error, file: display, message: "cannot read the file: \(error.localizedDescription)")
    }
    afterRead?()
    return SourceFile(
      data: data, status: before,
      isStable: FileStatus.of(path) == before && data.count == before.size)
  }
}
