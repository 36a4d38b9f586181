public import CopydeskAST

/// Per-format choices a user can make on the command line or in the project config.
public struct RenderOptions: Sendable, Hashable {
  /// The body format inside a NewsML-G2 item.
  public var newsMLBody: NewsMLBody
  /// The instant embargoes are judged against; nil means the current time.
  public var clock: Timestamp?
  /// The wire layout.
  public var wireProfile: WireProfile
  /// The characters wire output may contain.
  public var wireCharset: WireCharset
  /// The wire service id: 3 letters in the IPTC 7901 header, the ANPA selector code.
  public var wireService: String
  /// The wire category used when a story names none (7901: 1 to 3 letters; ANPA: the first).
  public var wireCategory: String
  /// The wire story sequence number (from `--sequence`, or from the build state).
  public var wireSequence: Int
  /// True to print link URLs in brackets after the link text in wire output.
  public var wireLinkURLs: Bool

  /// Creates render options with the defaults.
  public init(
    newsMLBody: NewsMLBody = .xhtml, clock: Timestamp? = nil, wireProfile: WireProfile = .iptc7901,
    wireCharset: WireCharset = .ascii, wireService: String = "cdk", wireCategory: String = "i",
    wireSequence: Int = 1, wireLinkURLs: Bool = false
  ) {
    self.newsMLBody = newsMLBody
    self.clock = clock
    self.wireProfile = wireProfile
    self.wireCharset = wireCharset
    self.wireService = wireService
    self.wireCategory = wireCategory
    self.wireSequence = wireSequence
    self.wireLinkURLs = wireLinkURLs
  }
}

/// The wire layouts copydesk writes (standards.md §3).
public enum WireProfile: String, CaseIterable, Sendable, Hashable {
  /// IPTC 7901 as dpa and KNA transmit it (standards.md §3.3, §3.6).
  case iptc7901
  /// ANPA-1312 in the layout strict and lenient receivers both accept (standards.md §3.4, §3.5).
  case anpa1312
  /// Readable plain text without control characters, for e-mail, SMS gateways and pagers.
  case plain
}

/// The character sets wire output can be written in.
public enum WireCharset: String, CaseIterable, Sendable, Hashable {
  /// 7-bit ASCII (ISO 646), the portable default: other characters are transliterated.
  case ascii
  /// ISO 8859-1, one byte per character.
  case latin1
  /// UTF-8, every character kept.
  case utf8
}

/// The body vocabularies a NewsML-G2 item can carry in `inlineXML`.
public enum NewsMLBody: String, CaseIterable, Sendable, Hashable {
  /// An XHTML `<html>` document, as IPTC's own generator writes (the default).
  case xhtml
  /// A NITF 3.6 `<nitf>` document.
  case nitf
}
