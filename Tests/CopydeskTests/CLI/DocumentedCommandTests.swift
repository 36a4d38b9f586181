import Foundation
import Testing

/// Every command line the README and `--help` show runs as written, in the folder it assumes,
/// without a usage error: documentation that teaches a flag the tool rejects is a bug.
@Suite(.serialized) struct DocumentedCommandTests {
  /// The subcommands whose help is searched for examples ("" is the top level).
  static let commands = [
    "", "build", "check", "render", "validate", "formats", "init", "new", "correct", "update",
    "kill", "withhold", "history", "serve",
  ]

  /// The example lines of every `--help`.
  static func helpExamples() throws -> [String] {
    try commands.flatMap { command in
      let help = try CommandLineTool.run((command.isEmpty ? [] : [command]) + ["--help"])
      var examples: [String] = []
      var inExamples = false
      for line in help.standardOutput.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("Examples") {
          inExamples = true
        } else if line.isEmpty {
          inExamples = false
        } else if inExamples {
          examples.append(line.trimmingCharacters(in: .whitespaces))
        }
      }
      return examples
    }
  }

  /// The copydesk command lines of the README's `sh` blocks, continuation lines joined and
  /// `swift run copydesk` shortened to `copydesk` (the test puts the binary on `PATH`).
  static func readmeCommands() throws -> [String] {
    let readme = try String(
      contentsOf: Paths.repository.appendingPathComponent("README.md"), encoding: .utf8)
    var commands: [String] = []
    var inShell = false
    var pending = ""
    for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        inShell = line == "```sh"
        continue
      }
      guard inShell else { continue }
      pending += line
      if pending.hasSuffix("\\") {
        pending.removeLast()
        continue
      }
      let command = pending.replacingOccurrences(of: "swift run copydesk", with: "copydesk")
      pending = ""
      let words = command.split(separator: " ")
      if let program = words.first(where: { !$0.contains("=") }), program == "copydesk" {
        commands.append(command)
      }
    }
    return commands
  }

  /// A folder with `copydesk` on a `PATH` of its own, and the files examples name.
  func workplace(repository: Bool) throws -> (folder: URL, environment: [String: String]) {
    let root = try ExternalValidator.temporaryFolder()
    let bin = root.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: bin.appendingPathComponent("copydesk"), withDestinationURL: CommandLineTool.executable)
    let folder = root.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    if repository {
      // The README's commands run from the repository root.
      for name in ["copydesk.yml", "Examples", "Templates"] {
        try FileManager.default.copyItem(
          at: Paths.repository.appendingPathComponent(name),
          to: folder.appendingPathComponent(name))
      }
      if FileManager.default.fileExists(atPath: Paths.shared.path) {
        try FileManager.default.createSymbolicLink(
          at: root.appendingPathComponent("shared"), withDestinationURL: Paths.shared)
      }
    } else {
      // The help's examples run in a project made by `copydesk init`.
      #expect(try CommandLineTool.run(["init", "--templates"], in: folder).status == 0)
    }
    // The stand-ins the examples name: a story, raw wire copy, NewsML-G2 items.
    try FileManager.default.copyItem(
      at: Paths.examples.appendingPathComponent("harbour-strike.md"),
      to: folder.appendingPathComponent("story.md"))
    try FileManager.default.copyItem(
      at: Paths.examples.appendingPathComponent("ferry-collision.txt"),
      to: folder.appendingPathComponent("wire.txt"))
    for item in ["item.xml", "a.xml", "welcome.xml"] {
      let run = try CommandLineTool.run(
        ["render", "story.md", "--to", "newsml", "-o", item], in: folder)
      #expect(run.status == 0)
    }
    let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    return (folder, ["PATH": path, "NO_COLOR": "1"])
  }

  /// Runs each command line and records the ones that end in a usage error.
  func usageErrors(_ commands: [String], in place: (folder: URL, environment: [String: String]))
    throws -> [String]
  {
    var failures: [String] = []
    for command in commands {
      if command.contains("../shared"), !FileManager.default.fileExists(atPath: Paths.shared.path) {
        // The README says these need the workplace's ../shared folder.
        continue
      }
      // A pipe's last program decides the status: keep the copydesk part alone. The preview
      // server runs until stopped: a few seconds show whether it accepted its arguments.
      var copydeskPart = command.components(separatedBy: " | ").first ?? command
      if copydeskPart.hasPrefix("copydesk serve") { copydeskPart = "timeout 4 " + copydeskPart }
      let run = try CommandLineTool.shell(
        copydeskPart, in: place.folder, environment: place.environment)
      if run.status == 64 || run.status == 127 || run.standardError.contains("Usage: ") {
        failures.append("\(command) → \(run.status): \(run.standardError.prefix(300))")
      }
    }
    return failures
  }

  @Test func everyHelpExampleRunsWithoutAUsageError() throws {
    let examples = try Self.helpExamples()
    #expect(examples.count >= 30)
    let failures = try usageErrors(examples, in: workplace(repository: false))
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }

  @Test func everyREADMECommandRunsWithoutAUsageError() throws {
    let commands = try Self.readmeCommands()
    #expect(commands.count >= 20)
    #expect(commands.contains { $0.hasPrefix("copydesk check") })
    let place = try workplace(repository: true)
    // The detector itself: a flag the tool does not have is caught.
    #expect(
      try usageErrors(["copydesk render story.md --to ast --no-such-flag"], in: place).count == 1)
    let failures = try usageErrors(commands, in: place)
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }
}

/// `--help` reads well at 80 columns: argument-parser wraps prose, so no paragraph may be
/// wrapped by hand as well (that leaves orphan words), and no example line may be so long
/// that it is wrapped.
@Suite struct HelpTextTests {
  @Test(arguments: DocumentedCommandTests.commands)
  func helpHasNoHandWrappedParagraphsOrWrappedExamples(command: String) throws {
    let help = try CommandLineTool.run((command.isEmpty ? [] : [command]) + ["--help"])
    let lines = help.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    for (index, line) in lines.enumerated() where !line.hasPrefix("USAGE:") {
      #expect(line.count <= 80, "too long: \(line)")
      let next = index + 1 < lines.count ? lines[index + 1] : ""
      let startsProse = { (text: String) in !text.isEmpty && !text.hasPrefix(" ") }
      if startsProse(line), startsProse(next), !next.hasPrefix("USAGE:") {
        #expect(line.count >= 50, "a paragraph line ends early (wrapped by hand?): \(line)")
      }
      if line.hasPrefix("  copydesk") || line.hasPrefix("  COPYDESK") {
        #expect(!startsProse(next), "an example line was wrapped: \(line) / \(next)")
      }
    }
  }
}
