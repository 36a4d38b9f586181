import CopydeskCore
import Foundation
import Testing

@testable import CopydeskReader

/// A story is read to the end of its front matter: every independent mistake is reported in
/// one run, each with its source line and a caret, in words that name the fix.
@Suite struct EveryProblemTests {
  static let fourMistakes = """
    ---
    headline: Harbour reopens
    date: 2026-03-04T09:15:00Z
    urgency: 12
    priority: 9
    status: live
    language: "e n"
    ---

    Body.

    """

  @Test func fourFrontMatterMistakesGiveFourMessagesInSourceOrder() throws {
    let error = try #require(Stories.markdownError(Self.fourMistakes))
    let all = error.expanded
    #expect(all.map(\.key) == ["urgency", "priority", "status", "language"])
    #expect(all.map(\.line) == [4, 5, 6, 7])
    #expect(all.allSatisfy { $0.severity == .error && $0.file == "story.md" })
  }

  @Test func eachProblemCarriesItsSourceLineAndACaretAtItsColumn() throws {
    let error = try #require(Stories.markdownError(Self.fourMistakes))
    let status = try #require(error.expanded.first { $0.key == "status" })
    #expect(status.sourceLine == "status: live")
    #expect(SourceExcerpt.lines(for: status) == ["  6 | status: live", "    |         ^"])
  }

  @Test func aWrongDateIsNotAlsoReportedAsMissing() throws {
    let error = try #require(
      Stories.markdownError("---\nheadline: A\ndate: yesterday\nurgency: 0\n---\n"))
    #expect(error.expanded.map(\.key) == ["date", "urgency"])
  }

  @Test func missingHeadlineAndMissingDateAreBothReported() throws {
    let error = try #require(Stories.markdownError("---\nurgency: 3\n---\n\nBody.\n"))
    #expect(error.expanded.map(\.key) == ["headline", "date"])
  }

  @Test func theCommandLinePrintsEveryProblemWithItsExcerpt() throws {
    let folder = try ExternalValidator.temporaryFolder()
    try Data(Self.fourMistakes.utf8).write(to: folder.appendingPathComponent("story.md"))
    let run = try CommandLineTool.run(
      ["render", "story.md", "--to", "ast"], in: folder, environment: ["NO_COLOR": "1"])
    #expect(run.status == 65)
    let lines = run.standardError.split(separator: "\n").map(String.init)
    #expect(lines.filter { $0.hasPrefix("story.md:") && $0.contains(": error: ") }.count == 4)
    #expect(lines.contains("  4 | urgency: 12"))
    #expect(lines.contains("    |          ^"))
  }

  @Test func jsonDiagnosticsGiveOneObjectPerProblemWithTheSourceLine() throws {
    let folder = try ExternalValidator.temporaryFolder()
    let stories = folder.appendingPathComponent("Stories")
    try FileManager.default.createDirectory(at: stories, withIntermediateDirectories: true)
    try Data(Self.fourMistakes.utf8).write(to: stories.appendingPathComponent("story.md"))
    let run = try CommandLineTool.run(
      ["build", "Stories", "--out", "Output", "--diagnostics", "json"], in: folder)
    #expect(run.status == 1)
    let objects = run.standardOutput.split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
    let errors = objects.filter { $0["severity"] as? String == "error" }
    #expect(errors.count == 4)
    #expect(errors.compactMap { $0["sourceLine"] as? String }.contains("priority: 9"))
  }
}

/// libyaml's words are translated into what to change, keeping its own words after them.
@Suite struct YAMLAdviceTests {
  static let cases: [(String, String, Int, String)] = [
    (
      "headline: Budget: council votes yes", "mapping values are not allowed in this context", 17,
      "a value that contains ': ' must be in quotes: write headline: \"Budget: council votes yes\""
    ),
    (
      "\tdate: 2026-03-04T09:15:00Z", "found a tab character that violates indentation", 1,
      "YAML does not allow tab characters for indentation; indent with spaces"
    ),
    (
      "headline: @home", "found character that cannot start any token", 11,
      "a value cannot start with '@' in YAML: write headline: \"@home\""
    ),
    (
      "headline: \"C:\\path\"", "found unknown escape character", 14,
      "a backslash inside double quotes starts an escape such as \\n: write \\\\ for a "
        + "backslash, or use single quotes"
    ),
  ]

  @Test(arguments: cases)
  func adviceNamesTheFix(line: String, problem: String, column: Int, advice: String) {
    #expect(
      YAMLErrors.advice(problem: problem, context: nil, line: line, column: column) == advice)
  }

  @Test func aColonInAHeadlineIsExplainedAtItsPlace() throws {
    let error = try #require(
      Stories.markdownError(
        "---\nheadline: Budget: council votes yes\ndate: 2026-03-04T09:15:00Z\n---\n"))
    #expect(error.line == 2)
    #expect(error.column == 17)
    #expect(error.message.hasPrefix("a value that contains ': ' must be in quotes"))
    #expect(
      error.message.hasSuffix(
        "(the front matter is not valid YAML: mapping values are not allowed in this context)"))
  }

  @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
    let error = try #require(
      Stories.markdownError("---\nheadline: \"never closed\ndate: 2026-03-04T09:15:00Z\n---\n"))
    #expect(error.line == 2)
    #expect(error.sourceLine == "headline: \"never closed")
  }
}

/// Markdown stories get typographic punctuation, as raw wire copy has it (cmark's smart
/// punctuation); wire text folds it back to ASCII.
@Suite struct SmartPunctuationTests {
  @Test func quotesDashesAndEllipsesBecomeTypographic() throws {
    let article = try Stories.markdown(
      "---\nheadline: A\ndate: 2026-03-04T09:15:00Z\n---\n\nShe said \"yes\" -- and it's done...\n")
    #expect(article.article.body.first?.plainText == "She said “yes” – and it’s done…")
  }
}
