import CopydeskAST
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// `copydesk build` end to end on temporary projects.
@Suite struct BuildTests {
  /// 2026-03-04T12:00:00Z.
  static let clock = Timestamp(secondsSinceEpoch: 1_772_625_600, offsetMinutes: 0)

  /// A temporary project with the given stories.
  struct Project {
    let root: URL
    var stories: URL { root.appendingPathComponent("Stories") }
    var output: URL { root.appendingPathComponent("Output") }

    init(_ files: [String: String]) throws {
      root = try ExternalValidator.temporaryFolder()
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent("Stories"), withIntermediateDirectories: true)
      for (name, text) in files { try write(name, text) }
    }

    func write(_ name: String, _ text: String) throws {
      try Data(text.utf8).write(to: stories.appendingPathComponent(name))
    }

    func settings(clock: Timestamp = BuildTests.clock) -> BuildSettings {
      var config = ProjectConfig(root: root)
      config.site = SiteSettings(
        title: "Test Desk", baseURL: "https://desk.example.org/", publisher: "Test Desk")
      var settings = BuildSettings(config: config, version: "test", clock: clock)
      settings.jobs = 2
      return settings
    }

    func build(
      clock: Timestamp = BuildTests.clock, _ change: (inout BuildSettings) -> Void = { _ in }
    ) throws
      -> BuildReport
    {
      var settings = settings(clock: clock)
      change(&settings)
      return try ProjectBuilder.build(settings)
    }

