public import CopydeskAST
public import CopydeskCore
import CopydeskReader
public import Foundation

/// What a format knows besides the article itself.
public struct RenderContext: Sendable {
  /// The story's source file as diagnostics name it.
  public var sourceFile: String
  /// The publication the story appears in.
  public var site: SiteSettings
  /// The HTML templates: the built-in defaults, or a project's overrides.
  public var templates: TemplateSet
  /// Every format's settings.
  public var options: FormatOptions
  /// Where pages and feeds live, so outputs can link them.
  public var layout: OutputLayout
  /// The instant embargoes are judged against; nil means the current time.
  public var clock: Timestamp?
  /// The story's wire sequence number: `--sequence` for a render, the build state's for a build.
  public var sequence = 1
  /// The story's source text, when known, so formats can name the line of a problem.
  public var sourceText: String?
  /// Set when a story its audience may not get is rendered anyway as a preview, with the
  /// reason; such a copy must say it is not for publication.
  public var preview: PublicationRules.Withholding?
  /// The article's word count when the caller counted it once for every format
  /// (`shareCounts(of:)`); formats ask `wordCount(of:)`, which counts when it was not.
  public private(set) var wordCount: Int?
  /// The article's body as plain text when the caller wrote it once for every format
  /// (`shareCounts(of:)`); formats ask `plainText(of:dateline:)`.
  private var bodyText: String?

  /// The word count of `article`: the one counted for every format, else counted now.
  public func wordCount(of article: Article) -> Int {
    wordCount ?? article.wordCount
  }

  /// Counts `article`'s words and writes its body as plain text once, for every format that
  /// uses them (NewsML-G2's text rendition, JSON Feed's `content_text` and ninjs each use both).
  public mutating func shareCounts(of article: Article) {
    wordCount = article.wordCount
    bodyText = PlainText.render(article.body)
  }

  /// The body of `article` as plain text, `dateline` (when given) opening its first paragraph:
  /// the text written once for every format, else written now.
  func plainText(of article: Article, dateline: Dateline? = nil) -> String {
    PlainText.opening(bodyText ?? PlainText.render(article.body), with: dateline)
  }

  /// Creates a render context.
  public init(
    sourceFile: String, site: SiteSettings = SiteSettings(), templates: TemplateSet = .defaults,
    options: FormatOptions = FormatOptions(), layout: OutputLayout = OutputLayout(),
    clock: Timestamp? = nil, sequence: Int = 1
  ) {
    self.sequence = sequence
    self.sourceFile = sourceFile
    self.site = site
    self.templates = templates
    self.options = options
    self.layout = layout
    self.clock = clock
  }
}

/// The bytes of one rendered output and the warnings raised while making them.
public struct RenderedOutput: Sendable {
  /// The output file's content.
  public var data: Data
  /// Losses and problems the format reports.
  public var warnings: [Diagnostic]

  /// Creates a rendered output.
  public init(data: Data, warnings: [Diagnostic] = []) {
    self.data = data
    self.warnings = warnings
  }
}
