public import Foundation

/// Whole writes to an open file descriptor, shared by standard output, atomic files and the
/// pipes to plugins.
public enum FileDescriptor {
  /// Writes all of `data` to `descriptor`, retrying short writes and interruptions; the
  /// `errno` of a failure (`ENOSPC` when nothing more can be written), nil on success.
  public static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
    data.withUnsafeBytes { bytes -> Int32? in
      guard let base = bytes.baseAddress else { return nil }
      var offset = 0
      while offset < bytes.count {
        let written = write(descriptor, base + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return written == 0 ? ENOSPC : errno }
        offset += written
      }
      return nil
    }
  }
}
