import CopydeskFormats
import Foundation

/// Content fingerprints for the build state, the same on every machine and run.
///
/// Enough to notice a change; not a defence against someone forging one. Two kinds:
/// - `of(_:)` for outputs, records and pages: XXH64, written `2:` and 16 hex digits. It reads
///   several bytes a cycle, where FNV-1a (one multiply a byte, each waiting for the one
///   before) took a twentieth of a cold build's time.
/// - `identity(of:)` for story sources: 64-bit FNV-1a as 16 hex digits, as every version has
///   recorded. A source's hash finds a renamed story's row, so it never changes.
///
/// States written before `of(_:)` changed hold FNV-1a for outputs and records too;
/// `matches(_:recorded:)` reads both, so their files are still recognized (and removed only
/// when unchanged); a build records the new form as it writes.
enum ContentHash {
  /// The hash of an output's, a record's or a page's bytes.
  static func of(_ data: Data) -> String {
    data.withUnsafeBytes { current + hex(XXH64.hash($0)) }
  }

  /// True when `recorded` is the hash of `data`, in the form it was recorded in.
  static func matches(_ data: Data, recorded: String) -> Bool {
    recorded.hasPrefix(current) ? of(data) == recorded : identity(of: data) == recorded
  }

  /// The hash of a story's source bytes, as 16 hex digits (FNV-1a).
  static func identity(of data: Data) -> String {
    var hash = FNV1a()
    data.withUnsafeBytes { hash.add($0) }
    return hex(hash.value)
  }

  /// The hash of several texts, each length-prefixed so that boundaries matter: the FNV-1a of
  /// `count:` and the text's UTF-8, one after the other, taken without joining them.
  static func identity(of parts: [String]) -> String {
    var hash = Parts()
    for part in parts { hash.add(part) }
    return hash.value
  }

  /// The hash of several texts taken one by one, as `identity(of:)` takes them all at once.
  struct Parts {
    private var hash = FNV1a()

    /// Adds one text.
    mutating func add(_ part: String) {
      var part = part
      part.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    /// Adds one text given as its UTF-8 bytes.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
      var prefix = "\(bytes.count):"
      prefix.withUTF8 { hash.add(UnsafeRawBufferPointer($0)) }
      hash.add(bytes)
    }

    /// The hash of the texts added so far, as 16 hex digits.
    var value: String { ContentHash.hex(hash.value) }
  }

  /// What begins a hash from `of(_:)`; FNV-1a hashes are bare hex digits.
  private static let current = "2:"

  private static func hex(_ hash: UInt64) -> String {
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}

/// 64-bit FNV-1a (Fowler–Noll–Vo), byte by byte.
private struct FNV1a {
  private(set) var value: UInt64 = 14_695_981_039_346_656_037

  mutating func add(_ bytes: UnsafeRawBufferPointer) {
    for byte in bytes {
      value = (value ^ UInt64(byte)) &* 1_099_511_628_211
    }
  }
}

/// XXH64 with seed 0, as its specification defines it (xxHash, `doc/xxhash_spec.md`, "XXH64
/// Algorithm Description"): four accumulators take 32 bytes a round, each multiplying and
/// rotating its own 8-byte lane, so the processor works on the four at once.
private enum XXH64 {
  private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
  private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
  private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
  private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

  static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var offset = 0
    var hash: UInt64
    if bytes.count >= 32 {
      var accumulators = (prime1 &+ prime2, prime2, UInt64(0), 0 &- prime1)
      while offset + 32 <= bytes.count {
        accumulators.0 = round(accumulators.0, lane64(bytes, offset))
        accumulators.1 = round(accumulators.1, lane64(bytes, offset + 8))
        accumulators.2 = round(accumulators.2, lane64(bytes, offset + 16))
        accumulators.3 = round(accumulators.3, lane64(bytes, offset + 24))
        offset += 32
      }
      hash =
        accumulators.0.rotated(by: 1) &+ accumulators.1.rotated(by: 7)
        &+ accumulators.2.rotated(by: 12) &+ accumulators.3.rotated(by: 18)
      hash = merge(hash, accumulators.0)
      hash = merge(hash, accumulators.1)
      hash = merge(hash, accumulators.2)
      hash = merge(hash, accumulators.3)
    } else {
      hash = prime5
    }
    hash &+= UInt64(bytes.count)
    while offset + 8 <= bytes.count {
      hash ^= round(0, lane64(bytes, offset))
      hash = hash.rotated(by: 27) &* prime1 &+ prime4
      offset += 8
    }
    if offset + 4 <= bytes.count {
      let lane = UInt64(
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
      hash ^= lane &* prime1
      hash = hash.rotated(by: 23) &* prime2 &+ prime3
      offset += 4
    }
    while offset < bytes.count {
      hash ^= UInt64(bytes[offset]) &* prime5
      hash = hash.rotated(by: 11) &* prime1
      offset += 1
    }
    hash ^= hash >> 33
    hash = hash &* prime2
    hash ^= hash >> 29
    hash = hash &* prime3
    hash ^= hash >> 32
    return hash
  }

  private static func lane64(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
    UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  private static func round(_ accumulator: UInt64, _ lane: UInt64) -> UInt64 {
    (accumulator &+ lane &* prime2).rotated(by: 31) &* prime1
  }

  private static func merge(_ hash: UInt64, _ accumulator: UInt64) -> UInt64 {
    (hash ^ round(0, accumulator)) &* prime1 &+ prime4
  }
}

extension UInt64 {
  /// The bits rotated left by `count`.
  fileprivate func rotated(by count: UInt64) -> UInt64 {
    (self << count) | (self >> (64 - count))
  }
}
