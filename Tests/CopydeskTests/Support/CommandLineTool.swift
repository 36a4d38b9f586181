import Foundation

/// Runs the built `copydesk` binary and captures what it prints.
struct CommandLineTool {
  /// What one run produced.
  struct Result {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  /// The `copydesk` executable built beside the test bundle.
  static let executable: URL = {
    let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("copydesk")
    if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
    return Paths.repository.appendingPathComponent(".build/debug/copydesk")
  }()

  /// Runs `copydesk` with `arguments` in `directory` (default: the repository), with
  /// `environment` over the test's own.
  static func run(
    _ arguments: [String], in directory: URL = Paths.repository,
    environment overrides: [String: String] = [:]
  ) throws -> Result {
    try launch(executable, arguments, in: directory, environment: overrides)
  }

  /// Runs a shell command line with `$COPYDESK` set to the built binary, for redirections
  /// a test cannot make with `run` alone (`> /dev/full`, `>&-`, a pipe into standard input).
  static func shell(
    _ command: String, in directory: URL, environment overrides: [String: String] = [:]
  ) throws -> Result {
    try launch(
      URL(fileURLWithPath: "/bin/sh"), ["-c", command], in: directory,
      environment: ["COPYDESK": executable.path, "SWIFT_BACKTRACE": "enable=no"].merging(
        overrides
      ) { $1 })
  }

  private static func launch(
    _ program: URL, _ arguments: [String], in directory: URL,
    environment overrides: [String: String]
  ) throws -> Result {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["COPYDESK_NEWSML_SCHEMA"] = nil
    environment.merge(overrides) { $1 }
    process.environment = environment
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }
}
