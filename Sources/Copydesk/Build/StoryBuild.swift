import CopydeskAST
import CopydeskReader
import Foundation

/// Builds one story: reads it and renders every selected format its publication state allows
/// (story-format.md §4).
///
/// Pure: it writes nothing, so stories can build in parallel.
struct StoryBuild: Sendable {
  /// What one story produced.
  struct Result: Sendable {
    /// The source path relative to the stories folder.
    var path: String
    var sourceHash: String
    var metadata: Metadata?
    /// Output paths inside the output folder and their bytes; emptied once staged.
    var outputs: [String: Data] = [:]
    /// Output paths and the hashes of their bytes.
    var outputHashes: [String: String] = [:]
    /// Outputs whose bytes differ from the last build, already written to temporary files.
    var staged: [String: URL] = [:]
    var warnings: [Diagnostic] = []
    var failure: Diagnostic?
    var withholding: PublicationRules.Withholding?
    var index: IndexPage.Story?
    /// The feed item, encoded, and its record for the ledger.
    var feedItem: Data?
    var feed: FeedRecord?
    /// The feed item written to a temporary file, when it changed.
    var stagedFeedItem: URL?
  }

  let formats: Set<Format>
  let site: SiteSettings
  let templates: TemplateSet
  let options: RenderOptions
  let readerOptions: ReaderOptions
  let clock: Timestamp
  let strict: Bool
  let validator: NewsMLValidator?

  /// Builds the story whose bytes are `data`; `displayPath` names it in diagnostics.
  func build(path: String, displayPath: String, data: Data, sequence: Int) -> Result {
    var result = Result(path: path, sourceHash: ContentHash.of(data))
    do {
      try render(data: data, displayPath: displayPath, sequence: sequence, into: &result)
    } catch {
      result.failure = error
      result.outputs = [:]
      result.index = nil
      result.feed = nil
      result.feedItem = nil
    }
    result.outputHashes = result.outputs.mapValues(ContentHash.of)
    return result
  }

  private func render(data: Data, displayPath: String, sequence: Int, into result: inout Result)
    throws(Diagnostic)
  {
    var reader = readerOptions
    reader.wireDate = reader.wireDate ?? clock
    let read = try StoryReader.read(data: data, fileName: displayPath, options: reader)
    let article = read.article
    let metadata = article.metadata
    result.metadata = metadata
    result.warnings = read.warnings
    var renderOptions = options
    renderOptions.clock = clock
    renderOptions.wireSequence = sequence
    var context = RenderContext(
      sourceFile: displayPath, site: site, templates: templates, options: renderOptions)
    context.sourceText = read.source
    let withholding = PublicationRules.withholding(metadata, at: clock)
    result.withholding = withholding
    guard metadata.status != .draft else { return try checkStrict(result) }
    if withholding == nil, formats.contains(.html) {
      result.outputs[SiteSettings.htmlPath(slug: metadata.slug)] = try output(
        .html, article, context, &result)
      result.index = IndexPage.story(article)
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
      result.outputs["newsml/\(metadata.slug).xml"] = item
    }
    if formats.contains(.wire), metadata.status == .usable || metadata.status == .canceled {
      result.outputs["wire/\(metadata.slug).txt"] = try output(.wire, article, context, &result)
    }
    if withholding == nil, formats.contains(.jsonfeed) {
      var warnings: [Diagnostic] = []
      let item = JSONFeedItemBuilder.item(article, context: context, warnings: &warnings)
      result.warnings += warnings
      let encoded = try FeedRecord.encode(item, file: displayPath)
      result.feedItem = encoded
      result.feed = FeedRecord(
        date: metadata.date, id: metadata.id, itemHash: ContentHash.of(encoded))
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
}
