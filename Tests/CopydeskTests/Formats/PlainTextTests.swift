import CopydeskAST
import Foundation
import Testing

@testable import CopydeskFormats

/// Quotes and list items in plain text (`content_text`, the NewsML-G2 text rendition) carry
/// their marker or indent on every following line, by the same rule Foundation's replacement
/// of "\n" applied.
@Suite struct PlainTextTests {
  @Test(arguments: [
    "", "one line", "two\nlines", "\nleading", "trailing\n", "\n\n", "crlf\r\nline",
    "é\nü\n中文\n", "a\u{0301}\nb", "🇺🇦\n\n🇺🇦", "tab\n\tindented",
  ])
  func everyLineFeedGetsTheContinuation(_ text: String) {
    for continuation in ["> ", "   ", ""] {
      #expect(
        PlainText.continuing(text, with: continuation)
          == text.replacingOccurrences(of: "\n", with: "\n" + continuation))
    }
  }

  /// The build writes a story's plain text once for every format (`shareCounts(of:)`); a
  /// format gets the same text, with or without the dateline, as when it writes its own.
  @Test func sharedTextIsTheTextEachFormatWouldWrite() {
    var generator = RandomStoryPropertyTests.SeededGenerator(state: 23)
    let dateline = Dateline(city: "Harbourton", country: "Examplia", agency: "Desk")
    for round in 0..<500 {
      let article = Article(
        metadata: WordCountTests.metadata, body: WordCountTests.blocks(&generator))
      let own = RenderContext(sourceFile: "story.md")
      var shared = own
      shared.shareCounts(of: article)
      #expect(shared.wordCount == article.wordCount)
      for line in [nil, dateline] {
        #expect(
          shared.plainText(of: article, dateline: line)
            == own.plainText(of: article, dateline: line),
          "round \(round)")
      }
    }
  }

  /// The dateline opens the first paragraph; a body with no text gets no dateline either.
  @Test func theDatelineOpensTheFirstParagraph() {
    let dateline = Dateline(city: "Harbourton", agency: "Desk")
    let body: [Block] = [.paragraph([.text("Dockers walked out.")]), .paragraph([.text("More.")])]
    #expect(
      PlainText.opening(PlainText.render(body), with: dateline)
        == "\(dateline.textWithAgency) - Dockers walked out.\n\nMore.")
    #expect(PlainText.opening(PlainText.render([.thematicBreak]), with: nil) == "* * *")
    #expect(PlainText.opening(PlainText.render([]), with: dateline).isEmpty)
  }

  /// Foundation's replacement skips a line feed followed by a combining mark; the next line
  /// still begins there, so it gets the continuation too.
  @Test func aLineStartingWithACombiningMarkIsContinued() {
    #expect(
      PlainText.continuing("a\n\u{0301}b\r\n\u{0301}", with: "> ") == "a\n> \u{0301}b\r\n> \u{0301}"
    )
  }
}
