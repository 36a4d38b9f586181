import CopydeskAST
import CopydeskReader
import Foundation

/// Renders one story as a JSON Feed 1.1 document with one item; a draft, canceled or
/// still-embargoed story gives a feed with no items and a warning that says why.
struct JSONFeedRenderer: Renderer {
  func render(_ article: Article, context: RenderContext) throws(Diagnostic) -> RenderedOutput {
    let clock = context.options.clock ?? .now()
    var warnings: [Diagnostic] = []
    var items: [JSONFeedItem] = []
    if let reason = PublicationRules.withholding(article.metadata, at: clock) {
      warnings.append(
        Diagnostic(
          .warning, file: context.sourceFile, key: "status", message: Self.describe(reason)))
    } else {
      items.append(JSONFeedItemBuilder.item(article, context: context, warnings: &warnings))
    }
    let document = JSONFeed.feed(items: items, feedURL: nil, nextURL: nil, site: context.site)
    return RenderedOutput(
      data: try JSONFeed.encode(document, file: context.sourceFile), warnings: warnings)
  }

  private static func describe(_ reason: PublicationRules.Withholding) -> String {
    switch reason {
    case .draft: "the story is a draft; the feed has no item"
    case .canceled: "the story is canceled; the feed has no item"
    case .withheld: "the story's status is withheld; the feed has no item"
    case .embargoed(let until):
      "the story is embargoed until \(RFC3339.format(until)); the feed has no item"
    }
  }
}
