import Foundation
import Testing

/// The built `copydesk` binary: exit codes, stderr format, help text.
@Suite struct RenderCommandTests {
  @Test func rendersAnExampleToStandardOutput() throws {
    let result = try CommandLineTool.run([
      "render", "Examples/Stories/harbour-strike.md", "--to", "ast",
    ])
    #expect(result.status == 0)
    #expect(result.standardError.isEmpty)
    let json =
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
    let metadata = json?["metadata"] as? [String: Any]
    #expect(metadata?["headline"] as? String == "Dock workers walk out as harbour talks stall")
  }

  @Test func badStoryExits65WithCompilerStyleMessage() throws {
    let folder = try temporaryFolder()
    let story = folder.appendingPathComponent("bad.md")
    try Data("---\nheadline: A\ndate: yesterday\n---\n".utf8).write(to: story)
    let result = try CommandLineTool.run(["render", "bad.md", "--to", "ast"], in: folder)
    #expect(result.status == 65)
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError
        == "bad.md:3:7: error: 'date' must be an RFC 3339 date-time such as 2026-03-04T09:15:00+01:00, "
        + "got 'yesterday'\n  3 | date: yesterday\n    |       ^\n")
  }

  @Test func unknownFormatIsAUsageError() throws {
    let result = try CommandLineTool.run([
      "render", "Examples/Stories/harbour-strike.md", "--to", "nesml",
    ])
    #expect(result.status == 64)
    #expect(
      result.standardError.hasPrefix(
        "--to: error: there is no format 'nesml' (did you mean 'newsml'?); the formats are ast, "
          + "html, newsml, wire, jsonfeed, ninjs, atom, sms"))
  }

  @Test func missingStoryExits65() throws {
    let result = try CommandLineTool.run(["render", "no-such-story.md", "--to", "ast"])
    #expect(result.status == 65)
    #expect(result.standardError == "no-such-story.md: error: no such file\n")
  }

  @Test func outputFileIsWrittenAndWarningsGoToStandardError() throws {
    let folder = try temporaryFolder()
    try Data("Headline\n\nBERLIN (Example News) - Text.\n".utf8).write(
      to: folder.appendingPathComponent("w.txt"))
    let result = try CommandLineTool.run(
      ["render", "w.txt", "--to", "ast", "--date", "2026-03-04T09:15:00+01:00", "-o", "out.json"],
      in: folder)
    #expect(result.status == 0)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.isEmpty, "a date given with --date is not warned about")
    let written = try Data(contentsOf: folder.appendingPathComponent("out.json"))
    #expect(String(decoding: written, as: UTF8.self).contains("\"city\" : \"BERLIN\""))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(leftovers == ["out.json", "w.txt"])
  }

  @Test func strictTurnsWarningsIntoFailure() throws {
    let folder = try temporaryFolder()
    try Data("---\nheadline: A\ndate: 2026-03-04T09:15:00Z\nheadlin: B\n---\n".utf8)
      .write(to: folder.appendingPathComponent("s.md"))
    let result = try CommandLineTool.run(
      ["render", "s.md", "--to", "ast", "--strict", "-o", "x.json"], in: folder)
    #expect(result.status == 65)
    #expect(
      result.standardError
        == "s.md:4:1: warning: unknown key 'headlin' (did you mean 'headline'?); it is ignored\n"
        + "  4 | headlin: B\n    | ^\n" + "s.md: error: 1 warning(s) with --strict\n")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.json").path))
  }

  @Test func helpTeachesWithExamples() throws {
    let root = try CommandLineTool.run(["--help"])
    #expect(root.status == 0)
    #expect(root.standardOutput.contains("copydesk render Stories/welcome.md --to ast"))
    let render = try CommandLineTool.run(["render", "--help"])
    #expect(render.status == 0)
    #expect(
      render.standardOutput.contains("ast       the article AST as pretty JSON with sorted keys"))
    #expect(render.standardOutput.contains("--date <time>"))
  }

  private func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "copydesk-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// `render` follows the project and the publication rules, as `build` does.
@Suite struct RenderInProjectTests {
  func project(_ config: String, story: String) throws -> URL {
    let folder = try ExternalValidator.temporaryFolder()
    try Data(config.utf8).write(to: folder.appendingPathComponent("copydesk.yml"))
    try Data(story.utf8).write(to: folder.appendingPathComponent("story.md"))
    return folder
  }

