import CopydeskAST
import CopydeskBuild
import CopydeskFormats
import Foundation
import Testing

/// Atom 1.0 (RFC 4287), read back the way feed readers read it (Python feedparser).
@Suite(
  .enabled(
    if: ExternalValidator.available(pythonModule: "feedparser"),
    "needs pip install feedparser"))
struct AtomTests {
  typealias Project = BuildTests.Project

  /// What feedparser read from the project's `atom.xml`, which must be well-formed for it.
  func read(_ project: Project) throws -> [String: Any] {
    let outcome = try ExternalValidator.readAtom([project.output.appendingPathComponent("atom.xml")]
    )
    #expect(outcome.status == 0, "\(outcome.output)")
    let line = try #require(outcome.output.split(separator: "\n").last)
    return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  func entries(_ feed: [String: Any]) -> [[String: Any]] {
    feed["entries"] as? [[String: Any]] ?? []
  }

  @Test func aFeedReaderReadsEveryField() throws {
    let project = try Project([
      "a.md": BuildTests.story(
        "Harbour reopens",
        "slug: harbour\nsummary: Ships move again.\nkeywords: [ports]\n"
          + "byline: [{name: Ana Ruiz, url: \"https://desk.example.org/ana\"}]\n"
          + "updated: 2026-03-04T11:00:00+01:00"),
      "b.md": BuildTests.story("Older story", "slug: older", date: "2026-03-01T09:00:00Z"),
    ])
    _ = try project.build()
    let feed = try read(project)
    #expect(feed["version"] as? String == "atom10")
    #expect(feed["id"] as? String == "https://desk.example.org/atom.xml")
    #expect(feed["title"] as? String == "Test Desk")
    #expect(feed["updated"] as? String == "2026-03-04T11:00:00+01:00")
    let links = try #require(feed["links"] as? [String: String])
    #expect(links["self"] == "https://desk.example.org/atom.xml")
    #expect(links["alternate"] == "https://desk.example.org/html/index.html")
    let items = entries(feed)
    #expect(items.map { $0["title"] as? String } == ["Harbour reopens", "Older story"])
    let first = try #require(items.first)
    #expect(first["id"] as? String == "urn:newsml:example.com:20260304:harbour")
    #expect(first["link"] as? String == "https://desk.example.org/html/harbour.html")
    #expect(first["published"] as? String == "2026-03-04T09:15:00+01:00")
    #expect(first["updated"] as? String == "2026-03-04T11:00:00+01:00")
    #expect(first["summary"] as? String == "Ships move again.")
    #expect(first["content"] as? String == "<p>Body of Harbour reopens.</p>")
    #expect(first["content_type"] as? String == "text/html")
    #expect(first["authors"] as? [String] == ["Ana Ruiz"])
    #expect(first["tags"] as? [String] == ["ports"])
  }

  @Test func onlyReleasedStoriesAreInTheFeedAndIdsStayPut() throws {
    let project = try Project([
      "a.md": BuildTests.story("Harbour reopens", "slug: harbour"),
      "e.md": BuildTests.story("Budget leak", "embargo: 2099-01-01T00:00:00Z"),
      "k.md": BuildTests.story("Wrong story", "status: canceled"),
      "d.md": BuildTests.story("Draft story", "status: draft"),
    ])
    _ = try project.build()
    let before = entries(try read(project))
    #expect(before.map { $0["title"] as? String } == ["Harbour reopens"])
    // A headline edit is an update of the same entry: the id does not change.
    try project.write("a.md", BuildTests.story("Harbour reopens after strike", "slug: harbour"))
    _ = try project.build()
    let after = entries(try read(project))
    #expect(after.map { $0["title"] as? String } == ["Harbour reopens after strike"])
    #expect(after.first?["id"] as? String == before.first?["id"] as? String)
  }

  @Test func theReaderFlagsABrokenFeed() throws {
    // The check must be able to fail: feedparser calls a truncated feed ill-formed.
    let project = try Project(["a.md": BuildTests.story("Harbour reopens")])
    _ = try project.build()
    let file = project.output.appendingPathComponent("atom.xml")
    let data = try Data(contentsOf: file)
    try data.prefix(data.count / 2).write(to: file)
    #expect(try ExternalValidator.readAtom([file]).status == 1)
  }
}
