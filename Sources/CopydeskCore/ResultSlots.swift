import Foundation

/// Result slots filled from several threads, each index once.
public final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  /// Empty slots for `count` values.
  public init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  /// Stores `value` at `index`.
  public func store(_ value: Value, at index: Int) {
    lock.withLock { slots[index] = value }
  }

  /// Every stored value, in index order.
  public var values: [Value] {
    lock.withLock { slots.compactMap { $0 } }
  }
}