  @Test func renderInsideAProjectUsesItsConfig() throws {
    let folder = try project(
      "site: {title: Harbour Desk}\nprovider: {id: desk.example.org, name: Harbour Desk Ltd}\n",
      story: BuildTests.story("Harbour open"))
    let page = try CommandLineTool.run(["render", "story.md", "--to", "html"], in: folder)
    #expect(page.status == 0)
    #expect(page.standardOutput.contains("<title>Harbour open | Harbour Desk</title>"))
    let item = try CommandLineTool.run(["render", "story.md", "--to", "newsml"], in: folder)
    #expect(item.standardOutput.contains("urn:newsml:desk.example.org:"))
    #expect(item.standardOutput.contains("<name>Harbour Desk Ltd</name>"))
  }

  @Test func anEmbargoedStoryIsRefusedForThePublicUnlessPreviewed() throws {
    let folder = try project(
      "", story: BuildTests.story("Budget leak", "embargo: 2099-01-01T00:00:00Z"))
    let refused = try CommandLineTool.run(["render", "story.md", "--to", "html"], in: folder)
    #expect(refused.status == 65)
    #expect(refused.standardOutput.isEmpty)
    #expect(
      refused.standardError.hasPrefix(
        "story.md: error: not rendered: the story is embargoed until 2099-01-01T00:00:00Z, and "
          + "html output goes to the public"))
    let feed = try CommandLineTool.run(["render", "story.md", "--to", "jsonfeed"], in: folder)
    #expect(feed.status == 65)
    let item = try CommandLineTool.run(["render", "story.md", "--to", "newsml"], in: folder)
    #expect(item.status == 0 && item.standardOutput.contains("embargoed"))
    let preview = try CommandLineTool.run(
      ["render", "story.md", "--to", "html", "--preview"], in: folder)
    #expect(preview.status == 0)
    #expect(preview.standardOutput.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
    #expect(
      preview.standardOutput.contains(
        "Preview, not for publication: embargoed until 2099-01-01T00:00:00Z."))
  }

  @Test func formatsListsTheRegistry() throws {
    let result = try CommandLineTool.run(["formats", "--format", "json"])
    #expect(result.status == 0)
    let list = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
    // The built-in formats, then the example project's plugin (copydesk.yml).
    #expect(
      list.compactMap { $0["name"] as? String } == [
        "ast", "html", "newsml", "wire", "jsonfeed", "ninjs", "atom", "sms",
      ])
    #expect(list.last?["origin"] as? String == "copydesk.yml")
    let wire = try #require(list.first { $0["name"] as? String == "wire" })
    #expect(wire["audience"] as? String == "subscribers")
    #expect(wire["outputs"] as? String == "wire/{slug}.txt")
    let text = try CommandLineTool.run(["formats"])
    #expect(text.standardOutput.contains("jsonfeed*  collection  public"))
  }
}

/// `--set` overrides one copydesk.yml key, checked as in the file.
@Suite struct SetOptionTests {
  @Test func setChoosesAFormatOptionFromTheCommandLine() throws {
    let result = try CommandLineTool.run([
      "render", "Examples/Stories/harbour-strike.md", "--to", "ninjs",
      "--set", "formats.ninjs.version=2.2",
    ])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("\"versioncreated\""))
    #expect(!result.standardOutput.contains("\"versionCreated\""))
  }

  @Test func aWrongSetIsRefusedWithTheKeyAndTheChoices() throws {
    let result = try CommandLineTool.run([
      "render", "Examples/Stories/harbour-strike.md", "--to", "ninjs",
      "--set", "formats.ninjs.version=4.0",
    ])
    #expect(result.status == 2)
    #expect(
      result.standardError
        == "--set: error: 'formats.ninjs.version' must be one of 3.1, 2.2, got '4.0'\n")
    let unknown = try CommandLineTool.run([
      "render", "Examples/Stories/harbour-strike.md", "--to", "ast", "--set",
      "formats.ninjs.versoin=2.2",
    ])
    #expect(unknown.status == 2)
    #expect(
      unknown.standardError.contains(
        "unknown key 'versoin' in 'formats.ninjs' (did you mean 'version'?)"))
  }
}
