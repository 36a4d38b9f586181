import CopydeskAST
import CopydeskReader
import Foundation

/// Builds one story: reads it and renders every selected format its publication state allows
/// (story-format.md §4).
///
/// Pure: it writes nothing, so stories can build in parallel. Wire text is prepared here and
/// laid out by `finish` once the build has given the story its sequence number, so a number
/// is only ever spent on a story that publishes.
struct StoryBuild: Sendable {
  /// One rendered output: which format, where it goes, its bytes.
  struct Output: Sendable {
    var format: Format
    var path: String
    var data: Data
  }

  /// What one story produced.
  struct Result: Sendable {
    var metadata: Metadata?
    var outputs: [Output] = []
    /// The story's records for collection outputs (index page, feed), by collection name.
    var records: [String: Data] = [:]
    var warnings: [Diagnostic] = []
    var failure: Diagnostic?
    var withholding: PublicationRules.Withholding?
    /// The wire story waiting for its sequence number, and the context to lay it out in.
    var wire: WireStory?
    var wireContext: RenderContext?
  }

  let formats: Set<Format>
  let site: SiteSettings
  let templates: TemplateSet
  let options: RenderOptions
  let readerOptions: ReaderOptions
  let clock: Timestamp
  let strict: Bool
  let validator: NewsMLValidator?

  /// The collection of the index page's rows.
  static let indexCollection = "index"
  /// The collection of the JSON Feed's items.
  static let feedCollection = "jsonfeed"

  /// Builds the story whose bytes are `data`; `displayPath` names it in diagnostics and
  /// `pinned` is the identity it was published under before, if any.
  func build(data: Data, displayPath: String, pinned: PinnedIdentity?) -> Result {
    var result = Result()
    do {
      try render(data: data, displayPath: displayPath, pinned: pinned, into: &result)
    } catch {
      result = Result(metadata: result.metadata, warnings: result.warnings, failure: error)
    }
    return result
  }

  /// Lays out the prepared wire text with the story's sequence number.
  static func finish(_ result: inout Result, sequence: Int) {
    guard var story = result.wire, var context = result.wireContext,
      let slug = result.metadata?.slug
    else { return }
    story.sequence = sequence
    context.options.wireSequence = sequence
    let rendered = WireRenderer.layout(story, context: context)
    result.warnings += rendered.warnings.filter { !result.warnings.contains($0) }
    result.outputs.append(Output(format: .wire, path: "wire/\(slug).txt", data: rendered.data))
    result.wire = nil
    result.wireContext = nil
  }

  private func render(
    data: Data, displayPath: String, pinned: PinnedIdentity?, into result: inout Result
  ) throws(Diagnostic) {
    var reader = readerOptions
    reader.wireDate = reader.wireDate ?? clock
    reader.pinned = pinned
    let read = try StoryReader.read(data: data, fileName: displayPath, options: reader)
    let article = read.article
    let metadata = article.metadata
    result.metadata = metadata
    result.warnings = read.warnings
    var renderOptions = options
    renderOptions.clock = clock
    var context = RenderContext(
      sourceFile: displayPath, site: site, templates: templates, options: renderOptions)
    context.sourceText = read.source
    let withholding = PublicationRules.withholding(metadata, at: clock)
    result.withholding = withholding
    guard metadata.status != .draft else { return try checkStrict(result) }
    if withholding == nil, formats.contains(.html) {
      let page = try output(.html, article, context, &result)
      result.outputs.append(
        Output(format: .html, path: SiteSettings.htmlPath(slug: metadata.slug), data: page))
      result.records[Self.indexCollection] = try Self.encode(
        IndexPage.story(article), file: displayPath)
    }
    if formats.contains(.newsml) {
      let item = try output(.newsml, article, context, &result)
      if let validator {
        let problems = validator.validate(item, fileName: "\(displayPath) (newsml)")
        if let first = problems.first {
          result.warnings += problems.dropFirst()
          throw first
        }
      }
      result.outputs.append(
        Output(format: .newsml, path: "newsml/\(metadata.slug).xml", data: item))
    }
    if formats.contains(.wire), metadata.status == .usable || metadata.status == .canceled {
      let story = try WireStory(article, context: context)
      result.warnings += story.warnings.filter { !result.warnings.contains($0) }
      result.wire = story
      result.wireContext = context
    }
    if withholding == nil, formats.contains(.jsonfeed) {
      var warnings: [Diagnostic] = []
      let item = JSONFeedItemBuilder.item(article, context: context, warnings: &warnings)
      result.warnings += warnings
      result.records[Self.feedCollection] = try Self.encode(item, file: displayPath)
    }
    try checkStrict(result)
  }

  private func output(
    _ format: Format, _ article: Article, _ context: RenderContext, _ result: inout Result
  ) throws(Diagnostic) -> Data {
    let rendered = try format.renderer.render(article, context: context)
    result.warnings += rendered.warnings.filter { !result.warnings.contains($0) }
    return rendered.data
  }

  private func checkStrict(_ result: Result) throws(Diagnostic) {
    guard strict, let first = result.warnings.first else { return }
    throw Diagnostic(
      .error, file: first.file, line: first.line, column: first.column, key: first.key,
      message: "\(first.message) (a warning, and --strict is on)")
  }

  /// A collection record's bytes: key-sorted JSON, so the same story gives the same record.
  static func encode(_ value: some Encodable, file: String) throws(Diagnostic) -> Data {
    do {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      return try encoder.encode(value)
    } catch {
      throw Diagnostic(.error, file: file, message: "cannot encode the story's record: \(error)")
    }
  }
}
