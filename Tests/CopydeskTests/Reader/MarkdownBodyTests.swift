import CopydeskAST
import CopydeskReader
import Testing

/// The Markdown body becomes AST blocks; raw HTML never does.
@Suite struct MarkdownBodyTests {
  let header = "---\ndate: 2026-03-04T09:15:00Z\n---\n"

  @Test func leadingHeadingBecomesTheHeadline() throws {
    let article = try Stories.markdown(header + "# Harbour *reopens*\n\nText.\n").article
    #expect(article.metadata.headline == "Harbour reopens")
    #expect(article.body == [.paragraph([.text("Text.")])])
  }

  @Test func frontMatterHeadlineWinsAndTheHeadingStays() throws {
    let text = "---\nheadline: Given\ndate: 2026-03-04T09:15:00Z\n---\n# Heading\n"
    let article = try Stories.markdown(text).article
    #expect(article.metadata.headline == "Given")
    #expect(article.body == [.heading(level: 1, content: [.text("Heading")])])
  }

  @Test func laterDashesAreThematicBreaks() throws {
    let body = try Stories.markdown(header + "# H\n\nOne.\n\n---\n\ntitle: not metadata\n").article
      .body
    #expect(
      body == [
        .paragraph([.text("One.")]), .thematicBreak, .paragraph([.text("title: not metadata")]),
      ])
  }

  @Test func pictureAloneIsAFigure() throws {
    let body = try Stories.markdown(header + "# H\n\n![Alt text](p.jpg \"Caption | Credit\")\n")
      .article.body
    #expect(
      body == [
        .figure(
          image: ImageReference(url: "p.jpg", caption: "Caption", credit: "Credit", alt: "Alt text")
        )
      ])
  }

  @Test func rawHTMLBlockIsDroppedWithAWarning() throws {
    let result = try Stories.markdown(header + "# H\n\n<script>alert(1)</script>\n\nText.\n")
    #expect(result.article.body == [.paragraph([.text("Text.")])])
    #expect(
      result.warnings.map(\.description) == [
        "story.md:6:1: warning: raw HTML is not allowed in stories and was dropped"
      ])
  }

  @Test func deepNestingIsRefusedNotCrashed() {
    let error = Stories.markdownError(
      header + "# H\n\n" + String(repeating: ">", count: 1000) + " deep\n")
    #expect(
      error?.description
        == "story.md:6: error: the Markdown is nested more than 200 levels deep here; simplify the "
        + "quotes or lists")
  }

  @Test func moderateNestingIsKept() throws {
    let body = try Stories.markdown(header + "# H\n\n>>> three deep\n").article.body
    #expect(
      body == [.blockQuote([.blockQuote([.blockQuote([.paragraph([.text("three deep")])])])])])
  }

  /// story-format.md §1: the front matter closes at a `---` line (spaces and tabs may follow)
  /// or a `...` line; `----`, `-- -` or `---x` are not its end.
  @Test(arguments: ["---", "---  ", "--- \t", "..."])
  func frontMatterClosesAtItsDelimiter(_ closing: String) throws {
    let text = "---\ndate: 2026-03-04T09:15:00Z\nheadline: Ferry\n\(closing)\nText.\n"
    let article = try Stories.markdown(text).article
    #expect(article.metadata.headline == "Ferry")
    #expect(article.body == [.paragraph([.text("Text.")])])
  }

  @Test(arguments: ["----", "-- -", "---x", "....", "\u{2014}-", "---\u{301}"])
  func lookalikesDoNotCloseTheFrontMatter(_ line: String) throws {
    let text = "---\ndate: 2026-03-04T09:15:00Z\n\(line)\nText.\n"
    #expect(throws: (any Error).self) { try Stories.markdown(text) }
  }
}
