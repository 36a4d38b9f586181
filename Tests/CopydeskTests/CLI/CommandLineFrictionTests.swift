import Foundation
import Testing

/// Command lines a newcomer types, as the README and help spell them.
@Suite struct CommandLineFrictionTests {
  static func folder(_ files: [String: String]) throws -> URL {
    let folder = try ExternalValidator.temporaryFolder()
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  static let story =
    "---\nheadline: Harbour reopens\ndate: 2026-03-04T09:15:00Z\n---\n\nSee [the port](https://port.example/).\n"

  @Test func wireLinkURLsIsSpelledAsTheREADMESaysIt() throws {
    let folder = try Self.folder(["story.md": Self.story])
    let result = try CommandLineTool.run(
      ["render", "story.md", "--to", "wire", "--wire-link-urls", "--wire-profile", "plain"],
      in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("the port [https://port.example/]"))
  }

  @Test func formatNamesIgnoreCase() throws {
    let folder = try Self.folder(["story.md": Self.story])
    let result = try CommandLineTool.run(["render", "story.md", "--to", "HTML"], in: folder)
    #expect(result.status == 0, "\(result.standardError)")
  }

  @Test func wireCopyWithAGivenDateIsNotWarnedAbout() throws {
    let folder = try Self.folder(["wire.txt": "Harbour reopens\n\nROTTERDAM (Agency) - Text.\n"])
    let result = try CommandLineTool.run(
      ["render", "wire.txt", "--to", "ast", "--date", "2026-03-04T09:15:00Z", "--strict"],
      in: folder)
    #expect(result.status == 0)
    #expect(result.standardError.isEmpty, "\(result.standardError)")
  }

  @Test func newTakesAnUnquotedHeadline() throws {
    let folder = try Self.folder([:])
    let result = try CommandLineTool.run(
      ["new", "Harbour", "reopens", "after", "strike"], in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("Stories/harbour-reopens-after-strike.md").path))
  }

  @Test func buildWithoutAStoriesFolderSaysWhatToDoAndCreatesNothing() throws {
    let folder = try Self.folder([:])
    let result = try CommandLineTool.run(["build"], in: folder)
    #expect(result.status == 2)
    #expect(
      result.standardError.hasSuffix(
        "error: there is no stories folder here; run copydesk init to start a project, or name "
          + "the folder: copydesk build path/to/stories\n"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
