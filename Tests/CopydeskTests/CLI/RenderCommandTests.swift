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
        + "got 'yesterday'\n")
  }

  @Test func unknownFormatIsAUsageError() throws {
    let result = try CommandLineTool.run([
      "render", "Examples/Stories/harbour-strike.md", "--to", "nesml",
    ])
    #expect(result.status == 64)
    #expect(result.standardError.contains("The value 'nesml' is invalid for '--to <format>'"))
  }

  @Test func missingStoryExits65() throws {
    let result = try CommandLineTool.run(["render", "no-such-story.md", "--to", "ast"])
    #expect(result.status == 65)
    #expect(result.standardError.hasPrefix("no-such-story.md: error: cannot read the file"))
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
    #expect(
      result.standardError
        == "w.txt: warning: raw wire copy carries no date; using 2026-03-04T09:15:00+01:00\n")
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
        + "s.md: error: 1 warning(s) with --strict\n")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.json").path))
  }

  @Test func helpTeachesWithExamples() throws {
    let root = try CommandLineTool.run(["--help"])
    #expect(root.status == 0)
    #expect(root.standardOutput.contains("copydesk render Stories/harbour-strike.md --to ast"))
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
