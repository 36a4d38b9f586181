import Foundation
import Testing

/// `copydesk check` reports every problem of every story in one run, with the desk's
/// editorial checks, and writes nothing.
@Suite struct CheckCommandTests {
  /// A project folder holding `stories` (file name → text) in `Stories/`.
  func project(_ stories: [String: String], config: String = "site: {title: Desk}\n") throws -> URL
  {
    let folder = try ExternalValidator.temporaryFolder()
    let storiesFolder = folder.appendingPathComponent("Stories")
    try FileManager.default.createDirectory(at: storiesFolder, withIntermediateDirectories: true)
    try Data(config.utf8).write(to: folder.appendingPathComponent("copydesk.yml"))
    for (name, text) in stories {
      try Data(text.utf8).write(to: storiesFolder.appendingPathComponent(name))
    }
    return folder
  }

  func check(_ arguments: [String] = [], in folder: URL) throws -> CommandLineTool.Result {
    try CommandLineTool.run(
      ["check", "--clock", "2026-03-05T12:00:00Z"] + arguments, in: folder,
      environment: ["NO_COLOR": "1"])
  }

  static let clean = """
    ---
    headline: Harbour reopens after strike
    date: 2026-03-04T09:15:00Z
    summary: Ships move again after a week.
    byline: Ana Ruiz
    ---

    ## Morning

    ### Quay 4

    The cranes turned at six.

    """

  @Test func fourFrontMatterMistakesGiveFourCaretMarkedMessagesInOneRun() throws {
    let folder = try project(["four.md": EveryProblemTests.fourMistakes])
    let run = try check(in: folder)
    #expect(run.status == 1)
    let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    #expect(lines.first == "Stories/four.md")
    let errors = lines.filter { $0.hasPrefix("  Stories/four.md:") && $0.contains(": error: ") }
    #expect(errors.count == 4)
    #expect(lines.filter { $0.hasSuffix("^") }.count == 4)
    #expect(lines.contains("      |          ^"))
    #expect(lines.contains { $0.hasPrefix("1 story checked: 4 errors and ") })
  }

  @Test func aCleanProjectPassesAndSaysSo() throws {
    let folder = try project(["clean.md": Self.clean])
    let run = try check(in: folder)
    #expect(run.status == 0)
    #expect(run.standardOutput == "1 story checked: no problems\n")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
  }

  @Test func editorialChecksWarnAtTheLinesConcerned() throws {
    let story = """
      ---
      headline: A headline far too long for any wire service to carry on one line whole
      date: 2026-03-04T09:15:00Z
      embargo: 2026-03-04T10:00:00Z
      image: {url: pictures/missing.jpg, alt: A ferry}
      ---

      ## First

      #### Skipped

      """
    let folder = try project(["desk.md": story])
    let run = try check(in: folder)
    #expect(run.status == 0)
    let output = run.standardOutput
    #expect(output.contains("Stories/desk.md: warning: the story has no 'summary'"))
    #expect(output.contains("Stories/desk.md: warning: the story has no 'byline'"))
    #expect(
      output.contains(
        "Stories/desk.md:2: warning: the headline is 71 characters; ANPA-1312 receivers take 64"))
    #expect(
      output.contains("Stories/desk.md:4: warning: the embargo (2026-03-04T10:00:00Z) has passed"))
    #expect(
      output.contains(
        "Stories/desk.md:5: warning: the picture 'pictures/missing.jpg' is not a file"))
    #expect(
      output.contains(
        "Stories/desk.md:10: warning: the heading 'Skipped' is level 4 after a level-2 heading"))
    let strict = try check(["--strict"], in: folder)
    #expect(strict.status == 1)
  }

  @Test func aPictureThatExistsIsNotReported() throws {
    let story = Self.clean.replacingOccurrences(
      of: "byline: Ana Ruiz\n",
      with: "byline: Ana Ruiz\nimage: {url: Static/ferry.jpg, alt: A ferry}\n")
    let folder = try project(["clean.md": story])
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("Static"), withIntermediateDirectories: true)
    try Data([0xFF, 0xD8]).write(to: folder.appendingPathComponent("Static/ferry.jpg"))
    let run = try check(in: folder)
    #expect(!run.standardOutput.contains("is not a file"))
  }

  @Test func twoStoriesSharingASlugAreBothErrors() throws {
    let shared = Self.clean.replacingOccurrences(
      of: "byline: Ana Ruiz\n", with: "byline: Ana Ruiz\nslug: harbour\n")
    let folder = try project(["one.md": shared, "two.md": shared])
    let run = try check(in: folder)
    #expect(run.status == 1)
    #expect(
      run.standardOutput.contains(
        "Stories/one.md:6: error: its slug 'harbour' is also Stories/two.md's"))
    #expect(
      run.standardOutput.contains(
        "Stories/two.md:6: error: its slug 'harbour' is also Stories/one.md's"))
  }

  @Test func jsonGivesOneObjectWithFilesCountsAndSummary() throws {
    let folder = try project(["four.md": EveryProblemTests.fourMistakes, "clean.md": Self.clean])
    let run = try check(["--format", "json"], in: folder)
    #expect(run.status == 1)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    #expect(object["stories"] as? Int == 2)
    #expect(object["errors"] as? Int == 4)
    let files = try #require(object["files"] as? [[String: Any]])
    #expect(files.map { $0["file"] as? String } == ["Stories/four.md"])
    let diagnostics = try #require(files.first?["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.first?["sourceLine"] as? String == "urgency: 12")
    #expect(diagnostics.first?["column"] as? Int == 10)
  }

  @Test func aBrokenConfigIsReportedWithItsLine() throws {
    let folder = try project(["clean.md": Self.clean], config: "site:\n  titel: Desk\n")
    let run = try check(in: folder)
    #expect(run.status == 1)
    #expect(
      run.standardOutput.contains(
        "copydesk.yml:2:3: error: unknown key 'titel' in 'site' (did you mean 'title'?)"))
    #expect(run.standardOutput.contains("    2 |   titel: Desk"))
  }

  @Test func namedFilesAreCheckedAlone() throws {
    let folder = try project(["four.md": EveryProblemTests.fourMistakes, "clean.md": Self.clean])
    let run = try check(["Stories/clean.md"], in: folder)
    #expect(run.status == 0)
    #expect(run.standardOutput == "1 story checked: no problems\n")
  }
}
