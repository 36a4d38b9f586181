import CopydeskCore
import Foundation
import Testing

/// Work ahead hands back its value, computed on another thread or at once.
@Suite struct WorkAheadTests {
  /// Whether the work ran on the thread that started it.
  private static func ranOnStartingThread(inBackground: Bool) -> Bool {
    let starter = ObjectIdentifier(Thread.current)
    return WorkAhead(inBackground: inBackground) {
      ObjectIdentifier(Thread.current) == starter
    }.wait()
  }

  @Test func backgroundWorkRunsOnAnotherThread() {
    #expect(!Self.ranOnStartingThread(inBackground: true))
  }

  @Test func foregroundWorkRunsBeforeReturning() {
    #expect(Self.ranOnStartingThread(inBackground: false))
  }

  /// The caller goes on while the work runs: the work waits for a signal the caller sends
  /// only after starting it.
  @Test func callerGoesOnWhileWorkRuns() {
    let go = DispatchSemaphore(value: 0)
    let ahead = WorkAhead { () -> Int in
      go.wait()
      return (1...100).reduce(0, +)
    }
    go.signal()
    #expect(ahead.wait() == 5_050)
  }
}
