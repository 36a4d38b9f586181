public import CopydeskCore
import Foundation
import GRDB

/// Every story the build state knows in one output folder, with the outputs it owns: what the
/// preview desk lists and links.
public struct StoryCatalog: Sendable {
  /// One story.
  public struct Entry: Sendable {
    /// The source path as the user sees it.
    public var path: String
    /// The slug that names its outputs.
    public var slug: String
    /// Its guid.
    public var guid: String
    /// Its publication status: usable, withheld, canceled, draft.
    public var status: String
    /// Its outputs, as (format, path in the output folder), in path order.
    public var outputs: [(format: String, path: String)]
  }

  /// The stories, in source path order.
  public var entries: [Entry]

  /// A catalog of `entries`.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// The catalog of the state in `settings`' output folder; empty before the first build.
  public static func load(_ settings: BuildSettings) throws(Diagnostic) -> StoryCatalog {
    let rows =
      try BuildState.read(OutputFolder(root: settings.outputFolder)) { db in
        try Row.fetchAll(
          db,
          sql: """
            SELECT s.source_path, s.slug, s.guid, s.status, o.format, o.path FROM story s
            LEFT JOIN output o ON o.owner = s.id
            WHERE s.source_path IS NOT NULL ORDER BY s.source_path, o.path
            """)
      } ?? []
    var entries: [Entry] = []
    for row in rows {
      let path = BuildRun.display(row["source_path"], prefix: settings.displayPrefix)
      if entries.last?.path != path {
        entries.append(
          Entry(
            path: path, slug: row["slug"], guid: row["guid"], status: row["status"], outputs: []))
      }
      if let format: String = row["format"], let file: String = row["path"] {
        entries[entries.count - 1].outputs.append((format, file))
      }
    }
    return StoryCatalog(entries: entries)
  }
}
