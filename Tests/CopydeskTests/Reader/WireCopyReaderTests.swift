import CopydeskAST
import CopydeskCore
import CopydeskReader
import Foundation
import Testing

/// Raw wire copy (story-format.md §2): headline, dateline, credit trailer, literal text.
@Suite struct WireCopyReaderTests {
  func read(_ text: String) throws -> ReadResult {
    try StoryReader.read(data: Data(text.utf8), fileName: "wire.txt", options: Stories.options)
  }

  @Test(.enabled(if: Paths.sharedAvailable, "needs ../shared/corpus (the seed story)"))
  func seedStory() throws {
    let result = try StoryReader.read(
      contentsOf: Paths.seedStory, displayPath: "seed.txt", options: Stories.options)
    let metadata = result.article.metadata
    #expect(metadata.headline == "Putin, Erdogan hold closed-door meeting")
    #expect(metadata.dateline?.city == "QAMISHLI")
    #expect(metadata.dateline?.country == "Syria")
    #expect(metadata.dateline?.agency == "North Press")
    #expect(metadata.byline == [Contributor(name: "Muhammad al-Qadi", role: .reporter)])
    guard case .paragraph(let first)? = result.article.body.first else {
      Issue.record("the body does not start with a paragraph")
      return
    }
    #expect(first.plainText.hasPrefix("On Wednesday,"))
    guard case .paragraph(let last)? = result.article.body.last else {
      Issue.record("the body does not end with a paragraph")
      return
    }
    #expect(last.plainText.hasPrefix("Last week, Erdogan indicated"))
    #expect(
      !result.article.body.contains { block in
        if case .paragraph(let content) = block {
          return content.plainText.contains("Reporting by")
        }
        return false
      })
    #expect(
      result.warnings.map(\.message) == [
        "raw wire copy carries no date; using 2026-04-07T09:30:00+02:00 (give one with --date)"
      ])
  }

  @Test func textIsNeverMarkdown() throws {
    let body = try read("Headline\n\nOur [government] *bodies* # stay literal.\n").article.body
    #expect(body == [.paragraph([.text("Our [government] *bodies* # stay literal.")])])
  }

  @Test(arguments: [
    (
      "FRANKFURT (Reuters) - Shares rose.", Dateline(city: "FRANKFURT", agency: "Reuters"),
      "Shares rose."
    ),
    (
      "BUENOS AIRES, Argentina — Rain fell.", Dateline(city: "BUENOS AIRES", country: "Argentina"),
      "Rain fell."
    ),
    (
      "AUSTIN, Texas, United States (Example News) – Polls opened.",
      Dateline(
        city: "AUSTIN", region: "Texas", country: "United States", agency: "Example News",
        text: "AUSTIN, Texas, United States"),
      "Polls opened."
    ),
  ])
  func datelineForms(line: String, dateline: Dateline, rest: String) throws {
    let article = try read("Headline\n\n\(line)\n").article
    #expect(article.metadata.dateline == dateline)
    #expect(article.body == [.paragraph([.text(rest)])])
  }

  @Test func sentenceWithDashIsNotADateline() throws {
    let article = try read("Headline\n\nThe mayor - who spoke late - said no.\n").article
    #expect(article.metadata.dateline == nil)
  }

  @Test func creditTrailerWithSeveralRoles() throws {
    let article = try read(
      "Headline\n\nText.\n\nReporting by Ana Ruiz and Tom Berg; Writing by Lea Brandt; Editing by Sam Okafor\n"
    ).article
    #expect(
      article.metadata.byline == [
        Contributor(name: "Ana Ruiz", role: .reporter),
        Contributor(name: "Tom Berg", role: .reporter),
        Contributor(name: "Lea Brandt", role: .writer),
        Contributor(name: "Sam Okafor", role: .editor),
      ])
    #expect(article.body == [.paragraph([.text("Text.")])])
  }

  @Test func byLineAfterTheHeadline() throws {
    let article = try read("Headline\n\nBy Mette Lund\n\nText.\n").article
    #expect(article.metadata.byline == [Contributor(name: "Mette Lund", role: .writer)])
    #expect(article.body == [.paragraph([.text("Text.")])])
  }

  @Test func sentenceStartingWithByIsText() throws {
    let article = try read("Headline\n\nText.\n\nBy the end of the day, nobody had called.\n")
      .article
    #expect(article.metadata.byline.isEmpty)
    #expect(article.body.count == 2)
  }

  @Test func wrappedParagraphKeepsItsLines() throws {
    let article = try read("Headline\n\nfirst line\nsecond line\n").article
    #expect(article.body == [.paragraph([.text("first line"), .softBreak, .text("second line")])])
  }

  @Test func noDateIsAnError() {
    #expect(
      throws: Diagnostic(
        .error, file: "w.txt", key: "date",
        message:
          "raw wire copy carries no date; give one with --date, as in --date 2026-03-04T09:15:00+01:00"
      )
    ) {
      try StoryReader.read(data: Data("Headline\n\nText.\n".utf8), fileName: "w.txt")
    }
  }
}
