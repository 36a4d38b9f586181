public import CopydeskAST
public import CopydeskCore
import Foundation

/// A format rendered by an external program (a plugin): copydesk writes the story and its
/// context as JSON on the program's standard input, reads the output bytes from its standard
/// output and JSON-lines diagnostics from its standard error, and places the bytes itself.
public struct ExternalFormat: OutputFormat {
  /// What the plugin is and how to run it.
  public let spec: PluginSpec

  /// The format of a plugin.
  public init(_ spec: PluginSpec) {
    self.spec = spec
  }

  /// The plugin's name.
  public var name: String { spec.name }
  /// What the plugin is.
  public var summary: String { "plugin: " + spec.command.joined(separator: " ") }
  /// One output per story.
  public var kind: FormatKind { .story }
  /// The configured audience.
  public var audience: Audience { spec.audience }
  /// The configured output pattern.
  public var outputPattern: String { spec.outputPattern }
  /// Where the plugin was found.
  public var origin: String { spec.origin }
  /// Built when `--to` or `formats.build` names it.
  public var buildsByDefault: Bool { false }

  /// The story's output from the plugin.
  public func render(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> RenderedOutput
  {
    try run(article, context: context, outputPath: path(for: article))
  }

  /// The story's output at the plugin's output path.
  public func publish(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> Publication
  {
    let path = path(for: article)
    let output = try run(article, context: context, outputPath: path)
    return Publication(
      files: [Publication.File(path: path, data: output.data)], warnings: output.warnings)
  }

  /// Where the story's output goes.
  func path(for article: Article) -> String {
    spec.outputPattern.replacing("{slug}", with: article.metadata.slug)
  }

  private func run(_ article: Article, context: RenderContext, outputPath: String)
    throws(Diagnostic) -> RenderedOutput
  {
    let input: Data
    do {
      input = try PluginRequest(
        article, context: context, outputPath: outputPath, options: spec.options
      ).encoded()
    } catch {
      throw failure("its input cannot be written: \(error)", context: context)
    }
    let process = PluginProcess(
      command: spec.command, timeout: spec.timeout, outputLimit: spec.outputLimit)
    let result = process.run(input: input)
    let reports = PluginReports.parse(result.errors, plugin: name, sourceFile: context.sourceFile)
    if let reason = process.failure(of: result, reports: reports) {
      let hint =
        result.ending == .timedOut
        ? "; raise plugins.\(name).timeout in copydesk.yml if it needs longer" : ""
      throw failure("it \(reason)\(hint)", context: context)
    }
    if let error = reports.first(where: { $0.severity == .error }) { throw error }
    return RenderedOutput(data: result.output, warnings: reports)
  }

  private func failure(_ reason: String, context: RenderContext) -> Diagnostic {
    Diagnostic(
      .error, file: context.sourceFile, key: "plugins.\(name)",
      message: "the plugin '\(name)' (\(spec.command.joined(separator: " "))) failed: \(reason)")
  }
}

extension FormatRegistry {
  /// This registry with the plugins' formats added after the built-in ones; a plugin named like
  /// a format already there is left out (built-in formats cannot be replaced).
  public func adding(_ plugins: [PluginSpec]) -> FormatRegistry {
    var formats = self.formats
    for plugin in plugins where !formats.contains(where: { $0.name == plugin.name }) {
      formats.append(ExternalFormat(plugin))
    }
    return FormatRegistry(formats: formats)
  }
}
