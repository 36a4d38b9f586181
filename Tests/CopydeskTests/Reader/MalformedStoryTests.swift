import CopydeskAST
import CopydeskCore
import CopydeskReader
import Foundation
import Testing

/// Malformed stories give a clear error or a correct AST: never a crash or a hang.
@Suite struct MalformedStoryTests {
  static let folder = Paths.fixtures.appendingPathComponent("malformed")

  static let expectations: [(String, String)] = [
    ("empty.md", "empty.md:1: error: the file is empty; expected a story"),
    (
      "latin1.md",
      "latin1.md:2: error: invalid UTF-8 (byte 0xE9); save the story as UTF-8, not Latin-1 or Windows-1252"
    ),
    (
      "binary.md",
      "binary.md:1: error: the file contains a NUL byte; expected UTF-8 text, not a binary file"
    ),
    (
      "bad-yaml.md",
      "bad-yaml.md:2:11: error: a quoted value is never closed; end it with the quote it starts "
        + "with (the front matter is not valid YAML: while scanning a quoted scalar that starts at "
        + "line 2: found unexpected end of stream)"
    ),
    (
      "unclosed.md",
      "unclosed.md:1: error: the front matter opened here is never closed; expected a line '---' after the metadata"
    ),
    ("yaml-bomb.md", "yaml-bomb.md:9:4: error: 'keywords[0]' must be text, got a list"),
    (
      "empty-front-matter.md",
      "empty-front-matter.md:1: error: the story has no headline; add 'headline:' to the front matter or "
        + "start the body with a single '# Heading'"
    ),
  ]

  @Test(arguments: expectations)
  func clearError(file: String, message: String) {
    let url = Self.folder.appendingPathComponent(file)
    #expect(throws: Diagnostic.self) {
      try StoryReader.read(contentsOf: url, displayPath: file, options: Stories.options)
    }
    do {
      _ = try StoryReader.read(contentsOf: url, displayPath: file, options: Stories.options)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test func everyFixtureIsCovered() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
    let covered = (Self.expectations.map(\.0) + ["headline-only.txt"]).sorted()
    #expect(files == covered)
  }

  @Test func headlineOnlyWireCopyReadsWithAnEmptyBody() throws {
    let url = Self.folder.appendingPathComponent("headline-only.txt")
    let article = try StoryReader.read(
      contentsOf: url, displayPath: "h.txt", options: Stories.options
    ).article
    #expect(article.metadata.headline == "Headline only")
    #expect(article.body.isEmpty)
  }

  /// A story far over the default limit still reads when the limit is raised for it.
  @Test func tenMegabyteStoryReads() throws {
    let paragraph =
      String(repeating: "Dock workers walked out at dawn on Wednesday. ", count: 20) + "\n\n"
    let count = 10 * 1024 * 1024 / paragraph.utf8.count + 1
    let text =
      "---\nheadline: Big\ndate: 2026-03-04T09:15:00Z\n---\n\n"
      + String(repeating: paragraph, count: count)
    var options = Stories.options
    options.maximumFileSize = 16 * 1024 * 1024
    let article = try Stories.markdown(text, options: options).article
    #expect(article.body.count == count)
  }

  @Test(arguments: [
    String(repeating: ">", count: 1000) + " quotes",
    (0..<1000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n"),
    String(repeating: "*", count: 1000) + "emphasis" + String(repeating: "*", count: 1000),
    String(repeating: "[", count: 1000) + "brackets" + String(repeating: "](x)", count: 1000),
  ])
  func thousandDeepNestingIsHandled(body: String) {
    let text = "---\nheadline: Deep\ndate: 2026-03-04T09:15:00Z\n---\n\n" + body + "\n"
    var options = Stories.options
    options.maximumFileSize = 4 * 1024 * 1024
    do {
      _ = try Stories.markdown(text, options: options)
    } catch {
      // Refused either as too deep or, for a run of brackets with no space, by the shape limits.
      #expect(
        error.message.contains("nested more than 200 levels")
          || error.message.hasPrefix("a run of more than 4096 characters without a space"),
        "\(error.message)")
    }
  }
}
