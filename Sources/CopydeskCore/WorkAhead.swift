import Dispatch
import Foundation

/// Work started now and collected later: on another thread, so the caller can do something
/// else meanwhile, or at once when `inBackground` is false.
///
/// The work gets a thread of its own rather than one of Dispatch's global queues. That pool has
/// one thread per core, and a command run from `async` code already holds one of them for the
/// whole build: on two cores, work ahead taking the other left a parallel loop inside it no
/// thread to spread to, and the first second of every build ran on one core.
public final class WorkAhead<Value: Sendable>: Sendable {
  private let slot = ResultSlots<Value>(count: 1)
  private let running = DispatchGroup()

  /// Starts `work`: on a new thread when `inBackground`, else before returning.
  public init(inBackground: Bool = true, _ work: @escaping @Sendable () -> Value) {
    guard inBackground else {
      slot.store(work(), at: 0)
      return
    }
    running.enter()
    Thread { [slot, running] in
      slot.store(work(), at: 0)
      running.leave()
    }.start()
  }

  /// The work's value, once it is done.
  public func wait() -> Value {
    running.wait()
    // The work stores its value before the group is left, so the slot is never empty here.
    guard let value = slot.values.first else { preconditionFailure("work ahead left no value") }
    return value
  }
}
