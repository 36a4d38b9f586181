public import CopydeskAST
public import CopydeskCore
public import CopydeskReader
import CopydeskXML
import Foundation

/// The `formats.newsml` settings.
public struct NewsMLSettings: FormatSettings {
  /// The body vocabulary inside `inlineXML`.
  public var body = NewsMLBody.xhtml
  /// What each story's file holds: its item, or a message with its items.
  public var envelope = NewsMLEnvelope.item

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

/// What a story's NewsML-G2 file holds.
public enum NewsMLEnvelope: String, CaseIterable, Sendable, Hashable {
  /// The text item alone (the default); its picture item is a file of its own.
  case item
  /// A `newsMessage` whose header carries the priority, holding the text and picture items,
  /// for receivers that read priority only from a message header.
  case message
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
  public let outputPattern = "newsml/{slug}.xml, newsml/{slug}.picture.xml"
  /// `body` and `envelope`.
  public let optionKeys = ["body", "envelope"]

  /// The NewsML-G2 format.
  public init() {}

  /// Applies `formats.newsml.body` or `formats.newsml.envelope`.
  public func configure(
    _ options: inout FormatOptions, key: String, value: YAMLField
  ) throws(Diagnostic) {
    switch key {
    case "envelope":
      options[NewsMLSettings.self].envelope = try value.choice(of: NewsMLEnvelope.self)
    default: options[NewsMLSettings.self].body = try value.choice(of: NewsMLBody.self)
    }
  }

  /// The story's `newsItem`.
  public func render(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> RenderedOutput
  {
    try NewsMLRenderer().render(article, context: context)
  }

  /// The story's `newsItem` as `newsml/{slug}.xml`, and its picture's item as
  /// `newsml/{slug}.picture.xml` (both in the one message file under `envelope: message`).
  public func publish(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> Publication
  {
    let item = try render(article, context: context)
    var files = [Publication.File(path: "newsml/\(article.metadata.slug).xml", data: item.data)]
    if context.options[NewsMLSettings.self].envelope == .item,
      let picture = NewsMLPicture.item(for: article, context: context)
    {
      files.append(
        Publication.File(
          path: NewsMLPicture.path(for: article.metadata), data: XMLWriter.serialize(picture)))
    }
    return Publication(files: files, warnings: item.warnings)
  }
}

extension OutputFormat where Self == NewsMLFormat {
  /// The `newsml` format, for `as: .newsml` where a format is expected.
  public static var newsml: NewsMLFormat { NewsMLFormat() }
}
