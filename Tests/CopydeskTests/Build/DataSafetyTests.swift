import CopydeskAST
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// Each everyday operation that once lost published work or re-identified a story, tried
/// again: published outputs stay, identity (guid, slug, first date, sequence) never changes
/// by accident, and only files copydesk recorded writing are ever deleted.
@Suite struct DataSafetyTests {
  typealias Project = BuildTests.Project

  static func story(_ headline: String, _ extra: String = "") -> String {
    BuildTests.story(headline, extra)
  }

  func outcome(_ report: BuildReport, _ path: String) -> BuildReport.Outcome? {
    report.stories.first { $0.path == "Stories/\(path)" }?.outcome
  }

  func text(_ project: Project, _ path: String) throws -> String {
    String(decoding: try project.tree()[path] ?? Data(), as: UTF8.self)
  }

  func move(_ project: Project, _ from: String, _ to: String) throws {
    try FileManager.default.moveItem(
      at: project.stories.appendingPathComponent(from),
      to: project.stories.appendingPathComponent(to))
  }

  // Row 1.
  @Test func renamingAStoryFileKeepsEveryOutput() throws {
    let project = try Project(["a.md": Self.story("Alpha story", "slug: alpha")])
    _ = try project.build()
    let before = try project.tree()
    try move(project, "a.md", "a-renamed.md")
    let report = try project.build()
    #expect(outcome(report, "a-renamed.md") == .renamed(from: "Stories/a.md"))
    #expect(report.removed.isEmpty)
    #expect(try project.tree() == before)
    #expect(try project.build { $0.force = true }.removed.isEmpty)
    #expect(try project.tree() == before)
  }

  // Row 2.
  @Test func aNewStoryTakingADeletedStorysSlugKeepsItsOutputs() throws {
    let project = try Project(["a.md": Self.story("Old owner", "slug: shared")])
    _ = try project.build()
    try FileManager.default.removeItem(at: project.stories.appendingPathComponent("a.md"))
    try project.write(
      "b.md", BuildTests.story("New owner", "slug: shared", date: "2026-03-03T11:00:00+01:00"))
    let report = try project.build()
    #expect(outcome(report, "b.md") == .new)
    for path in ["html/shared.html", "newsml/shared.xml"] {
      #expect(try text(project, path).contains("New owner"), "\(path) was deleted or is stale")
    }
    #expect(try text(project, "wire/shared.txt").lowercased().contains("new owner"))
  }

  // Row 3.
  @Test func aDeletedOutputIsWrittenAgain() throws {
    let project = try Project(["a.md": Self.story("Kept story")])
    _ = try project.build()
    let before = try project.tree()
    for path in ["html/kept-story.html", "feed.json"] {
      try FileManager.default.removeItem(at: project.output.appendingPathComponent(path))
    }
    let report = try project.build()
    #expect(report.written.sorted() == ["feed.json", "html/kept-story.html"])
    #expect(try project.tree() == before)
    try FileManager.default.removeItem(
      at: project.output.appendingPathComponent("newsml/kept-story.xml"))
    _ = try project.build { $0.force = true }
    #expect(try project.tree() == before)
  }

  // Row 3, the state itself deleted: a full rebuild, never a failing build.
  @Test func aDeletedStateDatabaseMeansAFullRebuild() throws {
    let project = try Project(["a.md": Self.story("Kept story")])
    _ = try project.build()
    let before = try project.tree()
    let state = project.output.appendingPathComponent(".copydesk/state.sqlite")
    try FileManager.default.removeItem(at: state)
    let report = try project.build()
    #expect(!report.hasFailures)
    #expect(try project.tree() == before)
  }

