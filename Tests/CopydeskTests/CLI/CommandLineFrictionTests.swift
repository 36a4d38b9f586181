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

  /// A project folder with one good story and one broken one, built once already.
  static func project() throws -> URL {
    let folder = try Self.folder([:])
    let stories = folder.appendingPathComponent("Stories")
    try FileManager.default.createDirectory(at: stories, withIntermediateDirectories: true)
    try Data(Self.story.utf8).write(to: stories.appendingPathComponent("good.md"))
    try Data("---\nheadline: Bad\ndate: nope\n---\n\nx\n".utf8)
      .write(to: stories.appendingPathComponent("bad.md"))
    return folder
  }

  @Test func buildReportsEachFailureOnceAndEndsWithTimeAndPlace() throws {
    let folder = try Self.project()
    let result = try CommandLineTool.run(["build"], in: folder)
    #expect(result.status == 1)
    #expect(result.standardError.components(separatedBy: "'date' must be").count == 2)
    #expect(!result.standardOutput.contains("'date' must be"))
    #expect(
      result.standardOutput.wholeMatch(
        of: #/1 published, 0 unchanged, .*, 1 failed in \d+\.\d s, into Output\n/#) != nil,
      "\(result.standardOutput)")
  }

  @Test func jsonDiagnosticsAreOneCleanStream() throws {
    let folder = try Self.project()
    let result = try CommandLineTool.run(["build", "--diagnostics", "json"], in: folder)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count >= 2)
    for line in lines {
      #expect(
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any],
        "not a JSON object: \(line)")
    }
    #expect(lines.last?.hasPrefix("{\"summary\":") == true)
  }

  @Test func dryRunLeavesOutUnchangedStories() throws {
    let folder = try Self.project()
    _ = try CommandLineTool.run(["build"], in: folder)
    let plan = try CommandLineTool.run(["build", "--dry-run"], in: folder)
    #expect(!plan.standardOutput.contains("unchanged\n"))
    #expect(plan.standardOutput.contains("plan: 0 published, 1 unchanged"))
  }

  /// Every example in `copydesk --help` runs as written in a project made by `copydesk init`
  /// (with the wire copy and schema they name put in place first).
  @Test(.enabled(if: Paths.sharedAvailable, "needs ../shared/standards (the NewsML-G2 schema)"))
  func topLevelHelpExamplesRunInAFreshProject() throws {
    let folder = try Self.folder([:])
    let initialized = try CommandLineTool.run(["init", "."], in: folder)
    #expect(initialized.standardOutput.contains("next: copydesk new"))
    try Data("Headline\n\nBERLIN (Agency) - Text.\n".utf8)
      .write(to: folder.appendingPathComponent("wire.txt"))
    for name in ["NewsML-G2_2.35-spec-All-Power.xsd", "xml.xsd"] {
      try FileManager.default.copyItem(
        at: Paths.newsMLSchema.deletingLastPathComponent().appendingPathComponent(name),
        to: folder.appendingPathComponent(name))
    }
    let help = try CommandLineTool.run(["--help"], in: folder).standardOutput
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex { $0.contains("Examples") })
    let examples = lines[(start + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      .map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(examples.count >= 6)
    // The preview server runs until stopped; ServeTests start and stop it.
    for example in examples where !example.hasPrefix("copydesk serve") {
      let command = example.split(separator: "#").first ?? ""
      let arguments = command.split(separator: " ").dropFirst().map(String.init)
      let result = try CommandLineTool.run(arguments, in: folder)
      #expect(result.status == 0, "\(example): \(result.standardError)")
    }
  }

  @Test func renderReadsAStoryFromStandardInput() throws {
    let folder = try Self.folder(["story.md": Self.story])
    let markdown = try CommandLineTool.shell(
      "\"$COPYDESK\" render - --to ast -o out.json < story.md", in: folder)
    #expect(markdown.status == 0, "\(markdown.standardError)")
    let ast = try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8)
    #expect(ast.contains("\"headline\" : \"Harbour reopens\""))
    let wire = try CommandLineTool.shell(
      "printf 'Wire headline\\n\\nBERLIN (X) - Text.\\n' | \"$COPYDESK\" render - --to ast "
        + "--date 2026-03-04T09:15:00Z -o wire.json", in: folder)
    #expect(wire.status == 0, "\(wire.standardError)")
    let read = try String(contentsOf: folder.appendingPathComponent("wire.json"), encoding: .utf8)
    #expect(read.contains("\"headline\" : \"Wire headline\""))
  }

  /// On a terminal errors are red and locations bold; with NO_COLOR, or piped, plain text.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func diagnosticsAreColouredOnlyOnATerminal() throws {
    let folder = try Self.folder(["bad.md": "---\nheadline: Bad\ndate: nope\n---\n\nx\n"])
    let command = "\"$COPYDESK\" render bad.md --to html 2>&1"
    let coloured = try CommandLineTool.shell(
      "env -u NO_COLOR script -qc '\(command)' /dev/null > tty.txt", in: folder)
    #expect(coloured.status == 0 || coloured.status == 65)
    let tty = try String(contentsOf: folder.appendingPathComponent("tty.txt"), encoding: .utf8)
    #expect(tty.contains("\u{1B}[1mbad.md:3:7:\u{1B}[0m \u{1B}[31merror:\u{1B}[0m"))
    _ = try CommandLineTool.shell(
      "NO_COLOR=1 script -qc '\(command)' /dev/null > plain.txt", in: folder)
    let plain = try String(contentsOf: folder.appendingPathComponent("plain.txt"), encoding: .utf8)
    #expect(plain.hasPrefix("bad.md:3:7: error: 'date' must be"))
  }

  /// An unchanged story's warnings still hold on the next build: they are said again.
  @Test func warningsOfUnchangedStoriesAreReplayed() throws {
    let project = try BuildTests.Project([
      "a.md": "---\nheadline: Harbour reopens\ndate: 2026-03-04T09:15:00Z\n---\n\n![](/a.jpg)\n"
    ])
    let first = try project.build()
    let warnings = first.diagnostics.filter { $0.severity == .warning }
    #expect(warnings.contains { $0.message.contains("has no alternative text") })
    #expect(warnings.contains { $0.message.contains("the picture '/a.jpg' is not a file") })
    let second = try project.build()
    #expect(second.stories.map(\.outcome) == [.unchanged])
    for warning in warnings {
      #expect(second.diagnostics.filter { $0 == warning }.count == 1)
    }
  }
}
