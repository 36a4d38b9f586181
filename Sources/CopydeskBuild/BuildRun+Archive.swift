import CopydeskCore
import CopydeskFormats
import Foundation

extension BuildRun {
  /// Keeps a copy of every subscriber output this build wrote, as
  /// `archive/<format>/<slug>/v<version>.<ext>`, so a desk can show a receiver exactly what
  /// was sent (`archive: true`).
  ///
  /// Archived files are never recorded as outputs, so no build ever deletes them. A version
  /// sent again with other bytes (after a template change) is kept beside the first, its name
  /// ending in the new bytes' hash.
  func archiveSent() throws(Diagnostic) {
    guard settings.config.archive, !settings.dryRun else { return }
    for item in archiveItems {
      let data = try RegularFile.read(
        output.rootPath + "/" + item.path, display: item.path, limit: 1 << 30, followLinks: false
      ).data
      var path = Self.archivePath(of: item)
      if let kept = try? RegularFile.read(
        output.rootPath + "/" + path, display: path, limit: 1 << 30, followLinks: false
      ).data {
        if kept == data { continue }
        path = Self.archivePath(of: item, variant: "-" + item.hash.prefix(8))
      }
      _ = try output.write(data, to: path)
    }
  }

  /// `archive/<format>/<slug>/v<version>`, then `variant` and what follows the slug in the
  /// output's file name (`.xml`, `.picture.xml`), or the whole name when it does not start
  /// with the slug.
  static func archivePath(of item: ArchiveItem, variant: Substring = "") -> String {
    let name = item.path.split(separator: "/").last.map(String.init) ?? item.path
    let rest = name.hasPrefix(item.slug) ? String(name.dropFirst(item.slug.count)) : "-" + name
    return "archive/\(item.format)/\(item.slug)/v\(item.version)\(variant)\(rest)"
  }
}

/// A subscriber output a build writes, as the archive needs it.
struct ArchiveItem {
  var format: String
  var path: String
  var hash: String
  var slug: String
  var version: Int
}
