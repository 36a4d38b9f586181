public import Foundation

/// Writes files so that readers see either the old content or the new, never half of it.
public enum AtomicFile {
  /// Writes `data` to a temporary file in `temporaryDirectory` (default: beside the
  /// destination), then renames it over `url`.
  public static func write(_ data: Data, to url: URL, temporaryDirectory: URL? = nil) throws {
    let folder = temporaryDirectory ?? url.deletingLastPathComponent()
    try move(try writeTemporary(data, for: url, in: folder), to: url)
  }

  /// Writes `data` to a new temporary file in `folder` and returns its URL, for `move` to put in
  /// place later.
  ///
  /// A process killed in between leaves at most a stray temporary file.
  public static func writeTemporary(_ data: Data, for url: URL, in folder: URL) throws -> URL {
    URL(
      fileURLWithPath: try writeTemporary(data, named: url.lastPathComponent, inFolder: folder.path)
    )
  }

  /// Writes `data` to a new temporary file in the folder at `folder`, named after `name`,
  /// and returns its path; string paths spare the cost of building URLs in bulk writes.
  public static func writeTemporary(_ data: Data, named name: String, inFolder folder: String)
    throws -> String
  {
    let path = folder + "/." + name + "." + UUID().uuidString + ".tmp"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
    }
    defer { close(descriptor) }
    let complete = data.withUnsafeBytes { bytes -> Bool in
      var offset = 0
      while offset < bytes.count {
        let count = Foundation.write(
          descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
        guard count > 0 else { return false }
        offset += count
      }
      return true
    }
    guard complete else {
      unlink(path)
      throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: path])
    }
    return path
  }

  /// Renames a temporary file over `url`; on failure the temporary file is removed.
  public static func move(_ temporary: URL, to url: URL) throws {
    guard rename(temporary.path, url.path) == 0 else {
      unlink(temporary.path)
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
    }
  }
}
