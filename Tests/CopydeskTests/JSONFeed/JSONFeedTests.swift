import CopydeskAST
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// JSON Feed 1.1: schema-valid with format checking, field mapping, publication rules.
@Suite struct JSONFeedTests {
  static let clock = Timestamp(secondsSinceEpoch: 1_775_000_000, offsetMinutes: 0)

  static func context(clock: Timestamp = clock) -> RenderContext {
    RenderContext(sourceFile: "feed", site: Stories.site, clock: clock)
  }

  static func articles() throws -> [Article] {
    try Paths.exampleStories().map {
      try StoryReader.read(
        contentsOf: $0, displayPath: $0.lastPathComponent, options: Stories.options
      ).article
    }
  }

  /// The feed pages over `articles`, `limit` items a page, as a build writes them.
  static func pages(_ articles: [Article], limit: Int, context: RenderContext) throws
    -> (pages: [Publication.File], warnings: [Diagnostic])
  {
    var context = context
    context.options[JSONFeedSettings.self].limit = limit
    return try CollectionRendering.pages(JSONFeedFormat(), articles: articles, context: context)
  }

  func json(_ data: Data) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test(
    .enabled(
      if: Paths.sharedAvailable && ExternalValidator.available(pythonModule: "rfc3986_validator"),
      "needs ../shared/standards/jsonfeed and pip install 'jsonschema[format-nongpl]'"))
  func feedsValidateAgainstTheSchema() throws {
    let folder = try ExternalValidator.temporaryFolder()
    var files: [URL] = []
    let (pages, _) = try Self.pages(Self.articles(), limit: 2, context: Self.context())
    for page in pages {
      let url = folder.appendingPathComponent(page.path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try page.data.write(to: url)
      files.append(url)
    }
    for story in Paths.exampleStories() + [
      Paths.fixtures.appendingPathComponent("kitchen-sink.md"), Paths.seedStory,
    ] {
      let url = folder.appendingPathComponent(
        "single-" + story.deletingPathExtension().lastPathComponent + ".json")
      try Stories.render(story, as: .jsonfeed).output.data.write(to: url)
      files.append(url)
    }
    let outcome = try ExternalValidator.jsonFeedSchema(files)
    #expect(outcome.status == 0, "\(outcome.output)")
  }

  @Test func feedIsNewestFirstAndPaged() throws {
    let (pages, _) = try Self.pages(Self.articles(), limit: 1, context: Self.context())
    #expect(pages.map(\.path) == ["feed.json", "feed/2.json", "feed/3.json"])
    let first = try json(pages[0].data)
    #expect(first["version"] as? String == "https://jsonfeed.org/version/1.1")
    #expect(first["feed_url"] as? String == "https://news.example.com/feed.json")
    #expect(first["next_url"] as? String == "https://news.example.com/feed/2.json")
    #expect(first["home_page_url"] as? String == "https://news.example.com/html/index.html")
    let titles = try pages.flatMap { try json($0.data)["items"] as? [[String: Any]] ?? [] }.map {
      $0["title"] as? String
    }
    // Left out: the draft and the story whose status is withheld.
    #expect(
      titles == [
        "Two ferries collide in fog off harbour mouth, no injuries",
        "Dock workers walk out as harbour talks stall",
        "City council passes leaner budget after late-night vote",
      ])
    #expect(try json(pages[2].data)["next_url"] == nil)
  }

  @Test func draftsCanceledAndEmbargoedStoriesAreNotItems() throws {
    let text = { (extra: String) in
      "---\nheadline: Rules\ndate: 2026-03-04T09:15:00Z\n\(extra)\n---\n\nBody.\n"
    }
    func items(_ extra: String, clock: Timestamp) throws -> Int {
      let article = try Stories.markdown(text(extra)).article
      let (pages, _) = try Self.pages([article], limit: 10, context: Self.context(clock: clock))
      return (try json(pages[0].data)["items"] as? [Any])?.count ?? -1
    }
    let before = Timestamp(secondsSinceEpoch: 1_772_615_000, offsetMinutes: 0)
    let after = Timestamp(secondsSinceEpoch: 1_772_700_000, offsetMinutes: 0)
    #expect(try items("status: usable", clock: after) == 1)
    #expect(try items("status: draft", clock: after) == 0)
    #expect(try items("status: canceled", clock: after) == 0)
    #expect(try items("status: withheld", clock: after) == 0)
    #expect(try items("embargo: 2026-03-04T12:00:00Z", clock: before) == 0)
    #expect(try items("embargo: 2026-03-04T12:00:00Z", clock: after) == 1)
  }

