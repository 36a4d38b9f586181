public import Foundation

/// Writes files so that readers see either the old content or the new, never half of it.
public enum AtomicFile {
  /// Writes `data` to a temporary file in `temporaryDirectory` (default: beside the
  /// destination), then renames it over `url`.
  public static func write(_ data: Data, to url: URL, temporaryDirectory: URL? = nil) throws {
    let folder = temporaryDirectory ?? url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try data.write(to: temporary)
      if rename(temporary.path, url.path) != 0 {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }
}
