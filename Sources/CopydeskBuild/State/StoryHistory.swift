public import CopydeskAST
public import CopydeskCore
public import Foundation
import GRDB

/// What the build state remembers of one story: its identity and every version it sent,
/// when, and which outputs each format wrote (`copydesk history`).
public struct StoryHistory: Sendable {
  /// One version as a build sent it.
  public struct Sending: Sendable {
    /// The story's version.
    public var version: Int
    /// Its publication status then: usable, withheld, canceled.
    public var status: String
    /// The build's clock when it was sent.
    public var sentAt: String
    /// The outputs written, as (format, path in the output folder).
    public var outputs: [(format: String, path: String)]
  }

  /// The story's guid.
  public var guid: String
  /// Its slug, which names its outputs.
  public var slug: String
  /// When it was first published.
  public var firstPublished: Timestamp
  /// Every version sent, oldest first.
  public var versions: [Sending]

  /// The history of the story file `path` in the project of `config`, from the state in
  /// `outputFolder` (the config's output folder when nil); nil when it was never published
  /// there.
  public static func load(story path: String, config: ProjectConfig, outputFolder: URL? = nil)
    throws(Diagnostic) -> StoryHistory?
  {
    let output = OutputFolder(root: outputFolder ?? config.resolve(config.outputPath))
    let storiesFolder = config.resolve(config.storiesPath)
    return try BuildState.read(output) { db in
      try history(of: try stateKey(of: path, storiesFolder: storiesFolder), db)
    } ?? nil
  }

  /// The story's key in the state: its path relative to the stories folder, in NFC.
  static func stateKey(of path: String, storiesFolder: URL) throws(Diagnostic) -> String {
    let file = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    let folder = storiesFolder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
    guard file.hasPrefix(folder) else {
      throw Diagnostic(
        .error, file: path,
        message: "the story is not in the stories folder (\(storiesFolder.path)); the build "
          + "state knows stories by their place there")
    }
    return String(file.dropFirst(folder.count)).precomposedStringWithCanonicalMapping
  }

  private static func history(of key: String, _ db: Database) throws -> StoryHistory? {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT id, guid, slug, first_published FROM story WHERE source_path = ?",
        arguments: [key]),
      case .zoned(let first)? = RFC3339.parse(row["first_published"])
    else { return nil }
    var versions: [Sending] = []
    for sent in try Row.fetchAll(
      db,
      sql: "SELECT version, status, sent_at, format, path FROM sent WHERE owner = ? "
        + "ORDER BY version, format, path",
      arguments: [row["id"] as Int64])
    {
      let version: Int = sent["version"]
      if versions.last?.version != version {
        versions.append(
          Sending(version: version, status: sent["status"], sentAt: sent["sent_at"], outputs: []))
      }
      versions[versions.count - 1].outputs.append((sent["format"], sent["path"]))
    }
    return StoryHistory(
      guid: row["guid"], slug: row["slug"], firstPublished: first, versions: versions)
  }
}
