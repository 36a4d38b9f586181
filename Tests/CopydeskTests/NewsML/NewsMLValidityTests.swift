import CopydeskBuild
import CopydeskFormats
import Foundation
import Testing

/// Every story renders to a NewsML-G2 item the official IPTC schema and copydesk's rules accept.
@Suite(
  .enabled(if: Paths.sharedAvailable, "needs ../shared/standards (the official NewsML-G2 schema)"))
struct NewsMLValidityTests {
  static let validator = Result { try NewsMLValidator(schemaFile: Paths.newsMLSchema.path) }

  static var stories: [URL] {
    Paths.exampleStories()
      + ["kitchen-sink.md", "rtl-arabic.md", "cjk-japanese.md"].map {
        Paths.fixtures.appendingPathComponent($0)
      }
      + [Paths.seedStory]
  }

  @Test(arguments: NewsMLBody.allCases)
  func everyStoryIsValid(body: NewsMLBody) throws {
    let validator = try Self.validator.get()
    for story in Self.stories {
      let rendering = try StoryRenderer.render(
        contentsOf: story, as: .newsml, options: Stories.options,
        context: RenderContext(
          sourceFile: story.lastPathComponent, options: .newsML(body: body)), preview: true)
      let problems = validator.validate(rendering.output.data, fileName: story.lastPathComponent)
      #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }
  }

  @Test func kitchenSinkGolden() throws {
    let data = try Stories.render(
      Paths.fixtures.appendingPathComponent("kitchen-sink.md"), as: .newsml
    ).output.data
    #expect(try Self.validator.get().validate(data, fileName: "kitchen-sink.newsml.xml").isEmpty)
    try expectGolden(data, named: "kitchen-sink.newsml.xml")
  }

  @Test func seedGolden() throws {
    let data = try Stories.render(Paths.seedStory, as: .newsml).output.data
    #expect(try Self.validator.get().validate(data, fileName: "seed.newsml.xml").isEmpty)
    try expectGolden(data, named: "seed.newsml.xml")
  }

  @Test func nitfKitchenSinkGolden() throws {
    let story = Paths.fixtures.appendingPathComponent("kitchen-sink.md")
    let data = try StoryRenderer.render(
      contentsOf: story, as: .newsml, options: Stories.options,
      context: RenderContext(
        sourceFile: "kitchen-sink.md", site: Stories.site, options: .newsML(body: .nitf)
      )
    ).output.data
    #expect(
      try Self.validator.get().validate(data, fileName: "kitchen-sink.nitf.newsml.xml").isEmpty)
    try expectGolden(data, named: "kitchen-sink.nitf.newsml.xml")
  }
}
