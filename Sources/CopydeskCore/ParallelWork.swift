import Dispatch
import Foundation

/// Work over a range of indices on several threads, the indices handed out one at a time.
///
/// Fixed stripes (every second index to each of two threads) leave one thread doing all the
/// work when the other starts late or is busy elsewhere, as happens when two parallel loops
/// overlap on a machine with few cores; handing out indices as threads ask keeps every thread
/// that runs busy until the work is done.
public enum ParallelWork {
  /// Calls `body` once for every index in `0..<count`, on at most `jobs` threads at once.
  ///
  /// Returns when all calls are done. With one job, the calls run in order on this thread.
  public static func forEach(count: Int, jobs: Int, _ body: @Sendable (Int) -> Void) {
    let threads = max(1, min(jobs, count))
    guard threads > 1 else {
      for index in 0..<count { body(index) }
      return
    }
    let dispenser = IndexDispenser(count: count)
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
      while let index = dispenser.next() { body(index) }
    }
  }
}

/// Hands out `0..<count` one index at a time to several threads.
private final class IndexDispenser: @unchecked Sendable {
  private let count: Int
  private var taken = 0
  private let lock = NSLock()

  init(count: Int) { self.count = count }

  /// The next index nobody has taken, or nil when all are.
  func next() -> Int? {
    lock.withLock {
      guard taken < count else { return nil }
      taken += 1
      return taken - 1
    }
  }
}
