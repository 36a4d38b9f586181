public import CopydeskAST
public import CopydeskCore
public import CopydeskReader
import CopydeskXML
public import Foundation

/// The `formats.atom` settings.
public struct AtomSettings: FormatSettings {
  /// The most stories in the feed, newest first.
  public var limit = 50

  /// The defaults.
  public init() {}
}

/// Atom 1.0 (RFC 4287): a feed of the newest public stories, next to the JSON Feed.
public struct AtomFormat: AnnouncedFeed {
  /// `atom`.
  public let name = "atom"
  /// What the format is.
  public let summary = "an Atom 1.0 feed (RFC 4287) of the newest public stories"
  /// One feed over every story.
  public let kind = FormatKind.collection
  /// Feeds are public.
  public let audience = Audience.public
  /// Where the feed goes.
  public let outputPattern = "atom.xml"
  /// `limit`.
  public let optionKeys = ["limit"]
  /// The feed's records.
  public let collection = "atom"
  /// Pages announce `atom.xml`.
  public let announcement = OutputLayout.Feed(
    type: "application/atom+xml", path: "atom.xml", title: "Atom")

  /// The Atom format.
  public init() {}

  /// Applies `formats.atom.limit`.
  public func configure(
    _ options: inout FormatOptions, key: String, value: YAMLField
  ) throws(Diagnostic) {
    options[AtomSettings.self].limit = try value.integer(
      in: 1...10_000, meaning: "stories in the Atom feed")
  }

  /// A feed with the story as its one entry.
  public func render(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> RenderedOutput
  {
    var warnings: [Diagnostic] = []
    let entry = AtomEntry.of(article, context: context, warnings: &warnings)
    let feed = AtomFeed(
      entries: [entry], site: context.site, layout: context.layout, path: announcement.path)
    return RenderedOutput(data: XMLWriter.serialize(feed.element), warnings: warnings)
  }

  /// The story's entry, kept as its record.
  public func publish(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> Publication
  {
    var warnings: [Diagnostic] = []
    let entry = AtomEntry.of(article, context: context, warnings: &warnings)
    return Publication(
      record: try RecordCoding.encode(entry, file: context.sourceFile), warnings: warnings)
  }

  /// One feed of the newest `limit` stories.
  public func pageRanges(count: Int, options: FormatOptions) -> [Range<Int>] {
    [0..<min(count, options[AtomSettings.self].limit)]
  }

  /// `atom.xml`.
  public func pagePath(_ index: Int, layout: OutputLayout) -> String {
    announcement.path
  }

  /// The feed.
  public func page(
    _ index: Int, of pageCount: Int, records: [Data], context: CollectionContext
  ) throws(Diagnostic) -> Data {
    let path = announcement.path
    let entries = try records.map { data throws(Diagnostic) in
      try RecordCoding.decode(AtomEntry.self, from: data, file: path)
    }
    let feed = AtomFeed(entries: entries, site: context.site, layout: context.layout, path: path)
    return XMLWriter.serialize(feed.element)
  }
}

extension OutputFormat where Self == AtomFormat {
  /// The `atom` format, for `as: .atom` where a format is expected.
  public static var atom: AtomFormat { AtomFormat() }
}
