import Dispatch

/// Work started now and collected later: on another thread, so the caller can do something
/// else meanwhile, or at once when `inBackground` is false.
public final class WorkAhead<Value: Sendable>: Sendable {
  private let slot = ResultSlots<Value>(count: 1)
  private let running = DispatchGroup()

  /// Starts `work`: on a global queue when `inBackground`, else before returning.
  public init(inBackground: Bool = true, _ work: @escaping @Sendable () -> Value) {
    guard inBackground else {
      slot.store(work(), at: 0)
      return
    }
    DispatchQueue.global().async(group: running) { [slot] in slot.store(work(), at: 0) }
  }

  /// The work's value, once it is done.
  public func wait() -> Value {
    running.wait()
    // The work stores its value before the group is left, so the slot is never empty here.
    guard let value = slot.values.first else { preconditionFailure("work ahead left no value") }
    return value
  }
}
