import CopydeskCore
public import Foundation

/// Runs one plugin or filter command: no shell in between, the input on its standard input,
/// its standard output and standard error collected up to a limit, stopped after a timeout.
///
/// The command runs in a process group of its own, so that a timeout stops everything it
/// started: a child it left behind cannot hold the build up by keeping its pipes open.
public struct PluginProcess {
  /// How a run ended.
  enum Ending: Equatable {
    /// The command exited with this status.
    case exited(Int32)
    /// The command was killed by this signal.
    case signalled(Int32)
    /// The command ran past the timeout and was stopped.
    case timedOut
    /// The command wrote more than the limit and was stopped.
    case tooMuchOutput
    /// The command could not be started.
    case notStarted(String)
  }

  /// What a run produced.
  struct Result {
    /// How it ended.
    var ending: Ending
    /// Its standard output, at most the limit.
    var output: Data
    /// Its standard error, at most 64 KiB.
    var errors: Data
  }

  /// The command and its arguments.
  var command: [String]
  /// The most seconds a run may take.
  var timeout: Double
  /// The most bytes of standard output accepted.
  var outputLimit: Int

  /// Runs the command with `input` on its standard input.
  func run(input: Data) -> Result {
    guard let program = command.first else {
      return Result(ending: .notStarted("the command is empty"), output: Data(), errors: Data())
    }
    let executable = Self.resolve(program).path
    guard FileManager.default.isExecutableFile(atPath: executable) else {
      return Result(
        ending: .notStarted("cannot start \(program): no executable file there"), output: Data(),
        errors: Data())
    }
    var child: SpawnedChild
    do {
      child = try SpawnedChild(executable: executable, arguments: Array(command.dropFirst()))
    } catch {
      return Result(ending: .notStarted(error.description), output: Data(), errors: Data())
    }
    let collector = OutputCollector(limit: outputLimit)
    let group = child.processGroup
    let (stdin, stdout, stderr) = (child.input, child.output, child.errors)
    Thread.detachNewThread {
      collector.collectOutput(stdout) { kill(-group, SIGKILL) }
      close(stdout)
    }
    Thread.detachNewThread {
      collector.collectErrors(stderr)
      close(stderr)
    }
    Thread.detachNewThread {
      // A command that exits without reading its input makes this write fail, which is fine;
      // the SIGPIPE that comes with it is blocked on this thread and dies with it.
      var pipeSignal = sigset_t()
      sigemptyset(&pipeSignal)
      sigaddset(&pipeSignal, SIGPIPE)
      pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
      _ = FileDescriptor.writeAll(input, to: stdin)
      close(stdin)
    }
    var timedOut = false
    if !child.waitForExit(seconds: timeout) {
      timedOut = true
      kill(-group, SIGTERM)
      if !child.waitForExit(seconds: 1) { kill(-group, SIGKILL) }
      child.waitForExit()
    }
    // Whatever the command started is stopped with it, so its pipes close and readers end.
    kill(-group, SIGKILL)
    collector.waitUntilRead(seconds: 2)
    let ending: Ending
    if timedOut {
      ending = .timedOut
    } else if collector.exceeded {
      ending = .tooMuchOutput
    } else {
      ending = child.ending
    }
    return Result(ending: ending, output: collector.output, errors: collector.errors)
  }

  /// What went wrong with a run, as a phrase without its subject ("exited with status 3; it
  /// said: …"); nil when the command exited 0.
  func failure(of result: Result, reports: [Diagnostic]) -> String? {
    switch result.ending {
    case .exited(0): nil
    case .exited(let status): "exited with status \(status)" + PluginReports.lastWords(reports)
    case .signalled(let signal): "crashed (signal \(signal))"
    case .timedOut:
      "took more than \(timeout == timeout.rounded() ? "\(Int(timeout))" : "\(timeout)") s and "
        + "was stopped"
    case .tooMuchOutput: "wrote more than \(outputLimit) bytes and was stopped"
    case .notStarted(let reason): "could not be started: \(reason)"
    }
  }

  /// A command name without a slash is looked up on `PATH`, as a shell would.
  public static func resolve(_ executable: String) -> URL {
    guard !executable.contains("/") else { return URL(fileURLWithPath: executable) }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(executable)"
      if FileManager.default.isExecutableFile(atPath: candidate) {
        return URL(fileURLWithPath: candidate)
      }
    }
    return URL(fileURLWithPath: executable)
  }
}
