import CopydeskFormats
import Foundation

/// Content fingerprints for the build ledger: 64-bit FNV-1a, the same on every machine and run.
///
/// Enough to notice a change; not a defence against someone forging one.
enum ContentHash {
  /// The hash of `data` as 16 hex digits.
  static func of(_ data: Data) -> String {
    var hash: UInt64 = 14_695_981_039_346_656_037
    data.withUnsafeBytes { bytes in
      for byte in bytes {
        hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
      }
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The hash of several texts, each length-prefixed so that boundaries matter.
  static func of(_ parts: [String]) -> String {
    var data = Data()
    for part in parts {
      data.append(Data("\(part.utf8.count):".utf8))
      data.append(Data(part.utf8))
    }
    return of(data)
  }
}
