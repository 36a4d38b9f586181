import Foundation
import Testing

/// The project's `Static/` folder is copied into the output's `static/`, incrementally, and
/// only copies the build recorded are ever removed.
@Suite struct StaticFilesTests {
  func project() throws -> URL {
    let folder = try ExternalValidator.temporaryFolder()
    #expect(try CommandLineTool.run(["init", "."], in: folder).status == 0)
    return folder
  }

  func build(_ folder: URL) throws -> CommandLineTool.Result {
    let result = try CommandLineTool.run(
      ["build", "--clock", "2026-03-04T12:00:00Z"], in: folder, environment: ["NO_COLOR": "1"])
    #expect(result.status == 0, "\(result.standardError)")
    return result
  }

  @Test func staticFilesAreCopiedUpdatedAndRemovedWithTheirSource() throws {
    let folder = try project()
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Static").path))
    let source = folder.appendingPathComponent("Static/pictures/ferry.png")
    try FileManager.default.createDirectory(
      at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("first".utf8).write(to: source)
    try Data("hidden".utf8).write(to: folder.appendingPathComponent("Static/.secret"))
    _ = try build(folder)
    let copy = folder.appendingPathComponent("Output/static/pictures/ferry.png")
    #expect(try Data(contentsOf: copy) == Data("first".utf8))
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("Output/static/.secret").path))
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("Output/static/.gitkeep").path))

    try Data("second version".utf8).write(to: source)
    _ = try build(folder)
    #expect(try Data(contentsOf: copy) == Data("second version".utf8))

    // A file someone put in the output by hand is not copydesk's to remove.
    let mine = folder.appendingPathComponent("Output/static/mine.txt")
    try Data("mine".utf8).write(to: mine)
    try FileManager.default.removeItem(at: source)
    _ = try build(folder)
    #expect(!FileManager.default.fileExists(atPath: copy.path))
    #expect(FileManager.default.fileExists(atPath: mine.path))
  }

  @Test func aCopyChangedByHandIsWrittenAgain() throws {
    let folder = try project()
    try Data("logo".utf8).write(to: folder.appendingPathComponent("Static/logo.svg"))
    _ = try build(folder)
    let copy = folder.appendingPathComponent("Output/static/logo.svg")
    try Data("broken".utf8).write(to: copy)
    _ = try build(folder)
    #expect(try Data(contentsOf: copy) == Data("logo".utf8))
  }

  @Test func aSymbolicLinkInTheStaticFolderIsNeverFollowed() throws {
    let folder = try project()
    let secret = try ExternalValidator.temporaryFolder().appendingPathComponent("secret.txt")
    try Data("private".utf8).write(to: secret)
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("Static/secret.txt"), withDestinationURL: secret)
    let result = try build(folder)
    #expect(
      result.standardError.contains(
        "Static/secret.txt: warning: a symbolic link in the static folder is not copied"))
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("Output/static/secret.txt").path))
  }

  @Test func checkLooksForStaticPicturesWhereTheBuildPutsThem() throws {
    let folder = try project()
    try Data("png".utf8).write(to: folder.appendingPathComponent("Static/there.png"))
    let story = """
      ---
      headline: Pictures
      date: 2026-03-04T09:15:00Z
      summary: S.
      byline: Ana Ruiz
      ---

      ![A ferry](/static/there.png)

      ![A crane](/static/missing.png)

      """
    try Data(story.utf8).write(to: folder.appendingPathComponent("Stories/pictures.md"))
    let check = try CommandLineTool.run(
      ["check", "Stories/pictures.md", "--clock", "2026-03-04T12:00:00Z"], in: folder,
      environment: ["NO_COLOR": "1"])
    #expect(check.standardOutput.contains("the picture '/static/missing.png' is not a file"))
    #expect(!check.standardOutput.contains("the picture '/static/there.png'"))
  }

  @Test func aBuildWarnsAboutAPictureThatIsNotThere() throws {
    let folder = try project()
    let story = """
      ---
      headline: Pictures
      date: 2026-03-04T09:15:00Z
      image: {url: /static/missing.png, alt: Nothing}
      ---

      Body.

      """
    try Data(story.utf8).write(to: folder.appendingPathComponent("Stories/pictures.md"))
    let result = try build(folder)
    #expect(
      result.standardError.contains(
        "Stories/pictures.md:4: warning: the picture '/static/missing.png' is not a file"))
    try Data("png".utf8).write(to: folder.appendingPathComponent("Static/missing.png"))
    try Data((story + "More.\n").utf8).write(
      to: folder.appendingPathComponent("Stories/pictures.md"))
    #expect(!(try build(folder).standardError.contains("is not a file")))
  }
}
