import CopydeskAST
import CopydeskBuild
import CopydeskFormats
import CopydeskReader
import CopydeskXML
import Foundation
import Testing

/// A `newsMessage` wrapping several items is schema-valid and keeps each item whole.
@Suite(
  .enabled(if: Paths.sharedAvailable, "needs ../shared/standards (the official NewsML-G2 schema)"))
struct NewsMessageTests {
  @Test func envelopeOfAllExamplesIsValid() throws {
    let articles = try Paths.exampleStories().map {
      try StoryReader.read(
        contentsOf: $0, displayPath: $0.lastPathComponent, options: Stories.options
      ).article
    }
    let header = NewsMessage.Header(
      sent: Timestamp(secondsSinceEpoch: 1_772_612_100, offsetMinutes: 60), sender: "example.com",
      transmitID: "example.com-0001")
    let output = try NewsMessage.render(
      articles, header: header, context: RenderContext(sourceFile: "message"))
    let validator = try NewsMLValidator(schemaFile: Paths.newsMLSchema.path)
    let problems = validator.validate(output.data, fileName: "message.xml")
    #expect(problems.isEmpty, "\(problems.map(\.description))")
    let root = try XMLReader.parse(output.data, fileName: "message.xml")
    #expect(
      root.elements(named: "header").first?.elements.map(\.name) == [
        "sent", "sender", "transmitId",
      ])
    #expect(
      root.elements(named: "itemSet").first?.elements(named: "newsItem").count == articles.count)
  }
}
