import CopydeskAST
import Foundation

/// What the last build produced, kept in `Output/.copydesk/ledger.json` so the next build redoes
/// only what changed.
///
/// It is written last, after every output is in place.
struct BuildLedger: Codable, Sendable {
  /// The ledger's own format.
  static let formatVersion = 1

  /// One story's record.
  struct Entry: Codable, Sendable {
    /// The source bytes' hash.
    var sourceHash: String
    /// The source file's size and modification time, to skip reading unchanged files.
    var sourceSize: Int
    var sourceModified: Double
    /// The story's identity and version when it was built.
    var guid: String
    var slug: String
    var version: Int
    /// The wire sequence number, assigned once and kept.
    var sequence: Int?
    /// The status and embargo, so public visibility can be judged again at a new clock
    /// without reading the story.
    var status: PublicationStatus
    var embargo: Timestamp?
    /// True when the story was in the public outputs (HTML page, feed) at that build.
    var isPublic: Bool
    /// Output paths inside the output folder and their content hashes.
    var outputs: [String: String]
    /// The story's row in the index page, when public.
    var index: IndexPage.Story?
    /// The story's feed item record, when public; the item itself is cached in
    /// `.copydesk/items`.
    var feed: FeedRecord?
  }

  var formatVersion = BuildLedger.formatVersion
  /// The hash of everything besides the story that shapes its outputs.
  var environment = ""
  /// The next wire sequence number per wire service.
  var nextSequence: [String: Int] = [:]
  /// Stories by source path relative to the stories folder.
  var stories: [String: Entry] = [:]
  /// Collection outputs (index page, feed pages) and their hashes.
  var collections: [String: String] = [:]

  /// The ledger in `folder`, or an empty one when there is none or it cannot be read.
  static func load(from url: URL) -> (ledger: BuildLedger, readable: Bool) {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return (BuildLedger(), true)
    }
    guard let ledger = try? JSONDecoder().decode(BuildLedger.self, from: data),
      ledger.formatVersion == formatVersion
    else { return (BuildLedger(), false) }
    return (ledger, true)
  }

  /// The ledger's bytes: sorted keys, so the same build gives the same file; compact, as
  /// it is read and written on every build.
  func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self) + Data("\n".utf8)
  }
}

extension BuildLedger.Entry {
  /// Whether the story belongs in public outputs at `clock`, judged from the record alone.
  func isPublic(at clock: Timestamp) -> Bool {
    guard status == .usable else { return false }
    return embargo.map { clock >= $0 } ?? true
  }
}
