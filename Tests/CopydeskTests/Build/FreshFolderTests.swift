import CopydeskCore
import Foundation
import Testing

@testable import CopydeskBuild

/// A top-level output folder that does not exist yet is staged whole and goes into place with
/// one rename; one that exists, or appears meanwhile, gets its files one by one, and nothing
/// that stands in the output is ever replaced by a folder.
@Suite struct FreshFolderTests {
  static func outputFolder() throws -> OutputFolder {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("copydesk-fresh-\(UUID().uuidString)/Output")
    let output = OutputFolder(root: root)
    try output.createStateFolder()
    try output.prepare()
    return output
  }

  func text(_ output: OutputFolder, _ path: String) -> String? {
    FileManager.default.contents(atPath: output.rootPath + "/" + path).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  @Test func aMissingFolderIsStagedWholeAndAppearsWithOneRename() throws {
    let output = try Self.outputFolder()
    let staged = try output.stage(Data("a".utf8), for: "html/a.html")
    #expect(output.fresh.holds(staged.staged))
    #expect(staged.staged.hasSuffix("/fresh/html/a.html"))
    _ = try output.stage(Data("b".utf8), for: "html/deep/b.html")
    // Nothing is visible until the folder goes into place.
    #expect(FileStatus.of(output.rootPath + "/html") == nil)
    try output.placeFresh()
    // The build records the status taken at staging: the rename must keep it.
    #expect(FileStatus.of(output.rootPath + "/html/a.html") == staged.status)
    #expect(staged.status.size == 1)
    #expect(text(output, "html/a.html") == "a")
    #expect(text(output, "html/deep/b.html") == "b")
    #expect(FileStatus.of(output.fresh.stagingPath) == nil, "the staging folder is left behind")
  }

  @Test func anExistingFolderIsStagedFileByFile() throws {
    let output = try Self.outputFolder()
    try OutputFolder.makeRealFolder(output.rootPath + "/wire")
    let staged = try output.stage(Data("w".utf8), for: "wire/a.txt")
    #expect(!output.fresh.holds(staged.staged))
    #expect(try output.place(staged.staged, at: "wire/a.txt") == staged.status)
    #expect(text(output, "wire/a.txt") == "w")
  }

  @Test func aFolderThatAppearsMeanwhileKeepsItsFilesAndGetsTheNewOnes() throws {
    let output = try Self.outputFolder()
    let staged = try output.stage(Data("new".utf8), for: "newsml/a.xml")
    _ = try output.stage(Data("deep".utf8), for: "newsml/2026/b.xml")
    try OutputFolder.makeRealFolder(output.rootPath + "/newsml")
    try Data("someone else's".utf8).write(
      to: URL(fileURLWithPath: output.rootPath + "/newsml/other.xml"))
    try output.placeFresh()
    #expect(text(output, "newsml/a.xml") == "new")
    #expect(FileStatus.of(output.rootPath + "/newsml/a.xml") == staged.status)
    #expect(text(output, "newsml/2026/b.xml") == "deep")
    #expect(FileStatus.of(output.fresh.stagingPath) == nil, "the staging folder is left behind")
    #expect(text(output, "newsml/other.xml") == "someone else's")
  }

  @Test func writesAfterTheFoldersAreInPlaceGoFileByFile() throws {
    let output = try Self.outputFolder()
    _ = try output.stage(Data("a".utf8), for: "html/a.html")
    try output.placeFresh()
    let staged = try output.stage(Data("index".utf8), for: "atom/index.xml")
    #expect(!output.fresh.holds(staged.staged))
  }

  @Test func whatAKilledBuildStagedIsClearedWithoutFollowingLinks() throws {
    let output = try Self.outputFolder()
    let outside = FileManager.default.temporaryDirectory
      .appendingPathComponent("copydesk-fresh-outside-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    try Data("keep".utf8).write(to: outside.appendingPathComponent("keep.txt"))
    _ = try output.stage(Data("a".utf8), for: "html/a.html")
    try FileManager.default.createSymbolicLink(
      atPath: output.fresh.stagingPath + "/html/link", withDestinationPath: outside.path)
    try output.prepare()
    #expect(FileStatus.of(output.fresh.stagingPath) == nil)
    #expect(FileManager.default.fileExists(atPath: outside.appendingPathComponent("keep.txt").path))
  }

  @Test func aPathLeavingTheOutputIsRefusedBeforeStaging() throws {
    let output = try Self.outputFolder()
    #expect(throws: Diagnostic.self) { try output.stage(Data(), for: "html/../../escape.txt") }
  }
}
