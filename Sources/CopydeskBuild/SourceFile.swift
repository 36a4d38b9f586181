import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// One story file read for a build, with its sidecar when it is raw wire copy that has one, the
/// files' size and time from before the read and whether they still held after it, so an edit
/// saved mid-read is never taken as published.
struct SourceFile: Sendable {
  /// The bytes read.
  var data: Data
  /// The desk's metadata beside raw wire copy (`NAME.txt.yml`), when there is one.
  var sidecar: Sidecar?
  /// The size and modification time of the story and its sidecar when the read began.
  var status: FileStatus
  /// False when a file changed while it was being read: the next build reads it again.
  var isStable: Bool

  /// The content hash of the story and its sidecar: a change to either rebuilds the story.
  var hash: String {
    guard let sidecar else { return ContentHash.identity(of: data) }
    return ContentHash.identity(of: [String(decoding: data, as: UTF8.self), sidecar.text])
  }

  /// Reads the regular file at `path` (never through a symbolic link), and its sidecar.
  ///
  /// A file larger than `limit` is refused before any of it is read. `afterRead` runs between the
  /// read and the second look at the files.
  static func read(
    _ path: String, display: String, limit: Int, afterRead: (@Sendable () -> Void)? = nil
  ) throws(Diagnostic) -> SourceFile {
    let before = status(of: path)
    let data = try RegularFile.read(
      path, display: display, limit: limit, limitKey: "limits.story_bytes in copydesk.yml",
      followLinks: false
    ).data
    let sidecar = try Sidecar.read(
      besideStory: path, display: display, limit: limit, followLinks: false)
    afterRead?()
    return SourceFile(
      data: data, sidecar: sidecar, status: before ?? FileStatus(size: -1, modified: -1),
      isStable: before != nil && status(of: path) == before)
  }

  /// The status of the story at `path` taken with its sidecar: the sizes added (with one more
  /// when there is a sidecar) and the later of the times, so editing either shows; `known` is
  /// the story file's own status when the caller has just taken it.
  static func status(of path: String, known: FileStatus? = nil) -> FileStatus? {
    guard let story = known ?? FileStatus.of(path) else { return nil }
    guard let sidecarPath = Sidecar.path(for: path), let sidecar = FileStatus.of(sidecarPath)
    else { return story }
    return FileStatus(
      size: story.size + sidecar.size + 1, modified: max(story.modified, sidecar.modified))
  }
}
