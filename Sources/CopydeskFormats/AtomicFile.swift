import CopydeskCore
public import Foundation

/// Writes files so that readers see either the old content or the new, never half of it.
public enum AtomicFile {
  /// Why a write failed, in copydesk's words: what was being done, where, and the system's reason.
  public struct Failure: LocalizedError, CustomStringConvertible {
    /// What was being done, such as "create a file in".
    public var action: String
    /// The path it was done to.
    public var path: String
    /// The `errno` of the failure.
    public var code: Int32

    /// The whole message, such as `cannot create a file in /srv/out: No space left on device`.
    public var description: String {
      "cannot \(action) \(path): \(String(cString: strerror(code)))"
    }

    /// The message, where callers ask for `localizedDescription`.
    public var errorDescription: String? { description }
  }

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
      fileURLWithPath: try writeTemporary(
        data, named: url.lastPathComponent, inFolder: folder.path
      ).path)
  }

  /// Writes `data` to a new temporary file in the folder at `folder`, named after `name`,
  /// and returns its path and status (see `create`); string paths spare the cost of building
  /// URLs in bulk writes.
  public static func writeTemporary(_ data: Data, named name: String, inFolder folder: String)
    throws -> (path: String, status: stat)
  {
    let path = folder + "/." + name + "." + UUID().uuidString + ".tmp"
    do {
      return (path, try create(data, atPath: path))
    } catch let failure as Failure {
      throw Failure(action: failure.action + " a file in", path: folder, code: failure.code)
    }
  }

  /// Creates the file `path`, which must not exist yet (a symbolic link there is not followed),
  /// holding `data`, and returns its status as written; on failure nothing is left at `path`.
  ///
  /// The status is the file's after a later `rename` too, which keeps size and modification
  /// time, so callers need not ask again.
  public static func create(_ data: Data, atPath path: String) throws -> stat {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard descriptor >= 0 else {
      throw Failure(action: "create", path: path, code: errno)
    }
    defer { close(descriptor) }
    var info = stat()
    if let failure = FileDescriptor.writeAll(data, to: descriptor)
      ?? (fstat(descriptor, &info) == 0 ? nil : errno)
    {
      unlink(path)
      throw Failure(action: "write", path: path, code: failure)
    }
    return info
  }

  /// Renames a temporary file over `url`; on failure the temporary file is removed.
  public static func move(_ temporary: URL, to url: URL) throws {
    guard rename(temporary.path, url.path) == 0 else {
      let code = errno
      unlink(temporary.path)
      throw Failure(action: "put the file in place at", path: url.path, code: code)
    }
  }
}
