import CopydeskFormats
import CopydeskXML
import Foundation
import Testing

/// One story walked through publish → correct → update → kill with the desk commands, every
/// format read back after each build as its receivers read it.
@Suite(.serialized) struct CorrectionsAndKillsTests {
  static let body = "The council approved the budget by 31 votes to 12 on Tuesday evening."
  static let story = """
    ---
    # The desk keeps this comment.
    headline: Council approves budget
    date: 2026-03-04T09:15:00+01:00
    summary: The city's budget passes.
    byline: Ana Ruiz
    dateline: ROTTERDAM
    ---

    \(body)

    """
  static let guid = "urn:newsml:example.com:20260304:council-approves-budget"

  /// A project with the story; `run` runs copydesk there.
  struct Desk {
    let folder: URL
    var output: URL { folder.appendingPathComponent("Output") }

    init() throws {
      folder = try ExternalValidator.temporaryFolder()
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent("Stories"), withIntermediateDirectories: true)
      try Data("formats: {build: [html, newsml, wire, jsonfeed, ninjs]}\narchive: true\n".utf8)
        .write(
          to: folder.appendingPathComponent("copydesk.yml"))
      try Data(CorrectionsAndKillsTests.story.utf8).write(to: storyFile)
    }

    var storyFile: URL { folder.appendingPathComponent("Stories/council.md") }

    @discardableResult
    func run(_ arguments: [String]) throws -> CommandLineTool.Result {
      let result = try CommandLineTool.run(arguments, in: folder, environment: ["NO_COLOR": "1"])
      #expect(result.status == 0, "\(arguments): \(result.standardError)")
      return result
    }

    func file(_ path: String) throws -> Data {
      try Data(contentsOf: output.appendingPathComponent(path))
    }
    func text(_ path: String) throws -> String { String(decoding: try file(path), as: UTF8.self) }
    func exists(_ path: String) -> Bool {
      FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// The NewsML-G2 item: guid, version, status, signals, edNotes, previous version, body.
    func item() throws -> (
      version: String, status: String, signals: [String], notes: [String], previous: String?,
      hasContent: Bool
    ) {
      let root = try XMLReader.parse(
        try file("newsml/council-approves-budget.xml"), fileName: "item.xml")
      #expect(root.attribute("guid") == CorrectionsAndKillsTests.guid)
      let meta = try #require(root.elements(named: "itemMeta").first)
      return (
        root.attribute("version") ?? "",
        meta.elements(named: "pubStatus").first?.attribute("qcode") ?? "",
        meta.elements(named: "signal").compactMap { $0.attribute("qcode") },
        meta.elements(named: "edNote").map(\.text),
        meta.elements(named: "link").first { $0.attribute("rel") == "irel:previousVersion" }?
          .attribute("version"),
        !root.elements(named: "contentSet").isEmpty
      )
    }

    /// The JSON Feed items, by id.
    func feedItems() throws -> [String: [String: Any]] {
      let feed = try #require(
        try JSONSerialization.jsonObject(with: try file("feed.json")) as? [String: Any])
      let items = feed["items"] as? [[String: Any]] ?? []
      return Dictionary(
        uniqueKeysWithValues: items.compactMap { item in (item["id"] as? String).map { ($0, item) }
        })
    }

