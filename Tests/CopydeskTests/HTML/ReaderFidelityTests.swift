import CopydeskAST
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// What readers and their software get from the page and feeds: schema.org roles, an outline
/// without gaps, reported missing alt text, and Markdown read as CommonMark renders it (list
/// tightness, percent-encoded addresses, the text of pasted HTML).
@Suite struct ReaderFidelityTests {
  static let front = "---\nheadline: Harbour reopens\ndate: 2026-03-04T09:15:00Z\n"

  static func story(_ extra: String = "", body: String) throws -> URL {
    let folder = try ExternalValidator.temporaryFolder()
    let url = folder.appendingPathComponent("story.md")
    try Data((front + extra + "---\n\n" + body).utf8).write(to: url)
    return url
  }

  /// The page's story body, as JSON Feed's `content_html` without dateline or corrections.
  static func body(_ markdown: String) throws -> (html: String, warnings: [Diagnostic]) {
    let rendering = try Stories.render(try story(body: markdown), as: .html)
    let page = String(decoding: rendering.output.data, as: UTF8.self)
    guard let start = page.range(of: "<div class=\"story-body\">\n"),
      let end = page.range(of: "\n</div>\n</article>")
    else { return ("", rendering.warnings) }
    let html = String(page[start.upperBound..<end.lowerBound])
    return (html.trimmingCharacters(in: .newlines), rendering.warnings)
  }

  static func jsonLD(_ url: URL) throws -> [String: Any] {
    let page = String(decoding: try Stories.render(url, as: .html).output.data, as: UTF8.self)
    let start = try #require(page.range(of: "<script type=\"application/ld+json\">\n"))
    let end = try #require(page[start.upperBound...].range(of: "</script>"))
    let json = try JSONSerialization.jsonObject(
      with: Data(page[start.upperBound..<end.lowerBound].utf8))
    return try #require(json as? [String: Any])
  }

  /// schema.org NewsArticle: `author` is for writers; `editor` and `contributor` exist.
  @Test func jsonLDAuthorsAreTheWriters() throws {
    let ld = try Self.jsonLD(
      try Self.story(
        "byline: [{name: Ana Ruiz, role: reporter}, {name: Pieter Smit, role: editor}, "
          + "{name: Lea Brandt, role: photographer}]\n", body: "Text.\n"))
    let names = { (key: String) in (ld[key] as? [[String: Any]])?.map { $0["name"] as? String } }
    #expect(names("author") == ["Ana Ruiz"])
    #expect(names("editor") == ["Pieter Smit"])
    #expect(names("contributor") == ["Lea Brandt"])
  }

  @Test func outlineNeverSkipsALevel() throws {
    let html = try Self.body("Intro.\n\n## Section\n\nText.\n\n### Detail\n\nMore.\n").html
    #expect(html.contains("<h2>Section</h2>"))
    #expect(html.contains("<h3>Detail</h3>"))
    #expect(try Self.body("# Top\n\nText.\n").html.contains("<h2>Top</h2>"))
  }

  @Test func pictureWithoutAltTextIsReported() throws {
    let (html, warnings) = try Self.body("Text.\n\n![](/media/a.jpg)\n")
    #expect(html.contains("alt=\"\""))
    #expect(
      warnings.contains {
        $0.message.hasPrefix("the picture '/media/a.jpg' has no alternative text")
      })
    #expect(try Self.body("![Cranes at dawn](/media/a.jpg)\n").warnings.isEmpty)
  }

  /// CommonMark spec §5.3: a list is loose when blank lines separate its items, and its
  /// paragraphs keep their `<p>`; a tight item holding a sub-list gains none.
  @Test func listTightnessIsKept() throws {
    #expect(
      try Self.body("- a\n- b\n\n- c\n").html
        == "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n<li>\n<p>c</p>\n</li>\n</ul>")
    #expect(
      try Self.body("- a\n  - b\n- c\n").html
        == "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n<li>c</li>\n</ul>")
    let article = try Stories.markdown(Self.front + "---\n\n- a\n- b\n\n- c\n").article
    #expect(
      article.body == [
        .list(
          ordered: false, start: 1, tight: false,
          items: [
            [.paragraph([.text("a")])], [.paragraph([.text("b")])], [.paragraph([.text("c")])],
          ])
      ])
  }

  /// cmark percent-encodes link addresses (spec examples: `foo%20b&auml;` → `foo%20b%C3%A4`).
  @Test func addressesArePercentEncodedAsCmarkDoes() throws {
    let html = try Self.body("[a](foo%20b&auml;) [b](</my uri>) [c](<x[1]>)\n").html
    #expect(html.contains("href=\"foo%20b%C3%A4\""))
    #expect(html.contains("href=\"/my%20uri\""))
    #expect(html.contains("href=\"x%5B1%5D\""))
  }

  @Test func emptyLinkAddressIsARelativeReference() throws {
    let (html, warnings) = try Self.body("[x]()\n")
    #expect(html == "<p><a href=\"\">x</a></p>")
    #expect(warnings.isEmpty)
  }

  /// Pasted CMS copy keeps its words; markup, scripts and styles are dropped with a warning.
  @Test func rawHTMLKeepsItsVisibleText() throws {
    let (html, warnings) = try Self.body(
      "Foo\n<div>\nbar\n</div>\n\n<div><script>alert(1)</script><style>p{}</style><p>Kept</p></div>\n"
    )
    #expect(html == "<p>Foo</p>\n<p>bar</p>\n<p>Kept</p>")
    #expect(!html.contains("alert") && !html.contains("p{}"))
    #expect(
      warnings.filter { $0.message.contains("its markup was dropped and its text kept") }.count == 2
    )
  }
}
