public import CopydeskAST
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
  /// Reads `url` and renders it as `format`; diagnostics name the file as `context.sourceFile`.
  public static func render(
    contentsOf url: URL, as format: Format, options: ReaderOptions, context: RenderContext
  ) throws(Diagnostic) -> StoryRendering {
    let read = try StoryReader.read(
      contentsOf: url, displayPath: context.sourceFile, options: options)
    var context = context
    context.sourceText = read.source
    let output = try format.renderer.render(read.article, context: context)
    return StoryRendering(
      article: read.article, output: output, warnings: read.warnings + output.warnings)
  }
}