    func ninjs() throws -> [String: Any] {
      try #require(
        try JSONSerialization.jsonObject(with: try file("ninjs/council-approves-budget.json"))
          as? [String: Any])
    }

    /// Every NewsML-G2 and ninjs output is valid, read by the official validators, and every
    /// output agrees with the others, read back from the files.
    func checkValidity() throws {
      let consistency = try CommandLineTool.run(
        ["check", "--consistency", "--clock", "2026-03-07T00:00:00Z"], in: folder,
        environment: ["NO_COLOR": "1"])
      #expect(consistency.status == 0, "\(consistency.standardOutput)")
      if Paths.sharedAvailable {
        let problems = try FormatValidators.problems(
          in: output.appendingPathComponent("newsml/council-approves-budget.xml"),
          format: NewsMLFormat())
        #expect(problems.isEmpty, "\(problems)")
      }
      let ninjs = try FormatValidators.problems(
        in: output.appendingPathComponent("ninjs/council-approves-budget.json"),
        format: NinjsFormat())
      #expect(ninjs.isEmpty, "\(ninjs)")
    }

    /// The story's body as written: the desk commands never touch it.
    func body() throws -> String {
      let text = try String(contentsOf: storyFile, encoding: .utf8)
      return String(text[try #require(text.range(of: "\n---\n")).upperBound...])
    }
  }

  @Test func publishCorrectUpdateKillTellsEveryFormatTheSameStory() throws {
    let desk = try Desk()
    let originalBody = try desk.body()

    // 1. First publication.
    try desk.run(["build", "--clock", "2026-03-04T10:00:00+01:00"])
    var item = try desk.item()
    #expect(
      (item.version, item.status, item.signals, item.previous) == ("1", "stat:usable", [], nil))
    #expect(item.hasContent)
    var wire = try WireMessageReader.iptc7901(try desk.file("wire/council-approves-budget.txt"))
    #expect(wire.headline == "Council approves budget")
    #expect(
      try desk.feedItems()[Self.guid]?["date_published"] as? String == "2026-03-04T09:15:00+01:00")
    #expect(try desk.ninjs()["version"] as? String == "1")
    try desk.checkValidity()
    let firstItem = try desk.file("newsml/council-approves-budget.xml")

    // 2. A correction.
    let note = "The vote was 31 to 12, not 31 to 21."
    let corrected = try desk.run([
      "correct", "Stories/council.md", "--note", note, "--clock", "2026-03-05T08:00:00+01:00",
    ])
    #expect(corrected.standardOutput.hasPrefix("Stories/council.md: version 2, corrected"))
    #expect(try desk.body() == originalBody)
    #expect(
      try String(contentsOf: desk.storyFile, encoding: .utf8).contains(
        "# The desk keeps this comment."))
    try desk.run(["build", "--clock", "2026-03-05T08:05:00+01:00"])
    item = try desk.item()
    #expect((item.version, item.status, item.previous) == ("2", "stat:usable", "1"))
    #expect(item.signals.contains("sig:correction") && item.signals.contains("sig:update"))
    #expect(item.notes.contains("2026-03-05T08:00:00+01:00: \(note)"))
    wire = try WireMessageReader.iptc7901(try desk.file("wire/council-approves-budget.txt"))
    #expect(
      wire.paragraphs.contains {
        $0.hasPrefix("CORRECTION (2026-03-05T08:00:00+01:00) - The vote was")
      })
    let anpa = try WireMessageReader.anpa(
      Data(
        try desk.run(["render", "Stories/council.md", "--to", "wire", "--wire-profile", "anpa1312"])
          .standardOutput.utf8))
    #expect(!anpa.version.isEmpty)
    #expect(anpa.paragraphs.contains { $0.contains("31 to 12, not 31 to 21") })
    var feed = try #require(try desk.feedItems()[Self.guid])
    #expect(feed["date_modified"] as? String == "2026-03-05T08:00:00+01:00")
    #expect(try desk.text("html/council-approves-budget.html").contains(note))
    #expect(try desk.ninjs()["version"] as? String == "2")
    try desk.checkValidity()
    // The sent archive keeps every version subscribers got, byte for byte; pages are public.
    #expect(try desk.file("archive/newsml/council-approves-budget/v1.xml") == firstItem)
    #expect(
      try desk.file("archive/newsml/council-approves-budget/v2.xml")
        == desk.file("newsml/council-approves-budget.xml"))
    #expect(desk.exists("archive/wire/council-approves-budget/v2.txt"))
    #expect(!desk.exists("archive/html"))

    // 3. A write-through.
    try desk.run([
      "update", "Stories/council.md", "--note", "Adds the mayor's comment.", "--clock",
      "2026-03-05T12:00:00+01:00",
    ])
    try desk.run(["build", "--clock", "2026-03-05T12:05:00+01:00"])
    item = try desk.item()
    #expect((item.version, item.previous) == ("3", "2"))
    #expect(item.signals.contains("sig:update"))
    feed = try #require(try desk.feedItems()[Self.guid])
    #expect(feed["date_modified"] as? String == "2026-03-05T12:00:00+01:00")
    #expect(try desk.ninjs()["version"] as? String == "3")
    try desk.checkValidity()

    // 4. A kill: notices to subscribers without the killed text; the page and feed entry go.
    try desk.run([
      "kill", "Stories/council.md", "--reason", "Legal: withdrawn.", "--clock",
      "2026-03-06T09:00:00+01:00",
    ])
    #expect(try desk.body() == originalBody)
    try desk.run(["build", "--clock", "2026-03-06T09:05:00+01:00"])
    item = try desk.item()
    #expect((item.version, item.status, item.previous) == ("4", "stat:canceled", "3"))
    #expect(!item.hasContent)
    #expect(try !desk.text("newsml/council-approves-budget.xml").contains("31 votes to 12"))
    wire = try WireMessageReader.iptc7901(try desk.file("wire/council-approves-budget.txt"))
    #expect(wire.headline == "KILL - Council approves budget")
    #expect(wire.paragraphs.contains { $0.hasPrefix("KILL - This story has been withdrawn") })
    #expect(
      !wire.paragraphs.contains { $0.contains("31 votes to 12") || $0.hasPrefix("CORRECTION") })
    let killANPA = try WireMessageReader.anpa(
      Data(
        try desk.run([
          "render", "Stories/council.md", "--to", "wire", "--wire-profile", "anpa1312", "--preview",
        ]).standardOutput.utf8))
    #expect(killANPA.version == "Kill")
    #expect(killANPA.headline.hasPrefix("KILL _ "))
    #expect(!desk.exists("html/council-approves-budget.html"))
    #expect(try desk.feedItems()[Self.guid] == nil)
    let ninjs = try desk.ninjs()
    #expect(ninjs["pubStatus"] as? String == "canceled")
    #expect(ninjs["bodies"] == nil)
    try desk.checkValidity()

    // The state remembers every version sent.
    let history = try desk.run(["history", "Stories/council.md"]).standardOutput
    #expect(history.hasPrefix("Stories/council.md: \(Self.guid)\n"))
    for line in [
      "v1  2026-03-04T10:00:00+01:00  usable", "v2  2026-03-05T08:05:00+01:00  usable",
      "v3  2026-03-05T12:05:00+01:00  usable", "v4  2026-03-06T09:05:00+01:00  canceled",
    ] {
      #expect(history.contains(line + "\n"), "\(line)")
    }
  }

  @Test func rawWireCopyIsCorrectedThroughItsSidecarAndStaysAsSent() throws {
    let desk = try Desk()
    let copy = Paths.examples.appendingPathComponent("ferry-collision.txt")
    let file = desk.folder.appendingPathComponent("Stories/ferry.txt")
    try FileManager.default.copyItem(at: copy, to: file)
    let sent = try Data(contentsOf: file)
    try desk.run(["build", "--clock", "2026-03-04T10:00:00Z"])
    try desk.run([
      "correct", "Stories/ferry.txt", "--note", "The ferry was the Nordlys.", "--clock",
      "2026-03-05T10:00:00Z",
    ])
    #expect(try Data(contentsOf: file) == sent)
    let sidecar = try String(
      contentsOf: desk.folder.appendingPathComponent("Stories/ferry.txt.yml"), encoding: .utf8)
    // The first publication date is pinned in the sidecar, so every later version keeps it.
    #expect(sidecar.hasPrefix("date: 2026-03-04T10:00:00Z\nversion: 2\n"))
    try desk.run(["build", "--clock", "2026-03-06T10:00:00Z"])
    let item = try XMLReader.parse(
      try desk.file("newsml/two-ferries-collide-in-fog-off-harbour-mouth-no-injuries.xml"),
      fileName: "f.xml")
    #expect(item.attribute("version") == "2")
    #expect(item.attribute("guid")?.contains(":20260304:") == true)
    let meta = try #require(item.elements(named: "itemMeta").first)
    #expect(meta.elements(named: "firstCreated").first?.text == "2026-03-04T10:00:00Z")
    #expect(
      meta.elements(named: "edNote").map(\.text).contains(
        "2026-03-05T10:00:00Z: The ferry was the Nordlys."))
  }

  @Test func anEditThatWouldBreakTheStoryIsRefusedAndNothingIsWritten() throws {
    let desk = try Desk()
    let before = try Data(contentsOf: desk.storyFile)
    let result = try CommandLineTool.run(
      ["correct", "Stories/council.md", "--note", "x", "--clock", "2020-01-01T00:00:00Z"],
      in: desk.folder,
      environment: ["NO_COLOR": "1"])
    #expect(result.status == 65)
    #expect(result.standardError.contains("'updated' (2020-01-01T00:00:00Z) is before 'date'"))
    #expect(try Data(contentsOf: desk.storyFile) == before)
  }

  @Test func theConsistencyCheckCatchesAnOutputThatSaysSomethingElse() throws {
    let desk = try Desk()
    try desk.run(["build", "--clock", "2026-03-04T10:00:00+01:00"])
    let ninjs = desk.output.appendingPathComponent("ninjs/council-approves-budget.json")
    let tampered = String(decoding: try Data(contentsOf: ninjs), as: UTF8.self)
      .replacingOccurrences(of: "\"version\" : \"1\"", with: "\"version\" : \"7\"")
      .replacingOccurrences(of: "Council approves budget", with: "Council rejects budget")
    try Data(tampered.utf8).write(to: ninjs)
    let check = try CommandLineTool.run(
      ["check", "--consistency", "--clock", "2026-03-05T00:00:00Z"], in: desk.folder,
      environment: ["NO_COLOR": "1"])
    #expect(check.status == 1)
    #expect(
      check.standardOutput.contains(
        "Stories/council.md: error: the outputs disagree on the version: jsonfeed (feed.json) "
          + "says '1', ninjs (ninjs/council-approves-budget.json) says '7'; a build of every "
          + "format writes them again"))
    #expect(
      check.standardOutput.contains(
        "the outputs disagree on the headline: jsonfeed (feed.json) says "
          + "'Council approves budget', ninjs (ninjs/council-approves-budget.json) says "
          + "'Council rejects budget'"))
    // build --strict reads the outputs back too; a forced build writes them right again.
    let strict = try CommandLineTool.run(
      ["build", "--strict", "--clock", "2026-03-05T00:00:00Z"], in: desk.folder,
      environment: ["NO_COLOR": "1"])
    #expect(strict.status == 0, "the build repairs the changed file before reading back")
    #expect(
      try CommandLineTool.run(
        ["check", "--consistency", "--clock", "2026-03-05T00:00:00Z"], in: desk.folder
      ).status == 0)
  }
}
