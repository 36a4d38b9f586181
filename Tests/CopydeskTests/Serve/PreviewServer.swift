import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A `copydesk serve` running in a project folder on a free port, for tests.
final class RunningPreview: @unchecked Sendable {
  let process = Process()
  let address: String

  /// What the server printed so far, written from the pipe's reading thread.
  final class Log: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    func append(_ more: String) {
      lock.lock()
      text += more
      lock.unlock()
    }
    var current: String {
      lock.lock()
      defer { lock.unlock() }
      return text
    }
  }

  /// Starts `copydesk serve --port 0` in `folder` and waits until it listens.
  init(in folder: URL, arguments: [String] = []) throws {
    process.executableURL = CommandLineTool.executable
    process.arguments = ["serve", "--port", "0"] + arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["COPYDESK_NEWSML_SCHEMA"] = nil
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    let log = Log()
    errors.fileHandleForReading.readabilityHandler = { handle in
      log.append(String(decoding: handle.availableData, as: UTF8.self))
    }
    try process.run()
    let deadline = Date().addingTimeInterval(60)
    var found: String?
    while found == nil, Date() < deadline, process.isRunning {
      Thread.sleep(forTimeInterval: 0.1)
      found = log.current.firstMatch(of: #/serving (http://[0-9.:]+/)/#).map { String($0.1) }
    }
    guard let found else {
      process.terminate()
      throw PreviewFailure.notListening(log.current)
    }
    address = found
  }

  /// Why the preview could not be used.
  enum PreviewFailure: Error {
    case notListening(String)
  }

  /// The status and body of a GET of `path`.
  func get(_ path: String) async throws -> (status: Int, body: String) {
    guard let url = URL(string: address + path) else { throw PreviewFailure.notListening(path) }
    var request = URLRequest(url: url)
    request.timeoutInterval = 10
    let (data, response) = try await URLSession.shared.data(for: request)
    return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
  }

  /// Waits up to `seconds` for `path`'s body to satisfy `condition`.
  func waitFor(_ path: String, seconds: Double = 20, _ condition: (String) -> Bool) async throws
    -> Bool
  {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if condition(try await get(path).body) { return true }
      try await Task.sleep(for: .milliseconds(200))
    }
    return false
  }

  /// Stops the server.
  func stop() {
    process.terminate()
    process.waitUntilExit()
  }
}
