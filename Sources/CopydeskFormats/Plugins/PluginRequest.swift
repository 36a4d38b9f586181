import CopydeskAST
import Foundation

/// What copydesk writes on a plugin's standard input: the article and what it is rendered for
/// (README, "Writing a plugin").
struct PluginRequest: Encodable {
  /// The site, as plugins see it.
  struct Site: Encodable {
    let title: String
    let baseURL: String?
    let publisher: String
    let providerID: String
  }

  /// The rendering's circumstances.
  struct Context: Encodable {
    let site: Site
    let clock: String?
    let sourceFile: String
    let outputPath: String
    let pageURL: String?
    let options: [String: String]
  }

  /// The protocol's name and major version.
  let protocolVersion = "copydesk-plugin/1"
  let article: ASTDocument
  let context: Context

  enum CodingKeys: String, CodingKey {
    case protocolVersion = "protocol"
    case article, context
  }

  /// The request for rendering `article` to `outputPath` in `context`.
  init(_ article: Article, context: RenderContext, outputPath: String, options: [String: String]) {
    self.article = ASTDocument(article)
    let site = context.site
    self.context = Context(
      site: Site(
        title: site.title, baseURL: site.baseURL, publisher: site.publisher,
        providerID: site.providerID),
      clock: context.clock.map(RFC3339.format), sourceFile: context.sourceFile,
      outputPath: outputPath,
      pageURL: site.absoluteURL(context.layout.pagePath(slug: article.metadata.slug)),
      options: options)
  }

  /// The request as JSON bytes, keys sorted so the same story gives the same input.
  func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }
}
