public import CopydeskAST
public import CopydeskCore
public import CopydeskReader
public import Foundation

/// The result of rendering one story to one format.
public struct StoryRendering: Sendable {
  /// The article that was read.
  public var article: Article
  /// The rendered bytes.
  public var output: RenderedOutput
  /// Every warning, from reading and from rendering, in order.
  public var warnings: [Diagnostic]
}

/// Reads one story file and renders it to one format: the pipeline behind `copydesk render`.
public enum StoryRenderer {
  /// Reads `url` and renders it as `format`, under the same publication rules as a build.
  ///
  /// The article goes through `filters` first. A story the format's audience may not get is
  /// refused with the reason, unless `preview` asks for a copy marked as not for publication.
  /// Diagnostics name `context.sourceFile`.
  public static func render(
    contentsOf url: URL, as format: some OutputFormat, options: ReaderOptions,
    context: RenderContext, preview: Bool = false, filters: ASTFilters = ASTFilters([])
  ) throws(Diagnostic) -> StoryRendering {
    let read = try StoryReader.read(
      contentsOf: url, displayPath: context.sourceFile, options: options)
    return try render(read, as: format, context: context, preview: preview, filters: filters)
  }

  /// Reads a story from `data` (its form chosen by `context.sourceFile`'s extension) and
  /// renders it as `render(contentsOf:)` does: for a story arriving on standard input.
  public static func render(
    data: Data, as format: some OutputFormat, options: ReaderOptions, context: RenderContext,
    preview: Bool = false, filters: ASTFilters = ASTFilters([])
  ) throws(Diagnostic) -> StoryRendering {
    let read = try StoryReader.read(data: data, fileName: context.sourceFile, options: options)
    return try render(read, as: format, context: context, preview: preview, filters: filters)
  }

  private static func render(
    _ read: ReadResult, as format: some OutputFormat, context: RenderContext, preview: Bool,
    filters: ASTFilters
  ) throws(Diagnostic) -> StoryRendering {
    var read = read
    read.article = try filters.apply(read.article, sourceFile: context.sourceFile)
    var context = context
    context.sourceText = read.source
    let metadata = read.article.metadata
    let clock = context.clock ?? .now()
    if let reason = PublicationRules.withholding(metadata, from: format.audience, at: clock) {
      guard preview else {
        throw Diagnostic(
          .error, file: context.sourceFile, key: "status",
          message: "not rendered: the story is \(PublicationRules.describe(reason)), and "
            + "\(format.name) output goes to the \(format.audience.rawValue); a build leaves it "
            + "out too (use --preview for a copy marked not for publication)")
      }
      context.preview = reason
    }
    let output = try format.render(read.article, context: context)
    return StoryRendering(
      article: read.article, output: output, warnings: read.warnings + output.warnings)
  }
}
