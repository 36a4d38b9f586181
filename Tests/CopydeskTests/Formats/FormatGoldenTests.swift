import CopydeskAST
import CopydeskBuild
import CopydeskFormats
import Foundation
import Testing

/// Every registered format × {the kitchen-sink story, the seed wire story} has a golden file.
///
/// The format's own validator accepts each; a format without a golden or a validator fails here.
@Suite(.enabled(if: Paths.sharedAvailable, "needs ../shared (the seed story, the schemas)"))
struct FormatGoldenTests {
  static let stories = [
    ("kitchen-sink", Paths.fixtures.appendingPathComponent("kitchen-sink.md")),
    ("seed", Paths.seedStory),
  ]

  /// The golden's name: `story.format.ext`, or `story.ext` when the format is named after its
  /// extension (`kitchen-sink.html`).
  static func goldenName(story: String, format: any OutputFormat) -> String {
    let pattern = format.outputPattern.split(separator: ",")[0]
    let ext = pattern.split(separator: ".").last.map(String.init) ?? format.name
    return ext == format.name ? "\(story).\(ext)" : "\(story).\(format.name).\(ext)"
  }

  @Test(arguments: FormatRegistry.builtIn.names)
  func everyFormatHasAValidatedGolden(name: String) throws {
    let format = try #require(FormatRegistry.builtIn.format(named: name))
    let folder = try ExternalValidator.temporaryFolder()
    for (story, url) in Self.stories {
      let data = try Stories.render(url, as: format).output.data
      let golden = Self.goldenName(story: story, format: format)
      let file = folder.appendingPathComponent(golden)
      try data.write(to: file)
      let problems = try FormatValidators.problems(in: file, format: format)
      #expect(problems.isEmpty, "\(golden): \(problems)")
      try expectGolden(data, named: golden)
    }
  }
}
