import Foundation

/// A one-line progress display on a terminal: count, rate and time left.
enum Progress {
  private static let start = Date()
  private nonisolated(unsafe) static var shown = false
  private static let lock = NSLock()

  /// Redraws the progress line; called from build threads.
  @Sendable static func report(done: Int, total: Int) {
    lock.lock()
    defer { lock.unlock() }
    guard done == total || done % 25 == 0 else { return }
    let elapsed = max(Date().timeIntervalSince(start), 0.001)
    let rate = Double(done) / elapsed
    let remaining = rate > 0 ? Double(total - done) / rate : 0
    let line = String(format: "\r%d/%d stories  %.0f/s  ETA %.0fs ", done, total, rate, remaining)
    FileHandle.standardError.write(Data(line.utf8))
    shown = true
  }

  /// Ends the progress line so later output starts on a fresh line.
  static func finish() {
    lock.lock()
    defer { lock.unlock() }
    if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    shown = false
  }
}
