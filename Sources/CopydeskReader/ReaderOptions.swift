public import CopydeskAST
public import Foundation

/// Settings that fill in what a story file leaves out.
public struct ReaderOptions: Sendable {
  /// The provider id used in default guids: `urn:newsml:{provider}:{yyyymmdd}:{slug}`.
  public var provider: String
  /// The language of stories that do not name one.
  public var defaultLanguage: String
  /// The time zone that gives naive date-times (no offset) their meaning; nil makes them errors.
  public var defaultTimeZone: TimeZone?
  /// The publication time of raw wire copy, which carries no date of its own.
  public var wireDate: Timestamp?
  /// True when `wireDate` was chosen on purpose (`--date`, a build's publication clock), so
  /// using it is not worth a warning.
  public var wireDateIsChosen = false
  /// The largest story file accepted, in bytes.
  public var maximumFileSize: Int
  /// The default story-size limit, 256 KiB: news copy is kilobytes, and every story under it
  /// reads in about a second at worst (`scripts/benchmark --slow-inputs`).
  public static let defaultMaximumFileSize = 256 * 1024
  /// The identity the build remembers for this story, when it was published before.
  public var pinned: PinnedIdentity?

  /// Creates reader options; the defaults accept a story from any newsroom.
  public init(
    provider: String = "example.com", defaultLanguage: String = "en",
    defaultTimeZone: TimeZone? = nil, wireDate: Timestamp? = nil,
    maximumFileSize: Int = defaultMaximumFileSize
  ) {
    self.provider = provider
    self.defaultLanguage = defaultLanguage
    self.defaultTimeZone = defaultTimeZone
    self.wireDate = wireDate
    self.maximumFileSize = maximumFileSize
  }
}
