import CopydeskAST
import CopydeskBuild
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// One format's failure fails only that output; the registry drives the build.
@Suite struct FormatIsolationTests {
  typealias Project = BuildTests.Project

  static let russian = BuildTests.story(
    "Паром сел на мель у входа в гавань", "language: ru\nslug: ferry-aground"
  )
  .replacingOccurrences(
    of: "Body of Паром сел на мель у входа в гавань.",
    with: "Паром с двумястами пассажирами сел на мель утром; никто не пострадал.")

  @Test func aStoryTheWireCannotCarryPublishesEverythingElse() throws {
    let project = try Project(["ru.md": Self.russian, "en.md": BuildTests.story("Harbour open")])
    let report = try project.build()
    let tree = try project.tree()
    #expect(tree["html/ferry-aground.html"] != nil)
    #expect(tree["newsml/ferry-aground.xml"] != nil)
    #expect(tree["ninjs/ferry-aground.json"] != nil)
    #expect(
      String(decoding: tree["atom.xml"] ?? Data(), as: UTF8.self).contains("Паром сел на мель"))
    #expect(tree["wire/ferry-aground.txt"] == nil)
    #expect(tree["wire/harbour-open.txt"] != nil)
    let feed = String(decoding: tree["feed.json"] ?? Data(), as: UTF8.self)
    #expect(feed.contains("Паром сел на мель"))
    #expect(report.hasFailures)
    let failure = try #require(report.formatFailures.first)
    #expect(failure.format == "wire" && failure.path == "Stories/ru.md")
    #expect(failure.error.file == "Stories/ru.md")
    #expect(failure.error.message.hasPrefix("wire output not published: the story is mostly in"))
    #expect(failure.error.message.contains("formats.wire.charset_by_language: {ru: utf8}"))
    #expect(report.summary.hasPrefix("2 published (1 with format failures: wire),"))
  }

  @Test func storiesInEveryScriptPublishEveryFormatButTheWire() throws {
    var files: [String: String] = ["ru.md": Self.russian]
    for name in ["rtl-arabic.md", "cjk-japanese.md"] {
      files[name] = try String(
        contentsOf: Paths.fixtures.appendingPathComponent(name), encoding: .utf8)
    }
    let project = try Project(files)
    let report = try project.build()
    let tree = try project.tree()
    for story in report.stories {
      #expect(story.outcome == .new, "\(story.path)")
    }
    #expect(tree.keys.filter { $0.hasPrefix("html/") && $0 != "html/index.html" }.count == 3)
    #expect(tree.keys.filter { $0.hasPrefix("newsml/") }.count == 3)
    #expect(tree.keys.filter { $0.hasPrefix("ninjs/") }.count == 3)
    let feed = try JSONSerialization.jsonObject(with: tree["feed.json"] ?? Data()) as? [String: Any]
    #expect((feed?["items"] as? [Any])?.count == 3)
    #expect(Set(report.formatFailures.map(\.format)) == ["wire"])
  }

  @Test func theReadmeDescribesEveryFormat() throws {
    let readme = try String(
      contentsOf: Paths.repository.appendingPathComponent("README.md"), encoding: .utf8)
    for format in FormatRegistry.builtIn.formats {
      #expect(
        readme.contains(
          "| `\(format.name)` | \(format.kind.rawValue), \(format.audience.rawValue), "),
        "README.md has no format-table row for \(format.name) with its kind and audience")
    }
  }

  @Test func aCharsetPerLanguageSendsTheStoryOnTheWire() throws {
    let project = try Project(["ru.md": Self.russian])
    let report = try project.build {
      $0.config.options[WireSettings.self].charsetByLanguage = [
        .init(language: "ru", charset: .utf8)
      ]
    }
    #expect(!report.hasFailures)
    let wire = String(
      decoding: try project.tree()["wire/ferry-aground.txt"] ?? Data(), as: UTF8.self)
    #expect(wire.contains("ПАРОМ") || wire.contains("Паром"))
  }

  @Test func aFormatThatFailsKeepsItsEarlierOutputAndIsRetried() throws {
    let project = try Project(["a.md": BuildTests.story("Harbour open", "slug: harbour")])
    _ = try project.build()
    let before = try #require(try project.tree()["wire/harbour.txt"])
    // The story turns Russian: the wire cannot carry it; its old wire text stays, its page moves on.
    try project.write(
      "a.md", Self.russian.replacingOccurrences(of: "ferry-aground", with: "harbour"))
    let failed = try project.build()
    #expect(failed.formatFailures.map(\.format) == ["wire"])
    #expect(try project.tree()["wire/harbour.txt"] == before)
    #expect(
      String(decoding: try project.tree()["html/harbour.html"] ?? Data(), as: UTF8.self)
        .contains("Паром"))
    // Unchanged and still failing: the format is tried again, not forgotten.
    let again = try project.build()
    #expect(again.formatFailures.map(\.format) == ["wire"])
  }

  @Test func astIsWrittenWhenTheBuildNamesIt() throws {
    let project = try Project(["a.md": BuildTests.story("Harbour open", "slug: harbour")])
    let report = try project.build { settings in
      settings.formats = [ASTFormat()]
    }
    #expect(!report.hasFailures)
    let ast = try #require(try project.tree()["ast/harbour.json"])
    let json = try JSONSerialization.jsonObject(with: ast) as? [String: Any]
    #expect((json?["metadata"] as? [String: Any])?["slug"] as? String == "harbour")
  }

  @Test func thePagesAnnounceTheFeedsOfTheProject() throws {
    let project = try Project(["a.md": BuildTests.story("Harbour open", "slug: harbour")])
    _ = try project.build()
    for page in ["html/harbour.html", "html/index.html"] {
      let html = String(decoding: try project.tree()[page] ?? Data(), as: UTF8.self)
      #expect(
        html.contains(
          "<link rel=\"alternate\" type=\"application/feed+json\" title=\"Test Desk\" "
            + "href=\"https://desk.example.org/feed.json\">"), "\(page)")
      #expect(
        html.contains(
          "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Test Desk\" "
            + "href=\"https://desk.example.org/atom.xml\">"), "\(page)")
    }
  }

  @Test func theRegistryIsTheOneListOfFormats() {
    let registry = FormatRegistry.builtIn
    #expect(registry.names == ["ast", "html", "newsml", "wire", "jsonfeed", "ninjs", "atom"])
    #expect(registry.buildDefaults == ["html", "newsml", "wire", "jsonfeed", "ninjs", "atom"])
    #expect(Set(registry.names).count == registry.names.count)
    #expect(
      registry.formats.filter { $0.audience == .public }.map(\.name) == [
        "html", "jsonfeed", "atom",
      ])
  }
}
