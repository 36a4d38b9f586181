import Foundation

/// Result slots filled from several threads, each index once.
public final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  private var slots: [Value?]
  private var filled = 0
  private let lock = NSLock()

  /// Empty slots for `count` values.
  public init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  /// Stores `value` at `index` and returns how many slots are filled now.
  @discardableResult
  public func store(_ value: Value, at index: Int) -> Int {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = value
    filled += 1
    return filled
  }

  /// Every stored value, in index order.
  public var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}
