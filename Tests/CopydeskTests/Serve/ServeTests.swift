import CopydeskFormats
import Foundation
import Testing

/// `copydesk serve` over HTTP: the preview, the desk view, live rebuilds, the error overlay,
/// and nothing served from outside the preview folder.
@Suite(.serialized) struct ServeTests {
  static let story = """
    ---
    headline: Harbour reopens
    date: 2026-03-04T09:15:00+01:00
    summary: Ships move again.
    byline: Ana Ruiz
    ---

    The cranes turned at six.

    """

  func project() throws -> URL {
    let folder = try ExternalValidator.temporaryFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("Stories"), withIntermediateDirectories: true)
    try Data("site: {title: Harbour Desk}\n".utf8).write(
      to: folder.appendingPathComponent("copydesk.yml"))
    try Data(Self.story.utf8).write(to: folder.appendingPathComponent("Stories/harbour.md"))
    return folder
  }

  @Test func servesThePreviewWithLiveReloadAndTheDeskView() async throws {
    let folder = try project()
    let preview = try RunningPreview(in: folder)
    defer { preview.stop() }
    let page = try await preview.get("html/harbour-reopens.html")
    #expect(page.status == 200)
    #expect(page.body.contains("The cranes turned at six."))
    #expect(page.body.contains("new EventSource(\"/_copydesk/events\")"))
    #expect(!page.body.contains("copydesk-overlay"))
    // Never the publishing output folder.
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    let desk = try await preview.get("_desk/")
    #expect(desk.body.contains("<a href=\"/_desk/harbour-reopens\">Stories/harbour.md</a>"))
    let story = try await preview.get("_desk/harbour-reopens")
    for pane in ["page", "newsml", "wire", "ninjs", "feed", "problems"] {
      #expect(story.body.contains("<section id=\"\(pane)\">"), "\(pane)")
    }
    #expect(story.body.contains("␂"), "wire control characters are shown")
    #expect(story.body.contains("----+----1----+----2"))
  }

  @Test func aSavedEditRebuildsAndABrokenStoryShowsItsErrorInAnOverlay() async throws {
    let folder = try project()
    let preview = try RunningPreview(in: folder)
    defer { preview.stop() }
    let file = folder.appendingPathComponent("Stories/harbour.md")
    try Data(Self.story.replacingOccurrences(of: "at six", with: "at dawn").utf8).write(to: file)
    #expect(try await preview.waitFor("html/harbour-reopens.html") { $0.contains("at dawn") })
    try Data(
      Self.story.replacingOccurrences(
        of: "date: 2026-03-04T09:15:00+01:00", with: "date: yesterday"
      ).utf8
    )
    .write(to: file)
    #expect(
      try await preview.waitFor("html/harbour-reopens.html") { $0.contains("copydesk-overlay") })
    let broken = try await preview.get("html/harbour-reopens.html").body
    #expect(
      broken.contains("Stories/harbour.md:3:7: error: &#39;date&#39; must be an RFC 3339 date-time")
    )
    #expect(broken.contains("  3 | date: yesterday\n    |       ^"))
    try Data(Self.story.utf8).write(to: file)
    #expect(
      try await preview.waitFor("html/harbour-reopens.html") { !$0.contains("copydesk-overlay") })
  }

  @Test func nothingOutsideThePreviewIsServedAndFoldersAreNotListed() async throws {
    let folder = try project()
    let preview = try RunningPreview(in: folder)
    defer { preview.stop() }
    for path in [
      "../copydesk.yml", "%2e%2e/copydesk.yml", ".copydesk/state.sqlite", "newsml/",
      "html/../../Stories/harbour.md",
      "_desk/no-such-story",
    ] {
      #expect(try await preview.get(path).status == 404, "\(path)")
    }
    #expect(
      try await preview.get("").body.contains("Harbour Desk"), "the root shows the index page")
  }

  @Test func theDeskViewAndTheOverlayPassTheNuHTMLChecker() async throws {
    let folder = try project()
    let preview = try RunningPreview(in: folder)
    defer { preview.stop() }
    let saved = try ExternalValidator.temporaryFolder()
    for (name, path) in [("desk", "_desk/"), ("story", "_desk/harbour-reopens")] {
      try Data(try await preview.get(path).body.utf8).write(
        to: saved.appendingPathComponent("\(name).html"))
    }
    try Data(
      Self.story.replacingOccurrences(
        of: "date: 2026-03-04T09:15:00+01:00", with: "date: yesterday"
      ).utf8
    )
    .write(to: folder.appendingPathComponent("Stories/harbour.md"))
    #expect(
      try await preview.waitFor("html/harbour-reopens.html") { $0.contains("copydesk-overlay") })
    try Data(try await preview.get("html/harbour-reopens.html").body.utf8).write(
      to: saved.appendingPathComponent("overlay.html"))
    for name in ["desk", "story", "overlay"] {
      let problems = try FormatValidators.problems(
        in: saved.appendingPathComponent("\(name).html"), format: HTMLFormat())
      #expect(problems.isEmpty, "\(name): \(problems)")
    }
  }
}
