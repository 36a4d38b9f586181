import CopydeskCore
import Foundation

/// Files of the preview output, served only from inside it: no `..`, no hidden files (the
/// build state), no symbolic links, no folder listings.
struct StaticFiles: Sendable {
  /// The preview output folder.
  let root: URL

  /// The bytes and content type of the file a URL path names; nil when there is none.
  ///
  /// A folder serves its `index.html`.
  func file(at urlPath: String) -> (data: Data, type: String)? {
    guard let decoded = urlPath.removingPercentEncoding else { return nil }
    let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
    guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") || $0.contains("\0") })
    else { return nil }
    var path = ([root.path] + parts.map(String.init)).joined(separator: "/")
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    if info.st_mode & S_IFMT == S_IFDIR {
      path += "/index.html"
      guard lstat(path, &info) == 0 else { return nil }
    }
    guard info.st_mode & S_IFMT == S_IFREG,
      let data = try? RegularFile.read(path, display: path, limit: 1 << 28, followLinks: false).data
    else { return nil }
    return (data, Self.type(of: path))
  }

  /// The content type for a file name's extension.
  static func type(of path: String) -> String {
    switch (path as NSString).pathExtension.lowercased() {
    case "html": "text/html; charset=utf-8"
    case "xml": "application/xml; charset=utf-8"
    case "json": "application/json; charset=utf-8"
    case "txt": "text/plain; charset=utf-8"
    case "css": "text/css; charset=utf-8"
    case "js": "text/javascript; charset=utf-8"
    case "svg": "image/svg+xml"
    case "png": "image/png"
    case "jpg", "jpeg": "image/jpeg"
    case "gif": "image/gif"
    case "webp": "image/webp"
    default: "application/octet-stream"
    }
  }
}
