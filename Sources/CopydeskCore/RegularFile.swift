public import Foundation

/// Reads regular files only, checking their size before reading a byte of them, so that a FIFO,
/// a device or a huge file is refused with a clear message instead of blocking or filling
/// memory.
public enum RegularFile {
  /// The bytes of the regular file at `path`, with its `stat` from before the read.
  ///
  /// `display` names the file in diagnostics; `limit` is the largest size accepted and
  /// `limitKey` the setting that raises it; a symbolic link is followed only when
  /// `followLinks` is true.
  public static func read(
    _ path: String, display: String, limit: Int, limitKey: String? = nil, followLinks: Bool = true
  ) throws(Diagnostic) -> (data: Data, info: stat) {
    // O_NONBLOCK: opening a FIFO without a writer must not wait; it is refused just below.
    let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followLinks ? 0 : O_NOFOLLOW)
    let descriptor = open(path, flags)
    guard descriptor >= 0 else {
      throw Diagnostic(.error, file: display, message: openFailure(errno, followLinks: followLinks))
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw Diagnostic(
        .error, file: display, message: "cannot read the file: \(String(cString: strerror(errno)))")
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw Diagnostic(
        .error, file: display,
        message: "not a regular file (\(kind(of: info))); only ordinary files are read")
    }
    guard Int(info.st_size) <= limit else {
      throw Diagnostic(
        .error, file: display, key: limitKey,
        message: "the file is \(info.st_size) bytes, over the limit of \(limit)"
          + (limitKey.map { "; split it or raise \($0)" } ?? ""))
    }
    guard let data = readAll(descriptor, expected: Int(info.st_size), limit: limit) else {
      throw Diagnostic(
        .error, file: display, message: "cannot read the file: \(String(cString: strerror(errno)))")
    }
    guard data.count <= limit else {
      throw Diagnostic(
        .error, file: display, key: limitKey,
        message: "the file grew over the limit of \(limit) bytes while it was read")
    }
    return (data, info)
  }

  /// What a non-regular file is, in words.
  static func kind(of info: stat) -> String {
    switch info.st_mode & S_IFMT {
    case S_IFDIR: "a folder"
    case S_IFIFO: "a named pipe"
    case S_IFCHR, S_IFBLK: "a device"
    case S_IFSOCK: "a socket"
    case S_IFLNK: "a symbolic link"
    default: "not an ordinary file"
    }
  }

  private static func openFailure(_ code: Int32, followLinks: Bool) -> String {
    switch code {
    case ENOENT: "no such file"
    case EACCES: "permission denied: the file cannot be read"
    case ELOOP where !followLinks: "a symbolic link, which is never followed here"
    case EISDIR: "not a regular file (a folder); only ordinary files are read"
    default: "cannot read the file: \(String(cString: strerror(code)))"
    }
  }
}

/// Every byte up to the end of the file; nil when a read fails (`errno` says why).
///
/// The bytes go straight into a buffer of the size `stat` gave; a file that grew meanwhile is
/// read on to its end, or to one byte past `limit`.
private func readAll(_ descriptor: Int32, expected: Int, limit: Int) -> Data? {
  var data = Data(count: expected)
  var filled = 0
  while true {
    if filled == data.count {
      guard filled <= limit else { return data }
      data.count += max(4096, min(filled, limit + 1 - filled))
    }
    let count = data.withUnsafeMutableBytes { buffer in
      read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
    }
    if count < 0 {
      if errno == EINTR { continue }
      return nil
    }
    if count == 0 { break }
    filled += count
  }
  data.count = filled
  return data
}
