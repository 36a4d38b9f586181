import CopydeskAST
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// Builds one story: reads it and publishes it in every selected format its audience may get
/// (story-format.md §4).
///
/// Pure: it writes nothing, so stories can build in parallel. A format that fails fails alone:
/// the story's other formats still publish. Numbered outputs (wire text) are laid out by
/// `finish` once the build has given the story its sequence number, so a number is only ever
/// spent on a story that publishes.
struct StoryBuild: Sendable {
  /// One rendered output: which format, where it goes, its bytes.
  struct Output: Sendable {
    var format: String
    var path: String
    var data: Data
  }

  /// What one story produced.
  struct Result: Sendable {
    var metadata: Metadata?
    var outputs: [Output] = []
    /// The story's records for collection pages, by collection name.
    var records: [String: Data] = [:]
    var warnings: [Diagnostic] = []
    /// Why the whole story failed: it could not be read, or --strict met a reading warning.
    var failure: Diagnostic?
    /// The formats that failed for this story, with why, in format order.
    var formatFailures: [(format: String, error: Diagnostic)] = []
    var withholding: PublicationRules.Withholding?
    /// Outputs waiting for the story's sequence number, with their format.
    var numbered: [(format: String, output: Publication.Numbered)] = []

    /// The warnings of `warnings` the story has not reported yet (formats share some, such as
    /// a dropped URL).
    func unreported(_ warnings: [Diagnostic]) -> [Diagnostic] {
      warnings.filter { !self.warnings.contains($0) }
    }

    /// The services whose sequence numbers the story needs.
    var numberingServices: [String] {
      numbered.map(\.output.service).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
  }

  let formats: [any OutputFormat]
  let site: SiteSettings
  let templates: TemplateSet
  let options: FormatOptions
  let layout: OutputLayout
  let readerOptions: ReaderOptions
  let clock: Timestamp
  let strict: Bool
  let checks: [String: OutputCheck]
  /// The AST filters every story goes through before any format renders it.
  var filters = ASTFilters([])
  /// Checks that the story's local pictures exist, when the build knows where to look.
  var pictures: EditorialChecks?
  /// True to render every format of every story, drafts and withheld stories included, to
  /// find their problems before they publish (`copydesk check`); a build leaves them out.
  var rendersEveryFormat = false

  /// Builds the story whose bytes are `data` (with the desk's `sidecar` for raw wire copy),
  /// read from `file`; `displayPath` names it in diagnostics and `pinned` is the identity it
  /// was published under before, if any.
  func build(
    data: Data, sidecar: Sidecar?, file: URL, displayPath: String, pinned: PinnedIdentity?
  ) -> Result {
    var read: ReadResult
    do throws(Diagnostic) {
      read = try StoryReader.read(
        data: data, fileName: displayPath, options: readerOptions(pinned: pinned),
        sidecar: sidecar)
    } catch {
      return Result(failure: error)
    }
    read.warnings += pictures?.pictureWarnings(for: read, file: file, display: displayPath) ?? []
    return build(read, displayPath: displayPath)
  }

  /// The reader options for a story published before under `pinned`, if it was.
  func readerOptions(pinned: PinnedIdentity?) -> ReaderOptions {
    var reader = readerOptions
    // A build publishes raw wire copy at its clock, once; the date is kept from then on.
    reader.wireDate = reader.wireDate ?? clock
    reader.wireDateIsChosen = true
    reader.pinned = pinned
    return reader
  }

  /// Lays out the numbered outputs with the story's sequence numbers, by service; under
  /// `strict`, a layout warning fails that format alone.
  static func finish(_ result: inout Result, sequences: [String: Int], strict: Bool) {
    for (format, numbered) in result.numbered {
      guard let sequence = sequences[numbered.service] else { continue }
      let rendered = numbered.layout(sequence)
      let fresh = result.unreported(rendered.warnings)
      if strict, let first = fresh.first {
        result.formatFailures.append((format, strictFailure(first)))
        continue
      }
      result.warnings += fresh
      result.outputs.append(Output(format: format, path: numbered.path, data: rendered.data))
    }
    result.numbered = []
  }

  /// Builds a story already read, as `build(data:)` does after reading it.
  func build(_ read: ReadResult, displayPath: String) -> Result {
    var result = Result()
    do {
      try publish(read, displayPath: displayPath, into: &result)
    } catch {
      result = Result(metadata: result.metadata, warnings: result.warnings, failure: error)
    }
    return result
  }

  private func publish(_ read: ReadResult, displayPath: String, into result: inout Result)
    throws(Diagnostic)
  {
    let article = try filters.apply(read.article, sourceFile: displayPath)
    let metadata = article.metadata
    result.metadata = metadata
    result.warnings = read.warnings
    if strict, let first = read.warnings.first { throw Self.strictFailure(first) }
    var context = RenderContext(
      sourceFile: displayPath, site: site, templates: templates, options: options,
      layout: layout, clock: clock)
    context.sourceText = read.source
    context.shareCounts(of: article)
    result.withholding = PublicationRules.withholding(metadata, at: clock)
    guard metadata.status != .draft || rendersEveryFormat else { return }
    for format in formats
    where rendersEveryFormat
      || PublicationRules.withholding(metadata, from: format.audience, at: clock) == nil
    {
      do throws(Diagnostic) {
        try publish(article, in: format, context: context, into: &result)
      } catch {
        result.formatFailures.append((format.name, error))
      }
    }
  }

  /// Adds one format's publication to the result, or throws why the format failed.
  private func publish(
    _ article: Article, in format: any OutputFormat, context: RenderContext,
    into result: inout Result
  ) throws(Diagnostic) {
    let publication = try format.publish(article, context: context)
    let fresh = result.unreported(publication.warnings)
    if strict, let first = fresh.first { throw Self.strictFailure(first) }
    if let check = checks[format.name] {
      for file in publication.files {
        let problems = check(file.data, "\(context.sourceFile) (\(format.name))")
        if let first = problems.first {
          result.warnings += problems.dropFirst()
          throw first
        }
      }
    }
    result.warnings += fresh
    result.outputs += publication.files.map {
      Output(format: format.name, path: $0.path, data: $0.data)
    }
    if let record = publication.record, let pages = format as? any CollectionPages {
      result.records[pages.collection] = record
    }
    if let numbered = publication.numbered { result.numbered.append((format.name, numbered)) }
  }

  private static func strictFailure(_ warning: Diagnostic) -> Diagnostic {
    Diagnostic(
      .error, file: warning.file, line: warning.line, column: warning.column, key: warning.key,
      message: "\(warning.message) (a warning, and --strict is on)")
  }
}
