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
    for story in built where story.failure == nil {
      for planned in story.outputs where planned.written {
        guard settings.registry.format(named: planned.format)?.audience == .subscribers else {
          continue
        }
        let data = try RegularFile.read(
          output.rootPath + "/" + planned.path, display: planned.path, limit: 1 << 30,
          followLinks: false
        ).data
        var path = Self.archivePath(planned.path, format: planned.format, story: story)
        if let kept = try? RegularFile.read(
          output.rootPath + "/" + path, display: path, limit: 1 << 30, followLinks: false
        ).data {
          if kept == data { continue }
          path = Self.archivePath(
            planned.path, format: planned.format, story: story,
            variant: "-" + planned.hash.prefix(8))
        }
        try output.createFolders(for: path)
        _ = try output.place(try output.stage(data, for: path), at: path)
      }
    }
  }

  /// `archive/<format>/<slug>/v<version>`, then `variant` and what follows the slug in the
  /// output's file name (`.xml`, `.picture.xml`), or the whole name when it does not start
  /// with the slug.
  static func archivePath(
    _ path: String, format: String, story: BuiltStory, variant: Substring = ""
  ) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let rest = name.hasPrefix(story.slug) ? String(name.dropFirst(story.slug.count)) : "-" + name
    return "archive/\(format)/\(story.slug)/v\(story.version)\(variant)\(rest)"
  }
}
