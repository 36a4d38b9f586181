import CopydeskCore
import Foundation
import GRDB
import Testing

@testable import CopydeskBuild

/// The build state's journal: a new state is filled by its first build in rollback-journal
/// mode and left in WAL mode, which every later build and reader uses.
@Suite struct BuildStateTests {
  /// The state's journal mode as SQLite reports it.
  static func journalMode(_ project: BuildTests.Project) throws -> String {
    let state = project.output.appendingPathComponent(".copydesk/state.sqlite").path
    let answer = try CommandLineTool.shell(
      "sqlite3 '\(state)' 'PRAGMA journal_mode'", in: project.root)
    #expect(answer.status == 0, "\(answer.standardError)")
    return answer.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// After the first build the state is in WAL mode with no rollback journal beside it, and
  /// the next build, which opens it in WAL mode, finds every story as recorded.
  @Test func aNewStateEndsItsFirstBuildInWALMode() throws {
    let project = try BuildTests.Project([
      "a.md": BuildTests.story("Alpha story", "slug: alpha"),
      "b.md": BuildTests.story("Beta story", "slug: beta"),
    ])
    let first = try project.build()
    #expect(first.diagnostics.filter { $0.severity == .error }.isEmpty)
    #expect(try Self.journalMode(project) == "wal")
    let folder = project.output.appendingPathComponent(".copydesk").path
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(!files.contains("state.sqlite-journal"), "\(files)")

    let before = try project.tree()
    let again = try project.build()
    #expect(again.written.isEmpty, "\(again.written)")
    #expect(try project.tree() == before)
    #expect(try Self.journalMode(project) == "wal")
  }

  /// A story's warnings are stored as the same text on every run: `JSONEncoder` alone writes
  /// an object's keys in an order that changes from one process to the next.
  @Test func storedWarningsHaveTheirKeysSorted() throws {
    var warning = Diagnostic(
      .warning, file: "a.md", line: 3, column: 1, key: "byline", message: "No byline.")
    warning.sourceLine = "byline:"
    let text = try #require(StoredStory.encode([warning]))
    #expect(
      text == #"[{"column":1,"file":"a.md","key":"byline","line":3,"message":"No byline.","#
        + #""severity":"warning","sourceLine":"byline:"}]"#)
    #expect(StoredStory.encode([]) == nil)
  }

  /// The state refuses an output, record or sequence row naming a story it does not hold:
  /// recording a story it has just inserted relies on that to skip looking for rows the story
  /// owned before.
  @Test func theStateEnforcesItsForeignKeys() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("copydesk-state-\(UUID().uuidString)/Output")
    defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
    let output = OutputFolder(root: root)
    try output.createStateFolder()
    let queue = try BuildState.open(output, dryRun: false)
    try queue.write { db in
      #expect(throws: DatabaseError.self) {
        try db.execute(
          sql: "INSERT INTO output (format, path, owner, hash, size, mtime) "
            + "VALUES ('html', 'html/a.html', 41, '2:0', 1, 1)")
      }
      #expect(throws: DatabaseError.self) {
        try db.execute(
          sql: "INSERT INTO record (collection, owner, sort_key, hash, data) "
            + "VALUES ('feed', 41, 'k', '2:0', x'00')")
      }
      #expect(throws: DatabaseError.self) {
        try db.execute(sql: "INSERT INTO sequence (owner, service, number) VALUES (41, 'wire', 1)")
      }
    }
  }
}
