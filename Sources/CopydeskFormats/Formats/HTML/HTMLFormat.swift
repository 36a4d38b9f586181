public import CopydeskAST
public import CopydeskCore
public import CopydeskReader
public import Foundation

/// The `formats.html` settings.
public struct HTMLSettings: FormatSettings {
  /// The most stories on the index page, newest first.
  public var indexLimit = 500

  /// The defaults.
  public init() {}
}

/// HTML: a page per story from the Mustache templates, and the index page of the newest ones.
public struct HTMLFormat: CollectionPages {
  /// `html`.
  public let name = "html"
  /// Pages and the index are rendered through the templates.
  public let usesTemplates = true
  /// What the format is.
  public let summary = "a complete HTML5 page with JSON-LD per story, and html/index.html"
  /// One page per story.
  public let kind = FormatKind.story
  /// Pages are public.
  public let audience = Audience.public
  /// Where the pages go.
  public let outputPattern = "html/{slug}.html, html/index.html"
  /// `index_limit`.
  public let optionKeys = ["index_limit"]
  /// The index page's records.
  public let collection = "index"

  /// The HTML format.
  public init() {}

  /// Applies `formats.html.index_limit`.
  public func configure(
    _ options: inout FormatOptions, key: String, value: YAMLField
  ) throws(Diagnostic) {
    options[HTMLSettings.self].indexLimit = try value.integer(
      in: 1...100_000, meaning: "stories on the index page")
  }

  /// The story's page.
  public func render(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> RenderedOutput
  {
    try HTMLRenderer().render(article, context: context)
  }

  /// The story's page and its row on the index page.
  public func publish(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> Publication
  {
    let page = try render(article, context: context)
    let path = context.layout.pagePath(slug: article.metadata.slug)
    return Publication(
      files: [Publication.File(path: path, data: page.data)],
      record: SortedJSONEncoder.encode(IndexPage.story(article, site: context.site).json),
      warnings: page.warnings)
  }

  /// Index pages of `index_limit` stories each, newest first; one (perhaps empty) when there
  /// are none.
  public func pageRanges(count: Int, options: FormatOptions) -> [Range<Int>] {
    let limit = max(1, options[HTMLSettings.self].indexLimit)
    guard count > 0 else { return [0..<0] }
    return stride(from: 0, to: count, by: limit).map { $0..<min($0 + limit, count) }
  }

  /// `html/index.html`, then `html/index.2.html` and so on: a dot no slug has, so a page
  /// never meets a story's.
  public func pagePath(_ index: Int, layout: OutputLayout) -> String {
    layout.indexPath(page: index)
  }

  /// The index page.
  public func page(
    _ index: Int, of pageCount: Int, records: [Data], context: CollectionContext
  ) throws(Diagnostic) -> Data {
    let stories = try records.map { data throws(Diagnostic) in
      try RecordCoding.decode(IndexPage.Story.self, from: data, file: context.layout.indexPath)
    }
    return try IndexPage.render(stories, page: index, of: pageCount, context: context)
  }
}

extension OutputFormat where Self == HTMLFormat {
  /// The `html` format, for `as: .html` where a format is expected.
  public static var html: HTMLFormat { HTMLFormat() }
}
