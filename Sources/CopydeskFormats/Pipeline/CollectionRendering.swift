public import CopydeskAST
public import CopydeskCore
import CopydeskReader
import Foundation

/// A collection format's pages over a set of articles, without a build: what a build would
/// write for exactly these stories.
public enum CollectionRendering {
  /// Every page of `format` over the `articles` its audience may get at the context's clock,
  /// newest first (ties by guid), with the warnings raised.
  public static func pages(
    _ format: some CollectionPages, articles: [Article], context: RenderContext,
    language: String = "en"
  ) throws(Diagnostic) -> (pages: [Publication.File], warnings: [Diagnostic]) {
    let clock = context.clock ?? .now()
    let released = articles.filter {
      PublicationRules.withholding($0.metadata, from: format.audience, at: clock) == nil
    }.sorted { ($0.metadata.date, $0.metadata.id) > ($1.metadata.date, $1.metadata.id) }
    var records: [Data] = []
    var warnings: [Diagnostic] = []
    for article in released {
      let publication = try format.publish(article, context: context)
      warnings += publication.warnings
      if let record = publication.record { records.append(record) }
    }
    let collection = CollectionContext(
      site: context.site, templates: context.templates, options: context.options,
      language: language, layout: context.layout)
    let ranges = format.pageRanges(count: records.count, options: context.options)
    var pages: [Publication.File] = []
    for (index, range) in ranges.enumerated() {
      let data = try format.page(
        index, of: ranges.count, records: Array(records[range]), context: collection)
      pages.append(
        Publication.File(path: format.pagePath(index, layout: context.layout), data: data))
    }
    return (pages, warnings)
  }
}
