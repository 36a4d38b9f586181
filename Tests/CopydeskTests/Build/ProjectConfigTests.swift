import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// `copydesk.yml`: every section read, unknown keys refused with a hint.
@Suite struct ProjectConfigTests {
  func load(_ text: String) throws -> ProjectConfig {
    let folder = try ExternalValidator.temporaryFolder()
    let url = folder.appendingPathComponent("copydesk.yml")
    try Data(text.utf8).write(to: url)
    return try ProjectConfig.load(url)
  }

  func error(_ text: String) -> String? {
    do {
      _ = try load(text)
      return nil
    } catch let error as Diagnostic {
      return "\(error.line.map(String.init) ?? "-"): \(error.message)"
    } catch {
      return "\(error)"
    }
  }

  @Test func everySection() throws {
    let config = try load(
      """
      site: {title: Desk, base_url: "https://desk.example.org", language: de, time_zone: Europe/Berlin,
             description: News, icon: /icon.png, favicon: /favicon.png}
      provider: {id: desk.example.org, name: Desk Ltd}
      formats:
        build: [html, wire]
        html: {index_limit: 3}
        newsml: {body: nitf}
        wire: {profile: anpa1312, charset: latin1, service: dsk, category: pl}
        jsonfeed: {limit: 20}
      paths: {stories: In, templates: Looks, output: Out}
      limits: {story_bytes: 2048}
      """)
    #expect(config.site.title == "Desk")
    #expect(config.site.baseURL == "https://desk.example.org/")
    #expect(config.language == "de")
    #expect(config.timeZone == "Europe/Berlin")
    #expect(config.site.providerID == "desk.example.org")
    #expect(config.site.publisher == "Desk Ltd")
    #expect(config.formats == ["html", "wire"])
    #expect(config.options[NewsMLSettings.self].body == .nitf)
    let wire = config.options[WireSettings.self]
    #expect(wire.profile == .anpa1312)
    #expect(wire.charset == .latin1)
    #expect(wire.service == "dsk")
    #expect(wire.category == "pl")
    #expect(config.options[JSONFeedSettings.self].limit == 20)
    #expect(config.options[HTMLSettings.self].indexLimit == 3)
    #expect(config.resolve(config.storiesPath).lastPathComponent == "In")
    #expect(config.readerOptions.defaultTimeZone?.identifier == "Europe/Berlin")
    #expect(config.readerOptions.maximumFileSize == 2048)
  }

  @Test func emptyConfigGivesDefaults() throws {
    let config = try load("")
    #expect(config.formats == ["html", "newsml", "wire", "jsonfeed", "ninjs", "atom"])
    #expect(config.storiesPath == "Stories")
  }

  @Test(arguments: [
    (
      "sitee: {title: X}",
      "1: unknown key 'sitee' (did you mean 'site'?); expected archive, filters, formats, limits, paths, plugins, provider, site"
    ),
    (
      "site: {titel: X}",
      "1: unknown key 'titel' in 'site' (did you mean 'title'?); expected title, base_url, language, time_zone, description, icon, favicon"
    ),
    (
      "site: {base_url: news.example.com}",
      "1: 'site.base_url' must be an absolute http(s) URL, got 'news.example.com'"
    ),
    (
      "site: {time_zone: Mars/Olympus}",
      "1: 'site.time_zone' must be an IANA time zone such as Europe/Berlin, got 'Mars/Olympus'"
    ),
    (
      "formats: {build: [html, pdf]}",
      "1: there is no format 'pdf'; the formats are ast, html, newsml, wire, jsonfeed, ninjs, atom"
    ),
    (
      "formats:\n  wire: {service: toolong}",
      "2: 'formats.wire.service' must be 3 letters, such as cdk, got 'toolong'"
    ),
    (
      "formats: {jsonfeed: {limit: 0}}",
      "1: 'formats.jsonfeed.limit' must be a whole number from 1 to 10000 (stories per feed page), got the number 0"
    ),
    (
      "site: [1, 2]",
      "1: 'site' must be a mapping with keys title, base_url, language, time_zone, description, icon, favicon, got a list"
    ),
  ])
  func errorsNameTheLineAndKey(text: String, message: String) {
    #expect(error(text) == message)
  }

  @Test func configIsFoundFromAFolderBelow() throws {
    let folder = try ExternalValidator.temporaryFolder()
    try Data("site: {title: Found}\n".utf8).write(to: folder.appendingPathComponent("copydesk.yml"))
    let below = folder.appendingPathComponent("Stories/2026")
    try FileManager.default.createDirectory(at: below, withIntermediateDirectories: true)
    #expect(ProjectConfig.find(from: below)?.lastPathComponent == "copydesk.yml")
  }

  @Test(arguments: [
    "", "=", "formats=2", "formats.=x", ".ninjs.version=2.2", "formats.ninjs.version",
  ])
  func aMalformedSetIsAnErrorNotACrash(assignment: String) {
    var config = ProjectConfig(root: URL(fileURLWithPath: "/tmp"))
    #expect(throws: Diagnostic.self) { try config.set(assignment) }
  }

  @Test func setAppliesAKeyAsTheFileWould() throws {
    var config = ProjectConfig(root: URL(fileURLWithPath: "/tmp"))
    try config.set("formats.wire.charset_by_language={ru: utf8}")
    try config.set("site.title=Desk")
    #expect(config.options[WireSettings.self].charset(forLanguage: "ru-RU") == .utf8)
    #expect(config.site.title == "Desk")
  }
}

/// `archive:` is a yes-or-no setting.
@Suite struct ArchiveSettingTests {
  @Test func archiveIsTrueOrFalse() throws {
    let root = URL(fileURLWithPath: "/tmp")
    #expect(try ProjectConfig.parse("archive: true\n", fileName: "c.yml", root: root).archive)
    #expect(try !ProjectConfig.parse("site: {title: A}\n", fileName: "c.yml", root: root).archive)
    #expect {
      try ProjectConfig.parse("archive: 3\n", fileName: "c.yml", root: root)
    } throws: { error in
      (error as? Diagnostic)?.description
        == "c.yml:1:10: error: 'archive' must be true or false, got the number 3"
    }
  }
}
