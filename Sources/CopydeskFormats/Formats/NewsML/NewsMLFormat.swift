public import CopydeskAST
public import CopydeskCore
public import CopydeskReader
import Foundation

/// The `formats.newsml` settings.
public struct NewsMLSettings: FormatSettings {
  /// The body vocabulary inside `inlineXML`.
  public var body = NewsMLBody.xhtml

  /// The defaults.
  public init() {}
}

/// The body vocabularies a NewsML-G2 item can carry in `inlineXML`.
public enum NewsMLBody: String, CaseIterable, Sendable, Hashable {
  /// An XHTML `<html>` document, as IPTC's own generator writes (the default).
  case xhtml
  /// A NITF 3.6 `<nitf>` document.
  case nitf
}

/// NewsML-G2 2.35: one `newsItem` per story, valid against the official IPTC schema.
public struct NewsMLFormat: OutputFormat {
  /// `newsml`.
  public let name = "newsml"
  /// What the format is.
  public let summary = "a NewsML-G2 2.35 newsItem (XHTML or NITF body)"
  /// One item per story.
  public let kind = FormatKind.story
  /// Subscribers get embargoed, withheld and canceled items with their markers.
  public let audience = Audience.subscribers
  /// Where the items go.
  public let outputPattern = "newsml/{slug}.xml"
  /// `body`.
  public let optionKeys = ["body"]

  /// The NewsML-G2 format.
  public init() {}

  /// Applies `formats.newsml.body`.
  public func configure(
    _ options: inout FormatOptions, key: String, value: YAMLField
  ) throws(Diagnostic) {
    options[NewsMLSettings.self].body = try value.choice(of: NewsMLBody.self)
  }

  /// The story's `newsItem`.
  public func render(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> RenderedOutput
  {
    try NewsMLRenderer().render(article, context: context)
  }

  /// The story's `newsItem` as `newsml/{slug}.xml`.
  public func publish(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> Publication
  {
    let item = try render(article, context: context)
    return Publication(
      files: [Publication.File(path: "newsml/\(article.metadata.slug).xml", data: item.data)],
      warnings: item.warnings)
  }
}

extension OutputFormat where Self == NewsMLFormat {
  /// The `newsml` format, for `as: .newsml` where a format is expected.
  public static var newsml: NewsMLFormat { NewsMLFormat() }
}