  @Test func itemFieldMapping() throws {
    let story = Paths.fixtures.appendingPathComponent("kitchen-sink.md")
    let rendering = try StoryRenderer.render(
      contentsOf: story, as: .jsonfeed, options: Stories.options,
      context: RenderContext(
        sourceFile: "kitchen-sink.md", site: Stories.site, clock: Self.clock
      ))
    let feed = try json(rendering.output.data)
    let item = try #require((feed["items"] as? [[String: Any]])?.first)
    #expect(item["id"] as? String == "urn:newsml:example.com:20260304:kitchen-sink")
    #expect(item["url"] as? String == "https://news.example.com/html/kitchen-sink.html")
    #expect(item["title"] as? String == "Kitchen sink — every key and every construct")
    #expect(item["summary"] as? String == "A summary with \"quotes\" & <angle brackets>.")
    #expect(item["image"] as? String == "https://news.example.com/media/cranes.jpg")
    #expect(item["date_published"] as? String == "2026-03-04T09:15:00+01:00")
    #expect(item["date_modified"] as? String == "2026-03-05T10:00:00+01:00")
    #expect(item["language"] as? String == "en-GB")
    #expect(item["author"] == nil)
    // The authors are the writers: the editor and the photographer are not (receivers.md).
    let authors = try #require(item["authors"] as? [[String: Any]])
    #expect(authors.map { $0["name"] as? String } == ["Ingrid Vos", "Ana Ruiz"])
    #expect(
      item["tags"] as? [String] == ["ports", "strike <action>", "shipping", "Labour disputes"])
    let html = try #require(item["content_html"] as? String)
    #expect(html.contains("<img src=\"https://news.example.com/media/icon.png\"") == false)
    // content_html tells what content_text and the page tell: dateline, agency, corrections.
    #expect(
      html.hasPrefix(
        "<p><span class=\"dateline\">ROTTERDAM, South Holland, Netherlands (Example News)</span>"
          + " - Opening paragraph with <em>emphasis</em>"))
    #expect(
      html.hasSuffix(
        "<p class=\"correction\"><strong>Correction (2026-03-05T10:00:00+01:00):</strong> "
          + "Corrects the number of terminals to three.</p>\n"))
    let text = try #require(item["content_text"] as? String)
    #expect(
      text.hasPrefix("ROTTERDAM, South Holland, Netherlands (Example News) - Opening paragraph"))
    #expect(
      text.hasSuffix(
        "\n\nCorrection (2026-03-05T10:00:00+01:00): Corrects the number of terminals to three."))
    let copydesk = try #require(item["_copydesk"] as? [String: Any])
    #expect(copydesk["about"] == nil)
    #expect(copydesk["slug"] as? String == "kitchen-sink")
    #expect(copydesk["version"] as? Int == 3)
    #expect(copydesk["urgency"] as? Int == 4)
    #expect(
      copydesk["dateline"] as? String == "ROTTERDAM, South Holland, Netherlands (Example News)")
    #expect((copydesk["located"] as? [String: Any])?["city"] as? String == "ROTTERDAM")
    #expect(copydesk["subjects"] as? [String] == ["medtop:20000523"])
    #expect(
      (copydesk["corrections"] as? [[String: Any]])?.first?["note"] as? String
        == "Corrects the number of terminals to three.")
  }

  /// JSON Feed 1.1, "Extensions": an extension object should carry an `about` URL.
  @Test func extensionNamesItsDescriptionWhenConfigured() throws {
    var options = FormatOptions()
    options[JSONFeedSettings.self].about = "https://news.example.com/docs/copydesk-extension"
    let rendering = try StoryRenderer.render(
      contentsOf: Paths.fixtures.appendingPathComponent("kitchen-sink.md"), as: .jsonfeed,
      options: Stories.options,
      context: RenderContext(sourceFile: "kitchen-sink.md", site: Stories.site, options: options),
      preview: true)
    let item = try #require((try json(rendering.output.data)["items"] as? [[String: Any]])?.first)
    #expect(
      (item["_copydesk"] as? [String: Any])?["about"] as? String
        == "https://news.example.com/docs/copydesk-extension")
  }

  @Test func ednoteNeverAppears() throws {
    let (pages, _) = try Self.pages(Self.articles(), limit: 50, context: Self.context())
    let story = Paths.fixtures.appendingPathComponent("kitchen-sink.md")
    let single = try Stories.render(story, as: .jsonfeed).output.data
    for data in pages.map(\.data) + [single] {
      let text = String(decoding: data, as: UTF8.self)
      #expect(
        !text.contains("ednote") && !text.contains("INTERNAL")
          && !text.contains("desk contact sheet"))
    }
  }

  @Test func twoRendersAreByteIdentical() throws {
    let first = try Self.pages(Self.articles(), limit: 50, context: Self.context()).pages.map(
      \.data)
    let second = try Self.pages(Self.articles(), limit: 50, context: Self.context()).pages.map(
      \.data)
    #expect(first == second)
    let text = String(decoding: first[0], as: UTF8.self)
    #expect(!text.contains("\\/"))
  }

  @Test(.enabled(if: Paths.sharedAvailable, "needs ../shared/corpus (the seed story)"))
  func seedItemMatchesThePage() throws {
    let feed = try json(Stories.render(Paths.seedStory, as: .jsonfeed).output.data)
    let item = try #require((feed["items"] as? [[String: Any]])?.first)
    #expect(item["title"] as? String == "Putin, Erdogan hold closed-door meeting")
    #expect(
      (item["_copydesk"] as? [String: Any])?["dateline"] as? String
        == "QAMISHLI, Syria (North Press)")
    #expect((item["authors"] as? [[String: Any]])?.first?["name"] as? String == "Muhammad al-Qadi")
    let page = String(
      decoding: try Stories.render(Paths.seedStory, as: .html).output.data, as: UTF8.self)
    let start = try #require(page.range(of: "<div class=\"story-body\">\n"))
    let end = try #require(page.range(of: "\n</div>\n</article>"))
    let html = try #require(item["content_html"] as? String)
    #expect(html.hasPrefix("<p><span class=\"dateline\">QAMISHLI, Syria (North Press)</span> - "))
    #expect(
      String(page[start.upperBound..<end.lowerBound])
        == html.replacing(
          "<span class=\"dateline\">QAMISHLI, Syria (North Press)</span> - ", with: ""))
  }
}
