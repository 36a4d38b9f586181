import CopydeskAST
import CopydeskCore
import CopydeskReader
import Foundation

/// Renders a story as a complete HTML5 page from the `article` template.
///
/// The page has semantic markup, canonical and Open Graph metadata and schema.org
/// `NewsArticle` JSON-LD; every text in it is escaped and only safe URLs survive.
/// `ednote` is never used.
struct HTMLRenderer {
  /// The page of `article`.
  func render(_ article: Article, context: RenderContext) throws(Diagnostic) -> RenderedOutput {
    var body = HTMLBodyRenderer(sourceFile: context.sourceFile)
    let page = Self.page(for: article, context: context, body: &body)
    guard let html = context.templates.render(page, template: "article") else {
      throw Diagnostic(.error, file: context.sourceFile, message: "there is no 'article' template")
    }
    return RenderedOutput(data: Data(html.utf8), warnings: body.warnings)
  }

  private static func page(
    for article: Article, context: RenderContext, body: inout HTMLBodyRenderer
  ) -> ArticlePage {
    let metadata = article.metadata
    let site = context.site
    let pageURL = site.absoluteURL(context.layout.pagePath(slug: metadata.slug))
    let picture = metadata.image.flatMap { image -> ArticlePage.Picture? in
      guard let url = body.url(image.url, what: "image") else { return nil }
      let source = URLPolicy.absolute(url, baseURL: site.baseURL)
      return ArticlePage.Picture(
        src: source, alt: image.alt ?? image.caption ?? "", caption: image.caption,
        credit: image.credit, hasCaption: image.caption != nil || image.credit != nil)
    }
    let jsonLD = NewsArticleJSONLD(
      article: article, site: site, pageURL: pageURL, imageURL: picture?.src,
      wordCount: context.wordCount(of: article)
    ).scriptContent()
    let credits = ArticlePage.credits(for: metadata.byline) { body.url($0, what: "byline") }
    let tags = metadata.keywords
    let published = ArticlePage.Time(metadata.date, zone: site.displayZone)
    let updated = metadata.updated.map { ArticlePage.Time($0, zone: site.displayZone) }
    let twitterCard = picture == nil ? "summary" : "summary_large_image"
    let socialMeta = SocialMeta.tags(
      pageURL: pageURL, siteTitle: site.title, headline: metadata.headline,
      summary: metadata.summary, picture: picture, published: published, updated: updated,
      twitterCard: twitterCard)
    return ArticlePage(
      language: metadata.language, direction: TextDirection.of(language: metadata.language),
      siteTitle: site.title, homeURL: context.layout.homeURL, headline: metadata.headline,
      subhead: metadata.subhead,
      summary: metadata.summary, canonicalURL: pageURL, picture: picture, credits: credits,
      hasCredits: !credits.isEmpty, dateline: metadata.dateline?.textWithAgency,
      published: published, updated: updated,
      corrections: metadata.corrections.map {
        ArticlePage.CorrectionNote(
          time: ArticlePage.Time($0.date, zone: site.displayZone), note: $0.note)
      },
      hasCorrections: !metadata.corrections.isEmpty,
      keywords: tags.isEmpty ? nil : tags.joined(separator: ", "), body: body.render(article.body),
      jsonLD: jsonLD, socialMeta: socialMeta, rightsNotice: metadata.rights?.notice,
      twitterCard: twitterCard,
      feeds: ArticlePage.Feed.all(in: context.layout, site: site),
      preview: context.preview.map(PublicationRules.describe))
  }
}
