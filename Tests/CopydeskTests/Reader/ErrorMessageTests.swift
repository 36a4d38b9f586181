import CopydeskCore
import CopydeskReader
import Foundation
import Testing

/// Every reader error has its own sentence; these tests pin the whole message, with file,
/// line and column, as a user sees it.
@Suite struct ErrorMessageTests {
  static let cases: [(String, String)] = [
    (
      "headline: A\ndate: 2026-03-04T09:15:00",
      "story.md:3:7: error: 'date' has no UTC offset ('2026-03-04T09:15:00'); add one, as in "
        + "2026-03-04T09:15:00+01:00 or …Z, or set a default time zone in copydesk.yml"
    ),
    (
      "headline: A\ndate: 4 March 2026",
      "story.md:3:7: error: 'date' must be an RFC 3339 date-time such as 2026-03-04T09:15:00+01:00, "
        + "got '4 March 2026'"
    ),
    (
      "headline: A\ndate: 2026-02-30T09:00:00Z",
      "story.md:3:7: error: 'date' must be an RFC 3339 date-time such as 2026-03-04T09:15:00+01:00, "
        + "got '2026-02-30T09:00:00Z'"
    ),
    (
      "headline: A\ndate: 2026-03-04T09:15:00Z\nupdated: 2026-03-04T08:00:00Z",
      "story.md:4: error: 'updated' (2026-03-04T08:00:00Z) is before 'date' "
        + "(2026-03-04T09:15:00Z); an update cannot precede the first publication"
    ),
    (
      "headline: A\ndate: 2026-03-04T09:15:00Z\nslug: ../../etc/passwd",
      "story.md:4:7: error: 'slug' may only contain lower-case letters a-z, digits and inner "
        + "hyphens (at most 200), got '../../etc/passwd'; it names the output files"
    ),
    (
      "headline: A\ndate: 2026-03-04T09:15:00Z\nversion: two",
      "story.md:4:10: error: 'version' must be a whole number from 1 to 1000000 (1 for the first), "
        + "got 'two'"
    ),
    (
      "headline: A\ndate: 2026-03-04T09:15:00Z\nurgency: 12",
      "story.md:4:10: error: 'urgency' must be a whole number from 1 to 9 (1 is most urgent), "
        + "got the number 12"
    ),
    (
      "headline: A\ndate: 2026-03-04T09:15:00Z\npriority: soon",
      "story.md:4:11: error: 'priority' must be 1 to 6 or flash, urgent, routine, got 'soon'"
    ),
    (
      "headline: A\ndate: 2026-03-04T09:15:00Z\nstatus: publshed",
      "story.md:4:9: error: 'status' must be one of usable, withheld, canceled, draft, "
        + "got 'publshed'"
    ),
    (
      "headline: A\ndate: 2026-03-04T09:15:00Z\nstatus: drafts",
      "story.md:4:9: error: 'status' must be one of usable, withheld, canceled, draft "
        + "(did you mean 'draft'?), got 'drafts'"
    ),
    (
      "headline: [A, B]\ndate: 2026-03-04T09:15:00Z",
      "story.md:2:11: error: 'headline' must be text, got a list"
    ),
    (
      "headline: A\ndate: 2026-03-04T09:15:00Z\nkeywords: ports",
      "story.md:4:11: error: 'keywords' must be a list, got 'ports'"
    ),
    (
      "headline: A\ndate: 2026-03-04T09:15:00Z\nsubjects: [medtp:20000523]",
      "story.md:4:12: error: unknown QCode scheme 'medtp' in 'medtp:20000523' (did you mean "
        + "'medtop'?); expected one of medtop, subj, or a name with a space"
    ),
    (
      "headline: A\ndate: 2026-03-04T09:15:00Z\nbyline:\n  - name: Ana\n    role: writter",
      "story.md:6:11: error: 'role' must be one of reporter, writer, editor, photographer, "
        + "videographer, translator, contributor (did you mean 'writer'?), got 'writter'"
    ),
    (
      "headline: A\ndate: 2026-03-04T09:15:00Z\nimage: {caption: Cranes}",
      "story.md:4:8: error: 'image' needs a 'url'"
    ),
    (
      "headline: A\ndate: 2026-03-04T09:15:00Z\nimage: {url: a.jpg, photographer: Jan}",
      "story.md:4:21: error: unknown key 'photographer' in 'image'; expected url, caption, credit, alt"
    ),
    (
      "headline: A\ndate: 2026-03-04T09:15:00Z\nlanguage: English",
      "story.md:4:11: error: 'language' must be a BCP 47 tag such as en, de-CH or ar, got 'English'"
    ),
    (
      "headline: A\nheadline: B\ndate: 2026-03-04T09:15:00Z",
      "story.md:2:1: error: 'headline' appears more than once in the same mapping; keep one"
    ),
    (
      "headline: A\ndate: 2026-03-04T09:15:00Z\ncategory: international",
      "story.md:4:11: error: 'category' must be a wire category code of 1 to 3 letters, such as "
        + "i or pl, got 'international'"
    ),
    (
      "headline: A\n  date: [unclosed",
      "story.md:3:7: error: this line is indented, so it is read as more of the value above, "
        + "where ': ' is not allowed; start each key at the beginning of its line (the front "
        + "matter is not valid YAML: mapping values are not allowed in this context)"
    ),
    (
      "date: 2026-03-04T09:15:00Z",
      "story.md:1: error: the story has no headline; add 'headline:' to the front matter or start "
        + "the body with a single '# Heading'"
    ),
    (
      "headline: A",
      "story.md:1: error: the story has no 'date'; add its first publication time, as in "
        + "date: 2026-03-04T09:15:00+01:00"
    ),
    (
      "- just\n- a list",
      "story.md:2:1: error: the front matter must be a mapping of keys to values, got a list"
    ),
  ]

