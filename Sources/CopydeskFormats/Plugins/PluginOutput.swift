import Foundation

/// Reads a plugin's two output streams on their own threads, keeping at most a limit of
/// standard output and 64 KiB of standard error.
final class OutputCollector: @unchecked Sendable {
  private let lock = NSLock()
  private let limit: Int
  private var outputBytes = Data()
  private var errorBytes = Data()
  private var overLimit = false
  private let finished = DispatchGroup()
  private static let errorLimit = 64 * 1024

  init(limit: Int) {
    self.limit = limit
    finished.enter()
    finished.enter()
  }

  var output: Data { lock.withLock { outputBytes } }
  var errors: Data { lock.withLock { errorBytes } }
  var exceeded: Bool { lock.withLock { overLimit } }

  /// Waits up to `seconds` for both streams to reach their end.
  func waitUntilRead(seconds: Double) {
    _ = finished.wait(timeout: .now() + seconds)
  }

  /// Reads standard output to its end; past the limit, calls `stop` and keeps nothing more.
  func collectOutput(_ descriptor: Int32, stop: () -> Void) {
    defer { finished.leave() }
    var stopped = false
    Self.read(descriptor) { chunk in
      let kept = lock.withLock { () -> Bool in
        guard !overLimit else { return false }
        guard outputBytes.count + chunk.count <= limit else {
          overLimit = true
          return false
        }
        outputBytes += chunk
        return true
      }
      if !kept && !stopped {
        stopped = true
        stop()
      }
    }
  }

  /// Reads standard error to its end, keeping its first 64 KiB.
  func collectErrors(_ descriptor: Int32) {
    defer { finished.leave() }
    Self.read(descriptor) { chunk in
      lock.withLock {
        if errorBytes.count < Self.errorLimit {
          errorBytes += chunk.prefix(Self.errorLimit - errorBytes.count)
        }
      }
    }
  }

  private static func read(_ descriptor: Int32, _ take: (Data) -> Void) {
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes {
        Foundation.read(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return }
      take(Data(buffer[..<count]))
    }
  }
}