    /// Every file under Output (the state folder excluded) and its bytes.
    func tree(includingState: Bool = false) throws -> [String: Data] {
      var files: [String: Data] = [:]
      let enumerator = FileManager.default.enumerator(atPath: output.path)
      while let path = enumerator?.nextObject() as? String {
        if !includingState && path.hasPrefix(".copydesk") { continue }
        var isFolder: ObjCBool = false
        let url = output.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
          !isFolder.boolValue
        {
          files[path] = try Data(contentsOf: url)
        }
      }
      return files
    }
  }

  static func story(
    _ headline: String, _ extra: String = "", date: String = "2026-03-04T09:15:00+01:00"
  ) -> String {
    "---\nheadline: \(headline)\ndate: \(date)\n\(extra)\n---\n\nBody of \(headline).\n"
  }

  func outcome(_ report: BuildReport, _ path: String) -> BuildReport.Outcome? {
    report.stories.first { $0.path == "Stories/\(path)" }?.outcome
  }

  @Test func buildsTheExamplesToEveryFormat() throws {
    let project = try Project([:])
    for story in Paths.exampleStories() {
      try FileManager.default.copyItem(
        at: story, to: project.stories.appendingPathComponent(story.lastPathComponent))
    }
    let report = try project.build()
    #expect(!report.hasFailures)
    let files = try project.tree().keys.sorted()
    #expect(
      files == [
        "atom.xml", "feed.json", "html/council-budget-vote.html",
        "html/harbour-strike-talks-stall.html",
        "html/index.html",
        "html/two-ferries-collide-in-fog-off-harbour-mouth-no-injuries.html",
        "newsml/council-budget-vote.xml",
        "newsml/harbour-strike-talks-stall.picture.xml",
        "newsml/harbour-strike-talks-stall.xml",
        "newsml/river-authority-issues-flood-warning-for-lower-valley.xml",
        "newsml/two-ferries-collide-in-fog-off-harbour-mouth-no-injuries.xml",
        "ninjs/council-budget-vote.json",
        "ninjs/harbour-strike-talks-stall.json",
        "ninjs/river-authority-issues-flood-warning-for-lower-valley.json",
        "ninjs/two-ferries-collide-in-fog-off-harbour-mouth-no-injuries.json",
        "wire/council-budget-vote.txt",
        "wire/harbour-strike-talks-stall.txt",
        "wire/river-authority-issues-flood-warning-for-lower-valley.txt",
        "wire/two-ferries-collide-in-fog-off-harbour-mouth-no-injuries.txt",
      ])
    #expect(outcome(report, "newsroom-code-note.md") == .draft)
    let embargo = try #require(RFC3339.parse("2027-12-01T09:00:00+00:00"))
    guard case .zoned(let until) = embargo else { return }
    #expect(outcome(report, "flood-warning.md") == .withheld(.embargoed(until: until)))
    let index = String(decoding: try project.tree()["html/index.html"] ?? Data(), as: UTF8.self)
    #expect(
      index.range(of: "harbour-strike-talks-stall.html")!.lowerBound
        < index.range(of: "council-budget-vote.html")!.lowerBound)
  }

  @Test func oneBrokenStoryDoesNotStopTheOthers() throws {
    let project = try Project([
      "good.md": Self.story("Good story"),
      "bad.md": "---\nheadline: Bad\ndate: soon\n---\n\nText.\n",
    ])
    let report = try project.build()
    #expect(report.hasFailures)
    guard case .failed(let error)? = outcome(report, "bad.md") else {
      Issue.record("bad.md did not fail")
      return
    }
    #expect(
      error.description.hasPrefix("Stories/bad.md:3:7: error: 'date' must be an RFC 3339 date-time")
    )
    #expect(outcome(report, "good.md") == .new)
    #expect(try project.tree().keys.contains("html/good-story.html"))
    #expect(
      report.summary
        == "1 published, 0 unchanged, 0 withheld, 0 drafts skipped, 0 killed, 0 removed, 1 failed")
  }

  /// Several batches (the next read and rendered while the build settles the one before) and
  /// several chunks of feed pages (the next rendered while the one before is written) give the
  /// same files, wire numbers and outcomes as one thread doing one thing at a time.
  @Test func batchesPreparedAheadBuildWhatOneThreadBuilds() throws {
    var files: [String: String] = [:]
    for number in 0..<700 {
      files[String(format: "story-%03d.md", number)] = Self.story(
        "Story number \(number)", "keywords: [batch]",
        date: String(format: "2026-03-0%dT09:%02d:00Z", 1 + number % 3, number % 60))
    }
    files["story-555.md"] = "---\nheadline: Bad\ndate: soon\n---\n\nText.\n"
    let ahead = try Project(files)
    let alone = try Project(files)
    // Two jobs: batches of 128 stories, feed pages rendered 8 at a time.
    let aheadReport = try ahead.build { $0.jobs = 2 }
    let aloneReport = try alone.build { $0.jobs = 1 }
    #expect(aheadReport.stories == aloneReport.stories)
    #expect(aheadReport.summary == aloneReport.summary)
    #expect(
      aheadReport.summary
        == "699 published, 0 unchanged, 0 withheld, 0 drafts skipped, 0 killed, 0 removed, 1 failed"
    )
    let aheadFiles = try ahead.tree()
    #expect(aheadFiles.count > 2_000)
    let pages = aheadFiles.keys.filter { $0.hasPrefix("feed/") }.count + 1
    #expect(pages > 8)
    // Every published story is on exactly one feed page, newest first across the pages.
    var ids: [String] = []
    for page in 1...pages {
      let file = aheadFiles[page == 1 ? "feed.json" : "feed/\(page).json"] ?? Data()
      let feed = try JSONSerialization.jsonObject(with: file) as? [String: Any]
      let items = feed?["items"] as? [[String: Any]] ?? []
      ids += items.compactMap { $0["id"] as? String }
    }
    #expect(ids.count == 699)
    #expect(Set(ids).count == 699)
    #expect(aheadFiles == (try alone.tree()))
  }

  @Test func embargoWithholdsUntilTheClockPassesIt() throws {
    let project = try Project([
      "e.md": Self.story("Embargoed story", "embargo: 2026-03-04T15:00:00Z")
    ])
    let before = try project.build()
    guard case .withheld(.embargoed)? = outcome(before, "e.md") else {
      Issue.record("not withheld")
      return
    }
    var files = try project.tree()
    #expect(files["html/embargoed-story.html"] == nil)
    #expect(files["newsml/embargoed-story.xml"] != nil)
    #expect(
      String(decoding: files["wire/embargoed-story.txt"] ?? Data(), as: UTF8.self).contains(
        "EMBARGOED until"))
    #expect(
      !String(decoding: files["feed.json"] ?? Data(), as: UTF8.self).contains("Embargoed story"))
    let after = try project.build(
      clock: Timestamp(secondsSinceEpoch: 1_772_640_000, offsetMinutes: 0))
    #expect(outcome(after, "e.md") == .changed)
    files = try project.tree()
    #expect(files["html/embargoed-story.html"] != nil)
    #expect(
      String(decoding: files["feed.json"] ?? Data(), as: UTF8.self).contains("Embargoed story"))
  }

  @Test func cancelRemovesThePageAndSendsAKill() throws {
    let project = try Project(["k.md": Self.story("Killed story")])
    _ = try project.build()
    #expect(try project.tree()["html/killed-story.html"] != nil)
    try project.write("k.md", Self.story("Killed story", "status: canceled\nversion: 2"))
    let report = try project.build()
    #expect(outcome(report, "k.md") == .killed)
    let files = try project.tree()
    #expect(files["html/killed-story.html"] == nil)
    #expect(
      String(decoding: files["newsml/killed-story.xml"] ?? Data(), as: UTF8.self).contains(
        "stat:canceled"))
    #expect(
      String(decoding: files["wire/killed-story.txt"] ?? Data(), as: UTF8.self).contains("KILL - "))
    #expect(!String(decoding: files["feed.json"] ?? Data(), as: UTF8.self).contains("Killed story"))
  }

  @Test func draftsAreSkipped() throws {
    let project = try Project(["d.md": Self.story("Draft story", "status: draft")])
    let report = try project.build()
    #expect(outcome(report, "d.md") == .draft)
    #expect(try project.tree().keys.sorted() == ["atom.xml", "feed.json", "html/index.html"])
  }

  @Test func slugCollisionFailsTheLaterClaimAndOverwritesNothing() throws {
    let project = try Project([
      "a.md": Self.story("Same slug", "slug: same"), "b.md": Self.story("Other", "slug: same"),
    ])
    let report = try project.build()
    #expect(outcome(report, "a.md") == .new)
    guard case .failed(let error)? = outcome(report, "b.md") else {
      Issue.record("b.md did not fail")
      return
    }
    #expect(
      error.description
        == "Stories/b.md: error: the slug 'same' is already used by Stories/a.md; give each story its own slug (nothing was overwritten)"
    )
    let page = String(decoding: try project.tree()["html/same.html"] ?? Data(), as: UTF8.self)
    #expect(page.contains("Same slug") && !page.contains("Other"))
    // The slug stays with the story that holds it, on every later build too.
    try project.write("c.md", Self.story("Third", "slug: same"))
    let again = try project.build()
    guard case .failed? = outcome(again, "c.md") else {
      Issue.record("c.md took a slug another story holds")
      return
    }
  }

  @Test func deletedStoryLosesItsOutputs() throws {
    let project = try Project(["a.md": Self.story("Stays"), "b.md": Self.story("Goes")])
    _ = try project.build()
    #expect(try project.tree()["wire/goes.txt"] != nil)
    try FileManager.default.removeItem(at: project.stories.appendingPathComponent("b.md"))
    let report = try project.build()
    #expect(report.stories.contains { $0.path == "Stories/b.md" && $0.outcome == .removed })
    let files = try project.tree()
    #expect(files.keys.filter { $0.contains("goes") }.isEmpty)
    #expect(files["html/stays.html"] != nil)
  }

  @Test func unchangedRebuildTouchesNoOutput() throws {
    let project = try Project(["a.md": Self.story("First"), "b.md": Self.story("Second")])
    _ = try project.build()
    var dates: [String: Date] = [:]
    for path in try project.tree().keys {
      dates[path] =
        try FileManager.default.attributesOfItem(
          atPath: project.output.appendingPathComponent(path).path)[.modificationDate] as? Date
    }
    Thread.sleep(forTimeInterval: 0.05)
    let report = try project.build()
    #expect(report.stories.allSatisfy { $0.outcome == .unchanged })
    #expect(report.written.isEmpty)
    for (path, date) in dates {
      let now =
        try FileManager.default.attributesOfItem(
          atPath: project.output.appendingPathComponent(path).path)[.modificationDate] as? Date
      #expect(now == date, "\(path) was touched")
    }
  }

  /// `--force` renders every collection page again; a page whose bytes and file are as
  /// recorded is left as it stands, and one whose file changed is put back.
  @Test func forcedRebuildRewritesOnlyCollectionPagesThatDiffer() throws {
    let project = try Project(["a.md": Self.story("First"), "b.md": Self.story("Second")])
    _ = try project.build()
    let feed = project.output.appendingPathComponent("feed.json")
    let published = try Data(contentsOf: feed)
    let quiet = try project.build { $0.force = true }
    #expect(!quiet.written.contains("feed.json"))
    #expect(!quiet.written.contains("html/index.html"))
    try Data("{}".utf8).write(to: feed)
    let repaired = try project.build { $0.force = true }
    #expect(repaired.written.contains("feed.json"))
    #expect(!repaired.written.contains("html/index.html"))
    #expect(try Data(contentsOf: feed) == published)
  }

  @Test func oneChangedStoryRebuildsOnlyItself() throws {
    let project = try Project(["a.md": Self.story("First"), "b.md": Self.story("Second")])
    _ = try project.build()
    try project.write("b.md", Self.story("Second", "summary: Now with a summary."))
    let report = try project.build()
    #expect(outcome(report, "a.md") == .unchanged)
    #expect(outcome(report, "b.md") == .changed)
    #expect(
      report.written.sorted() == [
        "atom.xml", "feed.json", "html/index.html", "html/second.html", "newsml/second.xml",
        "ninjs/second.json",
      ])
  }

  @Test func sameInputsGiveByteIdenticalTrees() throws {
    let stories = Dictionary(
      uniqueKeysWithValues: Paths.exampleStories().map {
        ($0.lastPathComponent, (try? String(contentsOf: $0, encoding: .utf8)) ?? "")
      })
    let first = try Project(stories)
    let second = try Project(stories)
    _ = try first.build()
    _ = try second.build()
    #expect(try first.tree() == second.tree())
  }

  @Test func wireSequenceIsAssignedOnceAndKept() throws {
    let project = try Project(["a.md": Self.story("Alpha"), "b.md": Self.story("Beta")])
    _ = try project.build()
    try project.write("c.md", Self.story("Gamma"))
    try project.write("a.md", Self.story("Alpha", "version: 2\nupdated: 2026-03-04T10:00:00+01:00"))
    _ = try project.build()
    let files = try project.tree()
    func sequence(_ name: String) -> String {
      String(
        String(decoding: files["wire/\(name).txt"] ?? Data(), as: UTF8.self).dropFirst(4).prefix(4))
    }
    #expect(sequence("alpha") == "0001")
    #expect(sequence("beta") == "0002")
    #expect(sequence("gamma") == "0003")
  }

  @Test func dryRunWritesNothing() throws {
    let project = try Project(["a.md": Self.story("Planned")])
    let report = try project.build { $0.dryRun = true }
    #expect(report.details == ["Stories/a.md: new"])
    #expect(report.written.contains("html/planned.html"))
    #expect(!FileManager.default.fileExists(atPath: project.output.path))
  }

  @Test func secondBuildIsRefusedWhileTheLockIsHeld() throws {
    let project = try Project(["a.md": Self.story("Locked")])
    let state = project.output.appendingPathComponent(".copydesk")
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    try Data("\(getpid())\n".utf8).write(to: state.appendingPathComponent("lock"))
    let holder = open(state.appendingPathComponent("lock").path, O_RDWR)
    #expect(flock(holder, LOCK_EX | LOCK_NB) == 0)
    #expect(throws: Diagnostic.self) { try project.build() }
    do {
      _ = try project.build()
    } catch let error as Diagnostic {
      #expect(
        error.message.hasPrefix(
          "another copydesk build (process \(getpid())) is writing this output folder"))
    }
    close(holder)
    #expect(try !project.build().hasFailures)
  }

  @Test func lockFileLeftByADeadProcessDoesNotBlock() throws {
    let project = try Project(["a.md": Self.story("Stale")])
    let state = project.output.appendingPathComponent(".copydesk")
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    try Data("999999\n".utf8).write(to: state.appendingPathComponent("lock"))
    #expect(try !project.build().hasFailures)
  }

  @Test func symlinkedOutputFolderIsRefused() throws {
    let project = try Project(["a.md": Self.story("Linked")])
    let outside = try ExternalValidator.temporaryFolder()
    try FileManager.default.createDirectory(at: project.output, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: project.output.appendingPathComponent("html"), withDestinationURL: outside)
    #expect(throws: Diagnostic.self) { try project.build() }
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
  }

  @Test func indexPagesHoldTheNewestStoriesAndPageOnToOlderOnes() throws {
    let project = try Project([
      "a.md": Self.story("Oldest story", date: "2026-03-01T09:00:00Z"),
      "b.md": Self.story("Middle story", date: "2026-03-02T09:00:00Z"),
      "c.md": Self.story("Newest story", date: "2026-03-03T09:00:00Z"),
    ])
    _ = try project.build { $0.config.options[HTMLSettings.self].indexLimit = 2 }
    let index = String(decoding: try project.tree()["html/index.html"] ?? Data(), as: UTF8.self)
    #expect(index.contains("Newest story") && index.contains("Middle story"))
    #expect(!index.contains("Oldest story"))
    #expect(index.contains("<a href=\"index.2.html\" rel=\"next\">Older stories</a>"))
    let second = String(decoding: try project.tree()["html/index.2.html"] ?? Data(), as: UTF8.self)
    #expect(second.contains("Oldest story") && !second.contains("Newest story"))
    #expect(second.contains("<a href=\"index.html\" rel=\"prev\">Newer stories</a>"))
    #expect(second.contains("Page 2 of 2"))
    #expect(try project.tree()["html/oldest-story.html"] != nil)
    // One story fewer: one page, and the second page goes (the build wrote it).
    try FileManager.default.removeItem(at: project.stories.appendingPathComponent("c.md"))
    _ = try project.build { $0.config.options[HTMLSettings.self].indexLimit = 2 }
    #expect(try project.tree()["html/index.2.html"] == nil)
    #expect(
      !String(decoding: try project.tree()["html/index.html"] ?? Data(), as: UTF8.self)
        .contains("Older stories"))
  }

  @Test func pagesHaveAMastheadAndTheIndexShowsEachStorysDetails() throws {
    let project = try Project([
      "a.md": Self.story(
        "Ferry resumes",
        "byline: Ana Ruiz\ndateline: ROTTERDAM\ngenre: Analysis\n"
          + "image: {url: /static/ferry.jpg, alt: The ferry}")
    ])
    _ = try project.build()
    let page = String(
      decoding: try project.tree()["html/ferry-resumes.html"] ?? Data(), as: UTF8.self)
    #expect(
      page.contains("<header class=\"masthead\">\n<a class=\"site-name\" href=\"index.html\">"))
    #expect(page.contains("<footer class=\"site-footer\">"))
    let index = String(decoding: try project.tree()["html/index.html"] ?? Data(), as: UTF8.self)
    #expect(
      index.contains(
        "<img class=\"thumbnail\" src=\"https://desk.example.org/static/ferry.jpg\" alt=\"The ferry\" loading=\"lazy\">"
      ))
    #expect(index.contains("<h2 class=\"section-title\">Analysis</h2>"))
    #expect(index.contains("<h3><a href=\"ferry-resumes.html\">Ferry resumes</a></h3>"))
    #expect(index.contains("<span class=\"dateline\">ROTTERDAM</span>"))
    #expect(index.contains("<span class=\"index-byline\">By Ana Ruiz</span>"))
  }

  @Test func hiddenAndUnderscoreFilesAreSkipped() throws {
    let project = try Project([
      "a.md": Self.story("Seen"), "_b.md": Self.story("Skipped"), ".c.md": Self.story("Hidden"),
    ])
    let report = try project.build()
    #expect(report.stories.map(\.path) == ["Stories/a.md"])
  }

  @Test func theIndexGroupsStoriesByGenreInTheOrderOfTheirNewestStory() throws {
    let project = try Project([
      "a.md": Self.story("Old analysis", "genre: Analysis", date: "2026-03-01T09:00:00Z"),
      "b.md": Self.story("Plain news", date: "2026-03-02T09:00:00Z"),
      "c.md": Self.story("New interview", "genre: Interview", date: "2026-03-03T09:00:00Z"),
      "d.md": Self.story("New analysis", "genre: Analysis", date: "2026-03-04T09:00:00Z"),
    ])
    _ = try project.build()
    let index = String(decoding: try project.tree()["html/index.html"] ?? Data(), as: UTF8.self)
    let titles = index.matches(of: #/<h2 class="section-title">([^<]*)</h2>/#).map { String($0.1) }
    #expect(titles == ["Analysis", "Interview", "More stories"])
    let headlines = index.matches(of: #/<h3><a href="[^"]*">([^<]*)</a></h3>/#).map { String($0.1) }
    #expect(headlines == ["New analysis", "Old analysis", "New interview", "Plain news"])
  }

  @Test func withoutGenresTheIndexIsOneListUnderItsHeading() throws {
    let project = try Project(["a.md": Self.story("Only news")])
    _ = try project.build()
    let index = String(decoding: try project.tree()["html/index.html"] ?? Data(), as: UTF8.self)
    #expect(!index.contains("<h2 class=\"section-title\">"))
    #expect(index.contains("<h2><a href=\"only-news.html\">Only news</a></h2>"))
  }
}
