public import CopydeskAST
public import CopydeskCore
public import CopydeskReader
public import Foundation

/// The `formats.jsonfeed` settings.
public struct JSONFeedSettings: FormatSettings {
  /// The most stories on one feed page.
  public var limit = 50
  /// The URL of the page describing the `_copydesk` extension (JSON Feed 1.1 asks for one as
  /// `about`); publish `docs/json-feed-extension.md` and name its address here.
  public var about: String?

  /// The defaults.
  public init() {}
}

/// JSON Feed 1.1: the public stories, newest first, in pages of `limit`.
public struct JSONFeedFormat: AnnouncedFeed {
  /// `jsonfeed`.
  public let name = "jsonfeed"
  /// What the format is.
  public let summary = "a JSON Feed 1.1 of the public stories, newest first, paged"
  /// Pages over every story.
  public let kind = FormatKind.collection
  /// Feeds are public.
  public let audience = Audience.public
  /// Where the pages go.
  public let outputPattern = "feed.json, feed/2.json, …"
  /// `limit` and `about`.
  public let optionKeys = ["limit", "about"]
  /// The feed's records.
  public let collection = "jsonfeed"
  /// Pages announce `feed.json`.
  public let announcement = OutputLayout.Feed(
    type: "application/feed+json", path: "feed.json", title: "JSON Feed")

  /// The JSON Feed format.
  public init() {}

  /// Applies `formats.jsonfeed.limit` or `formats.jsonfeed.about`.
  public func configure(
    _ options: inout FormatOptions, key: String, value: YAMLField
  ) throws(Diagnostic) {
    switch key {
    case "about":
      let url = try value.text()
      guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
        throw value.diagnostic("'about' must be an absolute http(s) URL, got '\(url)'")
      }
      options[JSONFeedSettings.self].about = url
    default:
      options[JSONFeedSettings.self].limit = try value.integer(
        in: 1...10_000, meaning: "stories per feed page")
    }
  }

  /// A feed with the story as its one item.
  public func render(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> RenderedOutput
  {
    var warnings: [Diagnostic] = []
    let item = JSONFeedItemBuilder.item(article, context: context, warnings: &warnings)
    let document = JSONFeed.feed(
      items: [item], feedURL: nil, nextURL: nil, site: context.site, layout: context.layout)
    return RenderedOutput(
      data: RecordCoding.prettyFile(document.json),
      warnings: warnings)
  }

  /// The story's feed item, kept as its record.
  public func publish(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> Publication
  {
    var warnings: [Diagnostic] = []
    let item = JSONFeedItemBuilder.item(article, context: context, warnings: &warnings)
    return Publication(record: SortedJSONEncoder.encode(item.json), warnings: warnings)
  }

  /// Pages of `limit` items.
  public func pageRanges(count: Int, options: FormatOptions) -> [Range<Int>] {
    JSONFeed.pageRanges(count: count, limit: options[JSONFeedSettings.self].limit)
  }

  /// The page's file: `feed.json`, then `feed/2.json` and so on.
  public func pagePath(_ index: Int, layout: OutputLayout) -> String {
    JSONFeed.pagePath(index)
  }

  /// One feed page: the feed object around the stored items, which are already the items'
  /// JSON, laid out as `RecordCoding.prettyFile` would lay out the whole page.
  public func page(
    _ index: Int, of pageCount: Int, records: [Data], context: CollectionContext
  ) throws(Diagnostic) -> Data {
    let path = JSONFeed.pagePath(index)
    let document = JSONFeed.page(
      index, of: pageCount, items: [], site: context.site, layout: context.layout)
    guard records.allSatisfy({ $0.first == UInt8(ascii: "{") && $0.last == UInt8(ascii: "}") }),
      let page = PrettyJSON.splice(
        records, into: SortedJSONEncoder.encode(document.json), at: "items")
    else {
      throw Diagnostic(
        .error, file: path, message: "a stored feed item is not JSON; rebuild with --force")
    }
    return PrettyJSON.layOut(page) + Data("\n".utf8)
  }
}

extension OutputFormat where Self == JSONFeedFormat {
  /// The `jsonfeed` format, for `as: .jsonfeed` where a format is expected.
  public static var jsonfeed: JSONFeedFormat { JSONFeedFormat() }
}
