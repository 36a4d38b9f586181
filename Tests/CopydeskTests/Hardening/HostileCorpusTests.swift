import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// The hostile corpus: every file has an expected outcome.
///
/// Stories that can be published go through every renderer and must come out escaped, well-formed
/// and within the limits; the others must be refused with a clear message. None may crash.
@Suite struct HostileCorpusTests {
  static let folder = Paths.fixtures.appendingPathComponent("hostile")

  /// Files that must render safely to every format.
  static let renderable = [
    "script-in-metadata.md", "script-in-markdown.md", "javascript-urls.md",
    "xml-control-characters.md",
    "cdata-end.md", "bidi-and-zero-width.md", "overlong-lines.md", "headline-path.md",
    "far-future-date.md",
    "far-past-date.md", "cr-only-line-ends.md", "double-bom.md", "yaml-line-breaks.md",
  ]

  /// Files that must be refused, with the start of the expected message.
  static let refused: [(String, String)] = [
    ("nul-byte.md", "nul-byte.md:6: error: the file contains a NUL byte"),
    ("invalid-utf8.md", "invalid-utf8.md:2: error: invalid UTF-8 (byte 0xC3)"),
    (
      "slug-traversal.md",
      "slug-traversal.md:3:7: error: 'slug' may only contain lower-case letters"
    ),
    ("slug-absolute.md", "slug-absolute.md:3:7: error: 'slug' may only contain lower-case letters"),
    (
      "huge-integer.md",
      "huge-integer.md:3:10: error: 'version' must be a whole number from 1 to 1000000"
    ),
    ("huge-float.md", "huge-float.md:3:10: error: 'urgency' must be a whole number from 1 to 9"),
    ("five-digit-year.md", "five-digit-year.md:3:7: error: 'date' must be an RFC 3339 date-time"),
    (
      "deep-nesting.md",
      "deep-nesting.md:6: error: the Markdown is nested more than 200 levels deep"
    ),
    (
      "yaml-alias-bomb.md", "yaml-alias-bomb.md:12:4: error: 'keywords[0]' must be text, got a list"
    ),
    ("year-zero.md", "year-zero.md:3:7: error: 'date' is in the year 0000"),
    ("offset-beyond-14.md", "offset-beyond-14.md:3:7: error: 'date' has the UTC offset +14:59"),
    (
      "embargo-before-date.md",
      "embargo-before-date.md:4: error: 'embargo' (2026-03-04T08:00:00Z) is before 'date'"
    ),
    ("long-word.md", "long-word.md:6: error: a run of more than 4096 characters without a space"),
    ("wide-table.md", "wide-table.md:6: error: a table row with more than 256 columns"),
    ("bracket-flood.md", "bracket-flood.md:6: error: a paragraph with more than 1000 '['"),
  ]

  @Test func everyFixtureHasAnExpectation() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
      .filter { $0 != "README.md" }
    #expect(files == (Self.renderable + Self.refused.map(\.0)).sorted())
    let readme = try String(
      contentsOf: Self.folder.appendingPathComponent("README.md"), encoding: .utf8)
    for file in files { #expect(readme.contains("`\(file)`"), "README.md does not list \(file)") }
  }

  @Test(arguments: renderable)
  func rendersSafely(file: String) throws {
    try OutputChecks.renderAndCheck(Self.folder.appendingPathComponent(file))
  }

  @Test(arguments: refused)
  func isRefusedClearly(file: String, message: String) {
    do {
      _ = try StoryReader.read(
        contentsOf: Self.folder.appendingPathComponent(file), displayPath: file,
        options: Stories.options)
      Issue.record("\(file) was accepted")
    } catch {
      #expect(error.description.hasPrefix(message), "\(error.description)")
    }
  }

  @Test func metadataScriptsAreTextInEveryFormat() throws {
    let url = Self.folder.appendingPathComponent("script-in-metadata.md")
    let html = String(decoding: try Stories.render(url, as: .html).output.data, as: UTF8.self)
    #expect(
      html.contains(
        "<h1>&lt;script&gt;alert(&#39;headline&#39;)&lt;/script&gt; &amp; &lt;/title&gt;</h1>"))
    #expect(!html.contains("SECRET-EDNOTE"))
    let feed = String(decoding: try Stories.render(url, as: .jsonfeed).output.data, as: UTF8.self)
    #expect(!feed.contains("SECRET-EDNOTE"))
    let newsML = String(decoding: try Stories.render(url, as: .newsml).output.data, as: UTF8.self)
    #expect(
      newsML.contains(
        "<headline>&lt;script&gt;alert('headline')&lt;/script&gt; &amp; &lt;/title&gt;</headline>"))
  }

  @Test func bidiOverridesNeverReachSlugsOrWire() throws {
    let url = Self.folder.appendingPathComponent("bidi-and-zero-width.md")
    let rendering = try Stories.render(url, as: .wire)
    #expect(
      rendering.article.metadata.slug.allSatisfy {
        $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-")
      })
    #expect(rendering.output.data.allSatisfy { $0 < 0x80 })
  }

  @Test func storySizeLimitIsAClearError() throws {
    let folder = try ExternalValidator.temporaryFolder()
    let url = folder.appendingPathComponent("big.md")
    var text = "---\nheadline: Big\ndate: 2026-03-04T09:15:00Z\n---\n\n"
    text += String(repeating: "Fifty megabytes of news. ", count: 50 * 1024 * 1024 / 25)
    try Data(text.utf8).write(to: url)
    let options = ReaderOptions(maximumFileSize: 10 * 1024 * 1024)
    #expect(throws: Diagnostic.self) {
      try StoryReader.read(contentsOf: url, displayPath: "big.md", options: options)
    }
    do {
      _ = try StoryReader.read(contentsOf: url, displayPath: "big.md", options: options)
    } catch {
      #expect(
        error.description
          == "big.md: error: the file is 52428850 bytes, over the limit of 10485760; split it or "
          + "raise limits.story_bytes in copydesk.yml")
    }
  }
}
