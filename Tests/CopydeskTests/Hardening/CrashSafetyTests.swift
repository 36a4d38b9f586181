import Foundation
import Testing

/// Kills `copydesk build` at random moments and builds again: nothing half-written is ever
/// visible in the output folder, the state database is never corrupt, and the finished tree is
/// byte-identical to one from an uninterrupted build.
@Suite(.serialized) struct CrashSafetyTests {
  static let clock = "2026-06-01T12:00:00Z"
  static let iterations = 50

  /// A project of `count` small stories.
  static func stories(count: Int) throws -> URL {
    let folder = try ExternalValidator.temporaryFolder().appendingPathComponent("Stories")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for index in 0..<count {
      let body = (0..<12).map {
        "Paragraph \($0) of story \(index), with enough words to take a moment to render."
      }
      let text =
        "---\nheadline: Story number \(index)\ndate: 2026-05-\(10 + index % 18)T08:00:00+02:00\n"
        + "keywords: [crash, safety]\n---\n\n" + body.joined(separator: "\n\n") + "\n"
      try Data(text.utf8).write(
        to: folder.appendingPathComponent(String(format: "story-%03d.md", index)))
    }
    return folder
  }

  /// Every delivered file under `folder` (copydesk's state folder left out) and its bytes.
  static func tree(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let path = enumerator?.nextObject() as? String {
      if path.hasPrefix(".copydesk") { continue }
      var isFolder: ObjCBool = false
      let url = folder.appendingPathComponent(path)
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
        !isFolder.boolValue
      {
        files[path] = FileManager.default.contents(atPath: url.path)
      }
    }
    return files
  }

  static func build(_ stories: URL, into output: URL, crashAt point: String? = nil) throws
    -> Process
  {
    let process = Process()
    if let point {
      process.environment = ProcessInfo.processInfo.environment.merging(
        ["COPYDESK_CRASH_AT": point], uniquingKeysWith: { $1 })
    }
    process.executableURL = CommandLineTool.executable
    process.arguments = ["build", stories.path, "--out", output.path, "--clock", clock, "--quiet"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  @Test func killedBuildsLeaveNoHalfWrittenFilesAndRebuildIdentically() throws {
    let stories = try Self.stories(count: 120)
    let reference = stories.deletingLastPathComponent().appendingPathComponent("reference")
    let started = Date()
    let full = try Self.build(stories, into: reference)
    full.waitUntilExit()
    #expect(full.terminationStatus == 0)
    let duration = Date().timeIntervalSince(started)
    let expected = Self.tree(reference)
    // pages, wire, NewsML, ninjs; the index; three JSON Feed pages; the Atom feed
    #expect(expected.count == 120 * 4 + 1 + 3 + 1)
    var generator = SystemRandomNumberGenerator()
    for iteration in 0..<Self.iterations {
      let output = stories.deletingLastPathComponent().appendingPathComponent("out-\(iteration)")
      let process = try Self.build(stories, into: output)
      Thread.sleep(forTimeInterval: Double.random(in: 0...duration, using: &generator))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      for (path, data) in Self.tree(output) {
        #expect(
          expected[path] == data, "iteration \(iteration): \(path) is visible but not complete")
      }
      #expect(Self.stateIsIntact(output), "iteration \(iteration): corrupt state database")
      let again = try Self.build(stories, into: output)
      again.waitUntilExit()
      #expect(again.terminationStatus == 0, "iteration \(iteration): the rebuild failed")
      #expect(Self.tree(output) == expected, "iteration \(iteration): the rebuilt tree differs")
      let leftovers =
        (try? FileManager.default.contentsOfDirectory(
          atPath: output.appendingPathComponent(".copydesk/tmp").path)) ?? []
      #expect(
        leftovers.isEmpty, "iteration \(iteration): temporary files left: \(leftovers.prefix(3))")
      try? FileManager.default.removeItem(at: output)
    }
  }

  /// True when the output's state database, if any, passes SQLite's integrity check.
  static func stateIsIntact(_ output: URL) -> Bool {
    let database = output.appendingPathComponent(".copydesk/state.sqlite")
    guard FileManager.default.fileExists(atPath: database.path) else { return true }
    let process = Process()
    let pipe = Pipe()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sqlite3", database.path, "PRAGMA integrity_check"]
    process.standardOutput = pipe
    guard (try? process.run()) != nil else { return false }
    let answer = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 && String(decoding: answer, as: UTF8.self) == "ok\n"
  }

  /// Killed after every file is placed, or inside the database commit itself: the previous
  /// state stays usable and the next build ends in the same tree as an uninterrupted one.
  @Test(arguments: ["placed", "commit"])
  func killedInsideTheCommitRebuildsIdentically(_ point: String) throws {
    let stories = try Self.stories(count: 30)
    let reference = stories.deletingLastPathComponent().appendingPathComponent("reference")
    let full = try Self.build(stories, into: reference)
    full.waitUntilExit()
    let expected = Self.tree(reference)
    let output = stories.deletingLastPathComponent().appendingPathComponent("killed")
    for round in 0..<2 {
      if round == 1 {
        try Data(
          "---\nheadline: Late arrival\ndate: 2026-05-30T08:00:00+02:00\n---\n\nText.\n".utf8
        )
        .write(to: stories.appendingPathComponent("story-zzz.md"))
      }
      let killed = try Self.build(stories, into: output, crashAt: point)
      killed.waitUntilExit()
      #expect(killed.terminationReason == .uncaughtSignal && killed.terminationStatus == SIGKILL)
      #expect(Self.stateIsIntact(output))
      let again = try Self.build(stories, into: output)
      again.waitUntilExit()
      #expect(again.terminationStatus == 0)
      if round == 0 { #expect(Self.tree(output) == expected) }
    }
    let finished = Self.tree(output)
    let rebuilt = stories.deletingLastPathComponent().appendingPathComponent("rebuilt")
    let cold = try Self.build(stories, into: rebuilt)
    cold.waitUntilExit()
    #expect(finished == Self.tree(rebuilt))
  }

  @Test func concurrentBuildIsRefusedWithAClearMessage() throws {
    let stories = try Self.stories(count: 120)
    let output = stories.deletingLastPathComponent().appendingPathComponent("shared-out")
    let first = try Self.build(stories, into: output)
    var refused = false
    for _ in 0..<200 where !refused && first.isRunning {
      if FileManager.default.fileExists(
        atPath: output.appendingPathComponent(".copydesk/lock").path)
      {
        let second = try CommandLineTool.run([
          "build", stories.path, "--out", output.path, "--clock", Self.clock,
        ])
        if second.status == 2 && second.standardError.contains("another copydesk build (process") {
          refused = true
        }
      }
      Thread.sleep(forTimeInterval: 0.005)
    }
    first.waitUntilExit()
    #expect(first.terminationStatus == 0)
    #expect(refused, "a second build was never refused while the first held the lock")
  }
}
