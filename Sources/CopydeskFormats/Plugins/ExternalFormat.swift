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
    let result = PluginProcess(
      command: spec.command, timeout: spec.timeout, outputLimit: spec.outputLimit
    ).run(input: input)
    let reports = PluginReports.parse(result.errors, plugin: name, sourceFile: context.sourceFile)
    switch result.ending {
    case .exited(0):
      if let error = reports.first(where: { $0.severity == .error }) { throw error }
      return RenderedOutput(data: result.output, warnings: reports)
    case .exited(let status):
      throw failure(
        "it exited with status \(status)" + PluginReports.lastWords(reports), context: context)
    case .signalled(let signal):
      throw failure("it crashed (signal \(signal))", context: context)
    case .timedOut:
      throw failure(
        "it took more than \(Self.seconds(spec.timeout)) and was stopped; raise "
          + "plugins.\(name).timeout in copydesk.yml if it needs longer", context: context)
    case .tooMuchOutput:
      throw failure(
        "it wrote more than \(spec.outputLimit) bytes and was stopped", context: context)
    case .notStarted(let reason):
      throw failure(reason, context: context)
    }
  }

  private func failure(_ reason: String, context: RenderContext) -> Diagnostic {
    Diagnostic(
      .error, file: context.sourceFile, key: "plugins.\(name)",
      message: "the plugin '\(name)' (\(spec.command.joined(separator: " "))) failed: \(reason)")
  }

  private static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }
}

extension FormatRegistry {
  /// This registry with the plugins' formats added after the built-in ones; a plugin named like
  /// a format already there is left out (built-in formats cannot be replaced).
  public func adding(_ plugins: [PluginSpec]) -> FormatRegistry {
    var added = self
    for plugin in plugins where added.format(named: plugin.name) == nil {
      added = FormatRegistry(formats: added.formats + [ExternalFormat(plugin)])
    }
    return added
  }
}