  @Test(arguments: cases)
  func frontMatterError(frontMatter: String, message: String) {
    let error = Stories.markdownError("---\n\(frontMatter)\n---\n\nBody.\n")
    #expect(error?.description == message)
  }

  @Test func errorsCarryTheKey() {
    let error = Stories.markdownError(
      "---\nheadline: A\ndate: 2026-03-04T09:15:00Z\nurgency: 0\n---\n")
    #expect(error?.key == "urgency")
    #expect(error?.line == 4)
    #expect(error?.severity == .error)
  }

  @Test func unclosedFrontMatter() {
    #expect(
      Stories.markdownError("---\nheadline: A\n\nBody that never closes the metadata.\n")?
        .description
        == "story.md:1: error: the front matter opened here is never closed; expected a line '---' "
        + "after the metadata")
  }

  @Test func emptyFile() {
    #expect(
      Stories.markdownError(" \n\n")?.description
        == "story.md:1: error: the file is empty; expected a story")
  }

  @Test func invalidUTF8NamesTheLine() throws {
    let latin1 =
      Data("---\nheadline: Caf".utf8) + Data([0xE9])
      + Data("\ndate: 2026-03-04T09:15:00Z\n---\n".utf8)
    #expect(throws: Diagnostic.self) { try StoryReader.read(data: latin1, fileName: "cafe.md") }
    do {
      _ = try StoryReader.read(data: latin1, fileName: "cafe.md")
    } catch {
      #expect(
        error.description
          == "cafe.md:2: error: invalid UTF-8 (byte 0xE9); save the story as UTF-8, not Latin-1 or "
          + "Windows-1252")
    }
  }

  @Test func nulByteMeansBinary() {
    let data = Data("headline\n".utf8) + Data([0x00, 0x01])
    #expect(
      throws: Diagnostic(
        .error, file: "x.md", line: 2,
        message: "the file contains a NUL byte; expected UTF-8 text, not a binary file")
    ) {
      try StoryReader.read(data: data, fileName: "x.md")
    }
  }

  @Test func unknownStoryType() {
    #expect(
      throws: Diagnostic(
        .error, file: "story.docx",
        message:
          "unknown story type '.docx'; expected .md or .markdown (Markdown with front matter), "
          + ".txt (raw wire copy) or .json (an AST document)")
    ) {
      try StoryReader.read(data: Data("x".utf8), fileName: "story.docx")
    }
  }

  @Test func fileTooLarge() {
    let options = ReaderOptions(maximumFileSize: 10)
    #expect(
      throws: Diagnostic(
        .error, file: "big.md", message: "the file is 11 bytes; stories may be at most 10 bytes")
    ) {
      try StoryReader.read(data: Data("hello world".utf8), fileName: "big.md", options: options)
    }
  }
}
