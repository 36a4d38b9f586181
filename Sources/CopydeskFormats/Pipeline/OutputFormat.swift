public import CopydeskAST
public import CopydeskCore
public import CopydeskReader
public import Foundation

/// Whether a format writes one output per story or pages over every story.
public enum FormatKind: String, Sendable, Codable, CaseIterable {
  /// One output file per story.
  case story
  /// Pages built from every story's stored record: a feed, a list.
  case collection
}

/// Who reads a format's outputs, which decides the stories it carries (story-format.md §4).
public enum Audience: String, Sendable, Codable, CaseIterable {
  /// Pages and feeds anyone can read: never an embargoed, withheld or canceled story.
  case `public`
  /// Subscribers' copy (NewsML-G2, wire, ninjs): every story but drafts, with its markers.
  case subscribers
  /// Editors and tools (the AST): every story, drafts included; never part of a build's default.
  case editors
}

/// One output format: the descriptor the registry lists and the pipeline calls.
///
/// A format is a value with no shared state, so a build may run it on many stories at once. It
/// never sees the build: it turns an article into bytes, and, for a collection, records into
/// pages.
public protocol OutputFormat: Sendable {
  /// The name used by `--to`, `formats.build` and the `formats.<name>` section of copydesk.yml.
  var name: String { get }
  /// One line saying what the format is.
  var summary: String { get }
  /// Per story or a collection.
  var kind: FormatKind { get }
  /// Public or subscribers.
  var audience: Audience { get }
  /// Where the outputs go, as `copydesk formats` shows them, such as `newsml/{slug}.xml`.
  var outputPattern: String { get }
  /// Where the format comes from: `built-in`, or the plugin that provides it.
  var origin: String { get }
  /// True when `build` writes the format unless `formats.build` names others.
  var buildsByDefault: Bool { get }
  /// The keys the format's `formats.<name>` section of copydesk.yml allows.
  var optionKeys: [String] { get }
  /// True when the format renders through the project's HTML templates, so their warnings
  /// concern it.
  var usesTemplates: Bool { get }

  /// Applies one key of the format's section of copydesk.yml to `options`.
  func configure(_ options: inout FormatOptions, key: String, value: YAMLField) throws(Diagnostic)

  /// One story in this format on its own: what `copydesk render` writes.
  func render(_ article: Article, context: RenderContext) throws(Diagnostic) -> RenderedOutput

  /// What a build publishes of one story in this format: files, a record, a numbered output.
  func publish(_ article: Article, context: RenderContext) throws(Diagnostic) -> Publication
}

extension OutputFormat {
  /// Built-in formats say so.
  public var origin: String { "built-in" }
  /// Every format is built unless it says otherwise.
  public var buildsByDefault: Bool { true }
  /// No options by default.
  public var optionKeys: [String] { [] }
  /// Formats write their own bytes unless they say otherwise.
  public var usesTemplates: Bool { false }

  /// No options by default, so no key reaches here.
  public func configure(
    _ options: inout FormatOptions, key: String, value: YAMLField
  ) throws(Diagnostic) {}
}

/// A format that also writes pages over every story's record: an index, a feed.
public protocol CollectionPages: OutputFormat {
  /// The name the stories' records are kept under in the build state.
  var collection: String { get }
  /// The item positions on each page for `count` records, newest first: ranges in ascending
  /// order that do not overlap (the build reads the records once, front to back).
  func pageRanges(count: Int, options: FormatOptions) -> [Range<Int>]
  /// The path of page `index` (0-based) inside the output folder.
  func pagePath(_ index: Int, layout: OutputLayout) -> String
  /// Page `index` of `pageCount`, from its records (newest first).
  func page(
    _ index: Int, of pageCount: Int, records: [Data], context: CollectionContext
  ) throws(Diagnostic) -> Data
}

/// What a collection page knows besides its records.
public struct CollectionContext: Sendable {
  /// The publication.
  public var site: SiteSettings
  /// The HTML templates.
  public var templates: TemplateSet
  /// Every format's options.
  public var options: FormatOptions
  /// The language of the publication.
  public var language: String
  /// Where pages and feeds live.
  public var layout: OutputLayout

  /// Creates a collection context.
  public init(
    site: SiteSettings, templates: TemplateSet, options: FormatOptions, language: String,
    layout: OutputLayout
  ) {
    self.site = site
    self.templates = templates
    self.options = options
    self.language = language
    self.layout = layout
  }
}
