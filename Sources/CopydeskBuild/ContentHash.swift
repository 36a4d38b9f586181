import CopydeskFormats
import Foundation

/// Content fingerprints for the build ledger: 64-bit FNV-1a, the same on every machine and run.
///
/// Enough to notice a change; not a defence against someone forging one.
enum ContentHash {
  /// The hash of `data` as 16 hex digits.
  static func of(_ data: Data) -> String {
    var hash = offsetBasis
    data.withUnsafeBytes { hash = add($0, to: hash) }
    return hex(hash)
  }

  /// The hash of several texts, each length-prefixed so that boundaries matter: the hash of
  /// `count:` and the text's UTF-8, one after the other, taken without joining them.
  static func of(_ parts: [String]) -> String {
    var hash = Parts()
    for part in parts { hash.add(part) }
    return hash.value
  }

  /// The hash of several texts taken one by one, as `of(_:)` takes them all at once.
  struct Parts {
    private var hash = offsetBasis

    /// Adds one text.
    mutating func add(_ part: String) {
      var part = part
      part.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    /// Adds one text given as its UTF-8 bytes.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
      var prefix = "\(bytes.count):"
      prefix.withUTF8 { hash = ContentHash.add(UnsafeRawBufferPointer($0), to: hash) }
      hash = ContentHash.add(bytes, to: hash)
    }

    /// The hash of the texts added so far, as 16 hex digits.
    var value: String { ContentHash.hex(hash) }
  }

  private static let offsetBasis: UInt64 = 14_695_981_039_346_656_037

  /// FNV-1a over `bytes`, going on from `hash`.
  private static func add(_ bytes: UnsafeRawBufferPointer, to hash: UInt64) -> UInt64 {
    var hash = hash
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
    }
    return hash
  }

  private static func hex(_ hash: UInt64) -> String {
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
