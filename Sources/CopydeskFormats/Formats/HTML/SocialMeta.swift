/// The Open Graph, `article:` and Twitter card `<meta>` tags of a story's page, one per line,
/// which `head.mustache` places with `{{{socialMeta}}}`.
///
/// Written here like the page's JSON-LD, not tag by tag in the template: they are facts about
/// the story for crawlers, not design, and the template library spends about 1.5 µs on each tag
/// it evaluates (these took eighteen on a page with every field). Values are escaped as template values are
/// (`TemplateEscaping`). A template can write its own tags from the page's values instead.
/// Twitter's tags repeat the Open Graph ones that X reads in their place when absent (X's
/// cards markup reference), for receivers that read only its own.
enum SocialMeta {
  /// The tags for a page; `pageURL` is its canonical address, when the site has one.
  static func tags(
    pageURL: String?, siteTitle: String, headline: String, summary: String?,
    picture: ArticlePage.Picture?, published: ArticlePage.Time, updated: ArticlePage.Time?,
    twitterCard: String
  ) -> String {
    var lines = SocialMetaLines()
    lines.add("property", "og:url", pageURL)
    lines.add("property", "og:type", "article")
    lines.add("property", "og:site_name", siteTitle)
    lines.add("property", "og:title", headline)
    lines.add("property", "og:description", summary)
    lines.add("property", "og:image", picture?.src)
    lines.add("property", "og:image:alt", picture?.alt)
    lines.add("property", "article:published_time", published.datetime)
    lines.add("property", "article:modified_time", updated?.datetime)
    lines.add("name", "twitter:card", twitterCard)
    lines.add("name", "twitter:title", headline)
    lines.add("name", "twitter:description", summary)
    lines.add("name", "twitter:image", picture?.src)
    return lines.text
  }
}

/// `<meta>` lines as they are added, joined by line feeds.
private struct SocialMetaLines {
  var text = ""

  init() {
    text.reserveCapacity(2_048)
  }

  /// Adds `<meta attribute="name" content="value">` when there is a value.
  mutating func add(_ attribute: String, _ name: String, _ value: String?) {
    guard let value else { return }
    if !text.isEmpty { text += "\n" }
    text += "<meta "
    text += attribute
    text += "=\""
    text += name
    text += "\" content=\""
    text += HTMLEscaping.escaped(value)
    text += "\">"
  }
}
