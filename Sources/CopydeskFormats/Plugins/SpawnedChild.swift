import Foundation

/// A program started with `posix_spawn` in a process group of its own, with pipes for its three
/// standard streams; signals copydesk ignores (SIGPIPE) are reset to their defaults for it.
struct SpawnedChild {
  /// Why a program could not be started.
  struct Failure: Error, CustomStringConvertible {
    /// The message.
    let description: String
  }

  /// The child's process id, which is also its process group's id.
  let processGroup: pid_t
  /// The write end of the child's standard input.
  let input: Int32
  /// The read end of the child's standard output.
  let output: Int32
  /// The read end of the child's standard error.
  let errors: Int32
  private let exit = ExitWatcher()
  private static let spawning = NSLock()

  /// Starts `executable` with `arguments` and copydesk's environment.
  init(executable: String, arguments: [String]) throws(Failure) {
    // Pipes are made and the child spawned under one lock, so that no other plugin started
    // at the same moment inherits these pipes (which would keep them open).
    Self.spawning.lock()
    defer { Self.spawning.unlock() }
    var stdinPipe: [Int32] = [0, 0]
    var stdoutPipe: [Int32] = [0, 0]
    var stderrPipe: [Int32] = [0, 0]
    guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0, pipe(&stderrPipe) == 0 else {
      throw Failure(description: "cannot make pipes: \(String(cString: strerror(errno)))")
    }
    for descriptor in stdinPipe + stdoutPipe + stderrPipe {
      _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
    posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    var status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
    // A program that is being replaced is open for writing somewhere for a moment ("Text file
    // busy"): try again for up to 0.6 s before giving up.
    var pause: useconds_t = 10_000
    while status == ETXTBSY && pause <= 320_000 {
      usleep(pause)
      pause *= 2
      status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
    }
    for descriptor in [stdinPipe[0], stdoutPipe[1], stderrPipe[1]] { close(descriptor) }
    guard status == 0 else {
      for descriptor in [stdinPipe[1], stdoutPipe[0], stderrPipe[0]] { close(descriptor) }
      throw Failure(
        description: "cannot start \(executable): \(String(cString: strerror(status)))")
    }
    processGroup = pid
    input = stdinPipe[1]
    output = stdoutPipe[0]
    errors = stderrPipe[0]
    exit.watch(pid)
  }

  /// Waits up to `seconds` for the child to end; true when it has.
  @discardableResult
  func waitForExit(seconds: Double = .infinity) -> Bool {
    exit.wait(seconds: seconds)
  }

  /// How the child ended, once it has.
  var ending: PluginProcess.Ending { exit.ending }
}

/// Reaps one child on a thread of its own and tells how it ended.
private final class ExitWatcher: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var status: Int32 = 0
  private var ended = false

  func watch(_ pid: pid_t) {
    Thread.detachNewThread { [self] in
      var value: Int32 = 0
      while waitpid(pid, &value, 0) < 0 && errno == EINTR {}
      lock.withLock {
        status = value
        ended = true
      }
      done.signal()
    }
  }

  func wait(seconds: Double) -> Bool {
    if lock.withLock({ ended }) { return true }
    let result =
      seconds.isFinite
      ? done.wait(timeout: .now() + seconds)
      : {
        done.wait()
        return .success
      }()
    if result == .success { done.signal() }
    return result == .success
  }

  var ending: PluginProcess.Ending {
    lock.withLock {
      // The wait status: low 7 bits the signal that ended the child, else the exit status.
      let signal = status & 0x7F
      return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }
  }
}