  // Row 3, an output edited by hand.
  @Test func anOutputChangedByHandIsRewrittenWithAWarning() throws {
    let project = try Project(["a.md": Self.story("Kept story")])
    _ = try project.build()
    let before = try project.tree()
    try Data("tampered".utf8).write(
      to: project.output.appendingPathComponent("newsml/kept-story.xml"))
    let report = try project.build()
    #expect(
      report.diagnostics.contains {
        $0.message == "this output was changed outside copydesk; it is written again"
      })
    #expect(try project.tree() == before)
  }

  // Row 4.
  @Test(arguments: [".copydesk/tmp", ".copydesk"])
  func aSymbolicLinkInTheStateFolderIsRefused(_ link: String) throws {
    let project = try Project(["a.md": Self.story("Linked")])
    let outside = try ExternalValidator.temporaryFolder()
    try Data("precious".utf8).write(to: outside.appendingPathComponent("keep.txt"))
    let linkURL = project.output.appendingPathComponent(link)
    try FileManager.default.createDirectory(
      at: linkURL.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(at: linkURL, withDestinationURL: outside)
    #expect(throws: Diagnostic.self) { try project.build() }
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["keep.txt"])
  }

  // Row 5.
  @Test func aStoryLinkedToAFileOutsideTheStoriesFolderIsRefused() throws {
    let project = try Project(["a.md": Self.story("Fine")])
    try FileManager.default.createSymbolicLink(
      at: project.stories.appendingPathComponent("passwd.txt"),
      withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
    let report = try project.build()
    guard case .failed(let error)? = outcome(report, "passwd.txt") else {
      Issue.record("the link was not refused")
      return
    }
    #expect(error.message.hasPrefix("refused: a symbolic link to /etc/passwd"))
    #expect(try project.tree().keys.allSatisfy { !$0.contains("root") })
    #expect(outcome(report, "a.md") == .new)
  }

  // Row 6: listing is refused here by running as an unprivileged user (root reads anything).
  @Test func anUnlistableFolderFailsTheBuildAndRemovesNothing() throws {
    let project = try Project([:])
    try FileManager.default.createDirectory(
      at: project.stories.appendingPathComponent("desk"), withIntermediateDirectories: true)
    try project.write("desk/a.md", Self.story("Inside a folder"))
    let clock = "2026-03-04T12:00:00Z"
    let arguments = ["build", project.stories.path, "--out", project.output.path, "--clock", clock]
    let asUser =
      getuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
    chmod(project.root.path, 0o777)
    chmod(project.stories.path, 0o777)
    let first = try Self.run(asUser, arguments)
    #expect(first.status == 0, "\(first.error)")
    let before = try project.tree()
    #expect(before["html/inside-a-folder.html"] != nil)
    let desk = project.stories.appendingPathComponent("desk")
    chmod(desk.path, 0o000)
    defer { chmod(desk.path, 0o755) }
    let second = try Self.run(asUser, arguments)
    #expect(second.status == 2)
    #expect(second.error.contains("desk: error: cannot list this folder (Permission denied)"))
    #expect(try project.tree() == before)
  }

  static func run(_ prefix: [String], _ arguments: [String]) throws -> (
    status: Int32, error: String
  ) {
    let process = Process()
    let errors = Pipe()
    if prefix.isEmpty {
      process.executableURL = CommandLineTool.executable
      process.arguments = arguments
    } else {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = prefix + [CommandLineTool.executable.path] + arguments
    }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  // Row 7.
  @Test func aStoryEditedWhileItIsReadIsRebuiltNextTime() throws {
    let project = try Project(["a.md": Self.story("First words")])
    let file = project.stories.appendingPathComponent("a.md")
    _ = try project.build {
      $0.afterReadingSource = { _ in
        try? Data(Self.story("Second words", "summary: Saved mid-build.").utf8).write(to: file)
      }
    }
    #expect(try text(project, "html/first-words.html").contains("First words"))
    let next = try project.build()
    #expect(outcome(next, "a.md") == .changed)
    #expect(try text(project, "html/first-words.html").contains("Second words"))
  }

  // Row 8.
  @Test func namesThatDifferOnlyByNormalisationBothFail() throws {
    // Two files: Swift compares strings by canonical equivalence, so no dictionary holds both.
    let project = try Project(["caf\u{E9}.md": Self.story("Composed")])
    try project.write("cafe\u{301}.md", Self.story("Decomposed"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: project.stories.path).count == 2)
    let report = try project.build()
    let failures = report.stories.filter {
      if case .failed(let error) = $0.outcome {
        return error.message.contains("only by Unicode normalisation")
      }
      return false
    }
    #expect(failures.count == 2)
    #expect(try project.tree()["html/composed.html"] == nil)
    #expect(try project.tree()["html/decomposed.html"] == nil)
  }

  // Row 9.
  @Test func aRecordedPathNamingAFolderIsNeverDeleted() throws {
    let project = try Project(["a.md": Self.story("Doomed"), "b.md": Self.story("Stays")])
    _ = try project.build()
    let foreign = project.output.appendingPathComponent("newsml/not-ours.xml")
    try Data("someone else's".utf8).write(to: foreign)
    let sqlite = Process()
    sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    sqlite.arguments = [
      "sqlite3", project.output.appendingPathComponent(".copydesk/state.sqlite").path,
      "INSERT INTO output (format, path, owner, hash, size, mtime) "
        + "SELECT 'newsml', 'newsml', owner, hash, size, mtime FROM output "
        + "WHERE path = 'html/doomed.html'",
    ]
    try sqlite.run()
    sqlite.waitUntilExit()
    #expect(sqlite.terminationStatus == 0)
    try FileManager.default.removeItem(at: project.stories.appendingPathComponent("a.md"))
    _ = try project.build()
    #expect(FileManager.default.fileExists(atPath: foreign.path))
    #expect(try project.tree()["newsml/stays.xml"] != nil)
    #expect(try project.tree()["newsml/doomed.xml"] == nil)
  }

  // Row 10.
  @Test func buildingOneFormatKeepsTheOthers() throws {
    let project = try Project(["a.md": Self.story("Every format")])
    _ = try project.build()
    let before = try project.tree()
    let report = try project.build {
      $0.formats = [.html]
      $0.force = true
    }
    #expect(report.removed.isEmpty)
    #expect(try project.tree() == before)
    try project.write("a.md", Self.story("Every format", "summary: Changed."))
    _ = try project.build { $0.formats = [.html] }
    #expect(try project.tree()["wire/every-format.txt"] == before["wire/every-format.txt"])
    _ = try project.build()
    #expect(try text(project, "newsml/every-format.xml").contains("Changed."))
  }

  /// Retiring a story drops its records from every collection, rendered this run or not: the
  /// next build that renders the feed rewrites it, though no story changed by then.
  @Test func aFeedNotRenderedWhenAStoryWentDropsItNextTime() throws {
    let project = try Project([
      "a.md": Self.story("Staying story"), "b.md": Self.story("Going story"),
    ])
    _ = try project.build()
    #expect(try text(project, "feed.json").contains("Going story"))
    try FileManager.default.removeItem(at: project.stories.appendingPathComponent("b.md"))
    _ = try project.build { $0.formats = [.html] }
    #expect(try text(project, "feed.json").contains("Going story"), "not rendered this run")
    _ = try project.build()
    #expect(try !text(project, "feed.json").contains("Going story"))
    #expect(try text(project, "feed.json").contains("Staying story"))
  }

  // Row 11.
  @Test func anOutputFolderInsideTheStoriesFolderIsNotReadAsStories() throws {
    let project = try Project(["a.md": Self.story("Only story")])
    for _ in 0..<3 {
      let report = try project.build {
        $0.outputFolder = project.stories.appendingPathComponent("site")
      }
      #expect(report.stories.map(\.path) == ["Stories/a.md"])
      #expect(
        report.diagnostics.contains { $0.message.hasPrefix("skipped: it is a copydesk output") })
    }
  }

  // Row 12.
  @Test func aLockFileLeftByAKilledBuildIsNoLock() throws {
    let project = try Project(["a.md": Self.story("Unlocked")])
    let state = project.output.appendingPathComponent(".copydesk")
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    try Data("1\n".utf8).write(to: state.appendingPathComponent("lock"))
    #expect(try !project.build().hasFailures)
  }

  // Row 13.
  @Test func failuresAndDraftsSpendNoSequenceNumber() throws {
    let project = try Project([
      "a.md": Self.story("Alpha"), "b.md": "---\nheadline: Broken\ndate: soon\n---\n\nText.\n",
      "c.md": Self.story("Draft", "status: draft"),
    ])
    for round in 0..<3 {
      try project.write("c.md", Self.story("Draft", "status: draft\nsummary: Edit \(round)."))
      _ = try project.build()
    }
    try project.write("b.md", Self.story("Beta"))
    try project.write("c.md", Self.story("Gamma"))
    _ = try project.build()
    let files = try project.tree()
    func sequence(_ name: String) -> String {
      String(
        String(decoding: files["wire/\(name).txt"] ?? Data(), as: UTF8.self).dropFirst(4).prefix(4))
    }
    #expect([sequence("alpha"), sequence("beta"), sequence("gamma")] == ["0001", "0002", "0003"])
  }

  // Row 14.
  @Test func rawWireCopyKeepsItsFirstPublicationDate() throws {
    let wire = "Harbour reopens\n\nPORTSMOUTH (Test Desk) - The harbour reopened on Monday.\n"
    let project = try Project(["h.txt": wire])
    _ = try project.build()
    let first = try project.tree()
    let later = Timestamp(secondsSinceEpoch: 1_772_625_600 + 86_400 * 3, offsetMinutes: 0)
    _ = try project.build(clock: later) { $0.force = true }
    #expect(try project.tree() == first)
    _ = try project.build(clock: later) { $0.config.options[JSONFeedSettings.self].limit = 7 }
    let newsml = try text(project, "newsml/harbour-reopens.xml")
    #expect(newsml.contains(":20260304:harbour-reopens"))
    #expect(try project.tree()["wire/harbour-reopens.txt"] == first["wire/harbour-reopens.txt"])
  }

  // Row 15.
  @Test func aHeadlineEditKeepsSlugGuidAndURL() throws {
    let project = try Project(["a.md": Self.story("Council votes budget")])
    _ = try project.build()
    let guid = try text(project, "newsml/council-votes-budget.xml")
    try project.write(
      "a.md",
      Self.story("Council approves budget", "version: 2\nupdated: 2026-03-04T11:00:00+01:00"))
    let report = try project.build()
    #expect(report.removed.isEmpty)
    let files = try project.tree()
    #expect(files["html/council-approves-budget.html"] == nil)
    let page = try text(project, "html/council-votes-budget.html")
    #expect(page.contains("Council approves budget"))
    #expect(
      try text(project, "newsml/council-votes-budget.xml").contains(
        "urn:newsml:example.com:20260304:council-votes-budget")
        && guid.contains("urn:newsml:example.com:20260304:council-votes-budget"))
  }

  // An explicit slug: change is a move, reported.
  @Test func anExplicitSlugChangeMovesTheStoryAndSaysSo() throws {
    let project = try Project(["a.md": Self.story("Moving", "slug: before")])
    _ = try project.build()
    try project.write("a.md", Self.story("Moving", "slug: after"))
    let report = try project.build()
    #expect(report.diagnostics.contains { $0.message.hasPrefix("moved from 'before' to 'after'") })
    let files = try project.tree()
    #expect(files["html/after.html"] != nil && files["html/before.html"] == nil)
  }

  // Every promise at once: edits, renames and deletions end in the tree a cold build gives.
  @Test func incrementalBuildsEndWhereAColdBuildDoes() throws {
    let stories = [
      "a.md": Self.story("Alpha"), "b.md": Self.story("Beta", "slug: beta"),
      "c.md": Self.story("Gamma"), "d.md": Self.story("Delta"),
    ]
    let incremental = try Project(stories)
    _ = try incremental.build()
    try incremental.write("a.md", Self.story("Alpha", "summary: Edited."))
    try move(incremental, "b.md", "b2.md")
    try FileManager.default.removeItem(at: incremental.stories.appendingPathComponent("d.md"))
    try incremental.write("e.md", Self.story("Epsilon"))
    _ = try incremental.build()
    let cold = try Project([
      "a.md": Self.story("Alpha", "summary: Edited."), "b2.md": Self.story("Beta", "slug: beta"),
      "c.md": Self.story("Gamma"), "e.md": Self.story("Epsilon"),
    ])
    _ = try cold.build()
    var expected = try cold.tree()
    var actual = try incremental.tree()
    // Sequence numbers follow publication order, the one thing history may change.
    expected = expected.filter { !$0.key.hasPrefix("wire/") }
    actual = actual.filter { !$0.key.hasPrefix("wire/") }
    #expect(actual == expected)
  }
}
