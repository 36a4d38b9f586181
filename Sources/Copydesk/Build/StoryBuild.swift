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
    var article: Article?
    /// Output paths inside the output folder and their bytes.
    var outputs: [String: Data] = [:]
    var warnings: [Diagnostic] = []
    var failure: Diagnostic?
    var withholding: PublicationRules.Withholding?
    var index: IndexPage.Story?
    var feed: JSONFeed.Entry?
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
    }
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
    result.article = article
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
      result.feed = JSONFeed.Entry(date: metadata.date, item: item)
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
