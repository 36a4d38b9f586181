import Foundation
import Testing

/// `copydesk build`, `init` and `new` through the binary: exit codes and messages.
@Suite struct BuildCommandTests {
  @Test func initNewAndBuildAProject() throws {
    let folder = try ExternalValidator.temporaryFolder()
    let initialize = try CommandLineTool.run(["init", "desk"], in: folder)
    #expect(initialize.status == 0)
    #expect(initialize.standardOutput.contains("created desk/copydesk.yml"))
    let project = folder.appendingPathComponent("desk")
    let new = try CommandLineTool.run(["new", "Harbour reopens"], in: project)
    #expect(new.status == 0)
    let story = try String(
      contentsOf: project.appendingPathComponent("Stories/harbour-reopens.md"), encoding: .utf8)
    #expect(story.hasPrefix("---\nheadline: \"Harbour reopens\"\ndate: "))
    #expect(story.contains("status: draft"))
    let again = try CommandLineTool.run(["new", "Harbour reopens"], in: project)
    #expect(again.status == 73)
    let build = try CommandLineTool.run(["build", "--clock", "2030-01-01T00:00:00Z"], in: project)
    #expect(build.status == 0, "\(build.standardError)")
    #expect(
      build.standardOutput.contains(
        "1 published, 0 unchanged, 0 withheld, 1 drafts skipped, 0 killed, 0 removed, 0 failed in ")
    )
    #expect(build.standardOutput.hasSuffix(" s, into Output\n"))
    #expect(
      FileManager.default.fileExists(
        atPath: project.appendingPathComponent("Output/html/welcome-to-copydesk.html").path))
  }

  @Test func failingStoryMakesTheExitStatusOne() throws {
    let folder = try ExternalValidator.temporaryFolder()
    let stories = folder.appendingPathComponent("Stories")
    try FileManager.default.createDirectory(at: stories, withIntermediateDirectories: true)
    try Data("---\nheadline: Bad\n---\n\nNo date.\n".utf8).write(
      to: stories.appendingPathComponent("bad.md"))
    let result = try CommandLineTool.run(["build", "--diagnostics", "json"], in: folder)
    #expect(result.status == 1)
    let object =
      try JSONSerialization.jsonObject(
        with: Data(result.standardOutput.split(separator: "\n")[0].utf8)) as? [String: Any]
    #expect(object?["file"] as? String == "Stories/bad.md")
    #expect(object?["key"] as? String == "date")
  }

  @Test func badConfigExitsTwo() throws {
    let folder = try ExternalValidator.temporaryFolder()
    try Data("sitee: {}\n".utf8).write(to: folder.appendingPathComponent("copydesk.yml"))
    let result = try CommandLineTool.run(["build"], in: folder)
    #expect(result.status == 2)
    #expect(
      result.standardError.contains(
        "copydesk.yml:1:1: error: unknown key 'sitee' (did you mean 'site'?)"))
  }

  @Test func unknownFormatIsAUsageError() throws {
    let result = try CommandLineTool.run(["build", "--to", "html,pdf"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("there is no format 'pdf'; the formats are ast, html"))
  }
}
