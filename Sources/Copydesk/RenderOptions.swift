public import CopydeskAST

/// Per-format choices a user can make on the command line or in the project config.
public struct RenderOptions: Sendable, Hashable {
  /// The body format inside a NewsML-G2 item.
  public var newsMLBody: NewsMLBody
  /// The instant embargoes are judged against; nil means the current time.
  public var clock: Timestamp?

  /// Creates render options with the defaults.
  public init(newsMLBody: NewsMLBody = .xhtml, clock: Timestamp? = nil) {
    self.newsMLBody = newsMLBody
    self.clock = clock
  }
}

/// The body vocabularies a NewsML-G2 item can carry in `inlineXML`.
public enum NewsMLBody: String, CaseIterable, Sendable, Hashable {
  /// An XHTML `<html>` document, as IPTC's own generator writes (the default).
  case xhtml
  /// A NITF 3.6 `<nitf>` document.
  case nitf
}
