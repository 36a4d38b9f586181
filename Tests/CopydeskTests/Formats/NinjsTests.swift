import CopydeskAST
import CopydeskBuild
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// ninjs: every story valid against the IPTC schema of its version, with the fields receivers read.
@Suite struct NinjsTests {
  static var stories: [URL] {
    Paths.exampleStories()
      + ["kitchen-sink.md", "rtl-arabic.md", "cjk-japanese.md"].map {
        Paths.fixtures.appendingPathComponent($0)
      }
      + (Paths.sharedAvailable ? [Paths.seedStory] : [])
  }

  static func render(_ story: URL, version: NinjsVersion = .version31) throws -> [String: Any] {
    try json(renderData(story, version: version))
  }

  static func renderData(_ story: URL, version: NinjsVersion) throws -> Data {
    var options = FormatOptions()
    options[NinjsSettings.self].version = version
    return try StoryRenderer.render(
      contentsOf: story, as: .ninjs, options: Stories.options,
      context: RenderContext(
        sourceFile: story.lastPathComponent, site: Stories.site, options: options),
      preview: true
    ).output.data
  }

  static func json(_ data: Data) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test(
    .enabled(
      if: Paths.sharedAvailable && ExternalValidator.available(pythonModule: "rfc3986_validator"),
      "needs ../shared/standards/ninjs and pip install 'jsonschema[format-nongpl]'"),
    arguments: NinjsVersion.allCases)
  func everyStoryIsValidAgainstTheSchemaOfItsVersion(version: NinjsVersion) throws {
    let folder = try ExternalValidator.temporaryFolder()
    var files: [URL] = []
    for story in Self.stories {
      let file = folder.appendingPathComponent(story.lastPathComponent + ".json")
      try Self.renderData(story, version: version).write(to: file)
      files.append(file)
    }
    let outcome = try ExternalValidator.ninjsSchema(version: version.rawValue, files)
    #expect(outcome.status == 0, "\(outcome.output)")
  }

  @Test(
    .enabled(if: Paths.sharedAvailable, "needs ../shared/standards/ninjs (IPTC's examples)"),
    arguments: NinjsVersion.allCases)
  func theValidatorRejectsWhatTheSchemaForbids(version: NinjsVersion) throws {
    // The check must be able to fail: a document with a pubStatus ninjs does not know.
    let folder = try ExternalValidator.temporaryFolder()
    let story = Paths.fixtures.appendingPathComponent("kitchen-sink.md")
    var document = try Self.json(Self.renderData(story, version: version))
    document[version == .version31 ? "pubStatus" : "pubstatus"] = "published"
    let file = folder.appendingPathComponent("bad.json")
    try JSONSerialization.data(withJSONObject: document).write(to: file)
    #expect(try ExternalValidator.ninjsSchema(version: version.rawValue, [file]).status == 1)
  }

  @Test func fieldsMapFromTheStory() throws {
    let story = Paths.fixtures.appendingPathComponent("kitchen-sink.md")
    let metadata = try StoryReader.read(
      contentsOf: story, displayPath: "kitchen-sink.md", options: Stories.options
    ).article.metadata
    let document = try Self.render(story)
    #expect(document["uri"] as? String == metadata.id)
    #expect(document["version"] as? String == String(metadata.version))
    #expect(document["firstCreated"] as? String == RFC3339.format(metadata.date))
    #expect(document["slugline"] as? String == metadata.slug)
    #expect(document["language"] as? String == metadata.language)
    let headlines = try #require(document["headlines"] as? [[String: Any]])
    #expect(headlines.first?["role"] as? String == "main")
    #expect(headlines.first?["value"] as? String == metadata.headline)
    let bodies = try #require(document["bodies"] as? [[String: Any]])
    #expect(bodies.map { $0["contentType"] as? String } == ["application/xhtml+xml", "text/plain"])
    let subjects = try #require(document["subjects"] as? [[String: Any]])
    #expect(
      subjects.contains {
        $0["uri"] as? String == "http://cv.iptc.org/newscodes/mediatopic/20000523"
      })
    let picture = try #require((document["associations"] as? [[String: Any]])?.first)
    #expect((picture["uri"] as? String)?.hasPrefix("https://news.example.com/") == true)
    #expect(picture["type"] as? String == "picture")
    let standard = try #require(document["standard"] as? [String: Any])
    #expect(standard["version"] as? String == "3.1")
  }

  @Test func version22SpellsItsKeysInLowercase() throws {
    let embargoed = try ExternalValidator.temporaryFolder().appendingPathComponent("e.md")
    try Data(
      BuildTests.story("Budget leak", "embargo: 2099-01-01T00:00:00Z\nsubhead: Deck").utf8
    ).write(to: embargoed)
    let v22 = try Self.render(embargoed, version: .version22)
    #expect(v22["embargoed"] as? String == "2099-01-01T00:00:00Z")
    #expect(v22["versioncreated"] != nil && v22["versionCreated"] == nil)
    #expect(v22["pubstatus"] as? String == "usable")
    let v31 = try Self.render(embargoed)
    #expect(v31["embargoedUntil"] as? String == "2099-01-01T00:00:00Z")
  }

  @Test func aBuildSendsEmbargoedAndKilledStoriesToSubscribersOnly() throws {
    let project = try BuildTests.Project([
      "e.md": BuildTests.story("Budget leak", "slug: leak\nembargo: 2099-01-01T00:00:00Z"),
      "k.md": BuildTests.story("Wrong story", "slug: wrong\nstatus: canceled"),
    ])
    _ = try project.build()
    let tree = try project.tree()
    #expect(tree["html/leak.html"] == nil && tree["html/wrong.html"] == nil)
    let leak = try Self.json(try #require(tree["ninjs/leak.json"]))
    #expect(leak["embargoedUntil"] as? String == "2099-01-01T00:00:00Z")
    let wrong = try Self.json(try #require(tree["ninjs/wrong.json"]))
    #expect(wrong["pubStatus"] as? String == "canceled")
  }
}
