/// Whole-text byte tests written so that the compiler turns them into vector compares.
///
/// A loop that stops at a byte's test cannot be vectorized, nor can one whose test branches;
/// these test a block of bytes without stopping and look at the result once per block, and
/// take the test as a branch-free function giving a nonzero value for a match (built from
/// ``flag(_:)`` with `|`, `&` and `~`). For tests over ASCII bytes (a UTF-8 lead or
/// continuation byte is tested like any other) where most texts hold no match, so every byte
/// is read anyway.
public enum ByteScan {
  /// 1 when `condition` holds, else 0: a branch-free piece of a test.
  @inlinable @inline(__always)
  public static func flag(_ condition: Bool) -> UInt8 { condition ? 1 : 0 }

  /// True when `test` gives a nonzero value for some byte of `bytes`.
  ///
  /// The test must be a pure function of the byte, without branches; it may run on bytes
  /// after the first match.
  @inlinable @inline(__always)
  public static func any(_ bytes: UnsafeBufferPointer<UInt8>, where test: (UInt8) -> UInt8)
    -> Bool
  {
    firstIndex(in: bytes, from: 0, where: test) != nil
  }

  /// The index of the first byte at or after `start` for which `test` gives a nonzero value,
  /// or nil; the test is as for ``any(_:where:)``.
  @inlinable @inline(__always)
  public static func firstIndex(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, where test: (UInt8) -> UInt8
  ) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var blockStart = max(0, start)
    while blockStart < bytes.count {
      let end = min(blockStart &+ block, bytes.count)
      if matches(base, blockStart..<end, test) {
        var index = blockStart
        while test(base[index]) == 0 { index &+= 1 }
        return index
      }
      blockStart = end
    }
    return nil
  }

  /// True when `test` gives a nonzero value for some UTF-8 byte of `text`; see
  /// ``any(_:where:)``.
  @inlinable @inline(__always)
  public static func any(in text: String, where test: (UInt8) -> UInt8) -> Bool {
    var text = text
    return text.withUTF8 { any($0, where: test) }
  }

  /// False when `bytes` surely holds no run of more than `length` bytes in a row for which
  /// `test` gives zero; true when it may (judged from whole 64-byte blocks without a match,
  /// so a true needs a closer look).
  ///
  /// A run of `length + 1` bytes covers at least `(length + 1) / 64 - 1` whole blocks
  /// counted from the start; with fewer blocks in a row without a match, there is none.
  @inlinable @inline(__always)
  public static func mayHoldRun(
    longerThan length: Int, in bytes: UnsafeBufferPointer<UInt8>, without test: (UInt8) -> UInt8
  ) -> Bool {
    guard let base = bytes.baseAddress, bytes.count > length else { return false }
    let needed = (length + 1) / 64 - 1
    guard needed > 0 else { return true }
    var cleanInARow = 0
    var start = 0
    while start < bytes.count {
      let end = min(start &+ block, bytes.count)
      cleanInARow = matches(base, start..<end, test) ? 0 : cleanInARow + 1
      if cleanInARow >= needed { return true }
      start = end
    }
    return false
  }

  /// Bytes tested between two looks at the result.
  @inlinable static var block: Int { 64 }

  /// True when `test` gives a nonzero value for some byte in `range` of `base`: every byte is
  /// tested, without stopping, so the loop runs on vector compares.
  @inlinable @inline(__always)
  static func matches(
    _ base: UnsafePointer<UInt8>, _ range: Range<Int>, _ test: (UInt8) -> UInt8
  ) -> Bool {
    var found: UInt8 = 0
    var index = range.lowerBound
    while index < range.upperBound {
      found |= test(base[index])
      index &+= 1
    }
    return found != 0
  }

  /// How many bytes of `bytes` are `byte`.
  @inlinable @inline(__always)
  public static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    count(bytes) { flag($0 == byte) }
  }

  /// How many bytes of `bytes` pass `test`, which gives 1 for a byte that passes and 0 for
  /// one that does not, without branches.
  @inlinable @inline(__always)
  public static func count(_ bytes: UnsafeBufferPointer<UInt8>, where test: (UInt8) -> UInt8)
    -> Int
  {
    guard let base = bytes.baseAddress else { return 0 }
    var count = 0
    var start = 0
    // Counted a byte wide, 255 bytes at a time (so the count cannot wrap): 16 bytes to a
    // vector compare, where a count as wide as `Int` takes 2.
    while start < bytes.count {
      let end = min(start &+ 255, bytes.count)
      var inBlock: UInt8 = 0
      var index = start
      while index < end {
        inBlock &+= test(base[index])
        index &+= 1
      }
      count &+= Int(inBlock)
      start = end
    }
    return count
  }
}
