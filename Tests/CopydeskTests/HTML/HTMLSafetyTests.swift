import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// Hostile text is escaped for every context; unsafe URLs never reach `href` or `src`.
@Suite struct HTMLSafetyTests {
  func page(_ frontMatter: String, body: String = "Body.") throws -> (
    html: String, warnings: [Diagnostic]
  ) {
    let folder = try ExternalValidator.temporaryFolder()
    let story = folder.appendingPathComponent("hostile.md")
    try Data("---\n\(frontMatter)\ndate: 2026-03-04T09:15:00Z\n---\n\n\(body)\n".utf8).write(
      to: story)
    let rendering = try Stories.render(story, as: .html)
    return (String(decoding: rendering.output.data, as: UTF8.self), rendering.warnings)
  }

  @Test func headlineIsEscapedInTitleHeadingAndMeta() throws {
    let html = try page(#"headline: "</title><script>alert('x')</script> & \"q\"""#).html
    #expect(!html.contains("<script>alert"))
    #expect(
      html.contains(
        "<h1>&lt;/title&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</h1>"
      ))
    #expect(html.contains(#"<meta property="og:title" content="&lt;/title&gt;&lt;script&gt;"#))
  }

  @Test func jsonLDCannotBreakOutOfItsScript() throws {
    let html = try page(#"headline: "</script><!-- <script>alert(1)</script>""#).html
    let scripts = html.components(separatedBy: "<script").count - 1
    #expect(scripts == 1)
    #expect(
      html.contains(
        #""headline" : "\u003c/script\u003e\u003c!-- \u003cscript\u003ealert(1)\u003c/script\u003e""#
      ))
    let json = try #require(
      html.range(of: "application/ld+json\">\n").map { html[$0.upperBound...] })
    let end = try #require(json.range(of: "\n</script>"))
    let object =
      try JSONSerialization.jsonObject(with: Data(json[..<end.lowerBound].utf8)) as? [String: Any]
    #expect(object?["headline"] as? String == "</script><!-- <script>alert(1)</script>")
    #expect(object?["@type"] as? String == "NewsArticle")
  }

  @Test(arguments: [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
    "java\nscript:alert(1)", "javascript&colon;alert(1)", "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=",
    "\u{01}javascript:alert(1)",
  ])
  func unsafeLinkSchemesAreDropped(url: String) throws {
    let escaped = url.replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(
      of: "\n", with: "\\n"
    )
    .replacingOccurrences(of: "\u{01}", with: "\\u0001")
    let (html, warnings) = try page(
      "headline: Links\nbyline: [{name: Ana, url: \"\(escaped)\"}]\nimage: {url: \"\(escaped)\"}",
      body:
        "[click](<\(url.replacingOccurrences(of: "\n", with: ""))>) and ![pic](<\(url.replacingOccurrences(of: "\n", with: ""))>)"
    )
    let lowered = html.lowercased()
    #expect(
      !lowered.contains("javascript:") && !lowered.contains("vbscript:")
        && !lowered.contains("data:text"))
    #expect(!html.contains("href=\"&#") && !html.contains("src=\"&#"))
    #expect(html.contains("<p>click and </p>") || html.contains("<p>click and"))
    #expect(warnings.filter { $0.message.contains("was dropped") }.count >= 3)
  }

  @Test(arguments: [
    "https://example.com/a", "http://example.com", "mailto:desk@example.com", "/media/a.jpg",
    "../b.html", "#notes",
  ])
  func safeURLsAreKept(url: String) throws {
    let html = try page("headline: Links", body: "[click](\(url))").html
    #expect(html.contains("<a href=\"\(url)\">click</a>"))
  }

  /// Text is scanned 64 bytes at a time: each of `& < > " '` is escaped wherever it falls,
  /// as one replacement after another would escape it.
  @Test func everySpecialCharacterIsEscapedWhereverItFalls() {
    for length in [1, 2, 63, 64, 65, 129] {
      for place in [0, 1, 63, 64, 65, 128, length - 1] where place < length {
        for special in ["&", "<", ">", "\"", "'", "é"] {
          var characters = Array(repeating: "a", count: length)
          characters[place] = special
          characters[length - 1] += special
          let text = characters.joined()
          let expected = text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
          #expect(HTMLEscaping.text(text) == expected)
        }
      }
    }
  }

  @Test func ednoteNeverAppears() throws {
    let html = try page("headline: Notes\nednote: SECRET-DESK-NOTE call the source back").html
    #expect(!html.contains("SECRET-DESK-NOTE"))
  }

  @Test func rawHTMLInBodyNeverAppears() throws {
    let html = try page(
      "headline: Raw", body: "<img src=x onerror=alert(1)>\n\nText <b onclick=\"x()\">bold</b>"
    ).html
    #expect(!html.contains("onerror") && !html.contains("onclick"))
  }

  @Test func rightToLeftLanguagesSetDir() throws {
    let html = try String(
      decoding: Stories.render(Paths.fixtures.appendingPathComponent("rtl-arabic.md"), as: .html)
        .output.data,
      as: UTF8.self)
    #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
    let japanese = try String(
      decoding: Stories.render(Paths.fixtures.appendingPathComponent("cjk-japanese.md"), as: .html)
        .output.data,
      as: UTF8.self)
    #expect(japanese.contains("<html lang=\"ja\" dir=\"ltr\">"))
    #expect(japanese.contains("<h1>港の新しい旅客ターミナルが開業</h1>"))
  }

  @Test func renderingIsDeterministic() throws {
    let story = Paths.fixtures.appendingPathComponent("kitchen-sink.md")
    #expect(
      try Stories.render(story, as: .html).output.data
        == Stories.render(story, as: .html).output.data)
  }
}
