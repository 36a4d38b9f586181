import CopydeskAST
import CopydeskReader
import Foundation

/// A public story's place in the feed, kept in the ledger; the item itself is cached in
/// `.copydesk/items/` so a build rewrites only the feed pages whose items changed.
struct FeedRecord: Codable, Sendable, Hashable {
  /// The first publication time: the feed is newest first.
  var date: Timestamp
  /// The guid, to order stories published at the same instant.
  var id: String
  /// The hash of the cached item's bytes.
  var itemHash: String

  /// The cached item's bytes.
  static func encode(_ item: JSONFeedItem, file: String) throws(Diagnostic) -> Data {
    do {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      return try encoder.encode(item)
    } catch {
      throw Diagnostic(.error, file: file, message: "cannot encode the feed item: \(error)")
    }
  }

  /// The cache file name of the item of the story at `path` (relative to the stories folder).
  static func cacheName(for path: String) -> String {
    ContentHash.of([path]) + ".json"
  }
}
