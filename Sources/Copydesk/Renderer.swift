public import CopydeskAST
public import CopydeskReader
public import Foundation

/// Turns one article into the bytes of one output format.
///
/// Renderers are values with no
/// shared state, so a build may run them on many stories at once.
public protocol Renderer: Sendable {
  /// Renders `article`; warnings about what the format could not carry go into the result.
  func render(_ article: Article, context: RenderContext) throws(Diagnostic) -> RenderedOutput
}

/// What a renderer knows besides the article itself.
public struct RenderContext: Sendable {
  /// The story's source file as diagnostics name it.
  public var sourceFile: String
  /// The publication the story appears in.
  public var site: SiteSettings
  /// The HTML templates: the built-in defaults, or a project's overrides.
  public var templates: TemplateSet
  /// Per-format choices.
  public var options: RenderOptions
  /// The story's source text, when known, so renderers can name the line of a problem.
  public var sourceText: String?

  /// Creates a render context.
  public init(
    sourceFile: String, site: SiteSettings = SiteSettings(), templates: TemplateSet = .defaults,
    options: RenderOptions = RenderOptions()
  ) {
    self.sourceFile = sourceFile
    self.site = site
    self.templates = templates
    self.options = options
  }
}

/// The bytes of one rendered output and the warnings raised while making them.
public struct RenderedOutput: Sendable {
  /// The output file's content.
  public var data: Data
  /// Losses and problems the renderer reports.
  public var warnings: [Diagnostic]

  /// Creates a rendered output.
  public init(data: Data, warnings: [Diagnostic] = []) {
    self.data = data
    self.warnings = warnings
  }
}
