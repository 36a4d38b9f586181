import CopydeskCore
public import Foundation

/// Lays out compact JSON as `JSONEncoder`'s `.prettyPrinted` does, byte for byte, so pages can
/// be assembled from stored compact records without decoding and encoding them again.
///
/// The layout: two spaces of indentation a level, `"key" : value`, one member a line, and an
/// empty object or list as an open and a close line with an empty line between.
public enum PrettyJSON {
  /// The pretty form of `compact`, JSON without white space between its tokens (as
  /// `JSONEncoder` writes it without `.prettyPrinted`).
  public static func layOut(_ compact: Data) -> Data {
    var output: [UInt8] = []
    output.reserveCapacity(compact.count + compact.count / 4)
    compact.withUnsafeBytes { raw in
      let bytes = raw.assumingMemoryBound(to: UInt8.self)
      var depth = 0
      var index = 0
      while index < raw.count {
        let byte = raw[index]
        switch byte {
        case UInt8(ascii: "\""):
          // A string goes over whole: its end is the next quote no backslash escapes.
          var end = index + 1
          while true {
            guard
              let next = ByteScan.firstIndex(in: bytes, from: end, where: isQuoteOrBackslash)
            else {
              end = raw.count
              break
            }
            if bytes[next] == UInt8(ascii: "\"") {
              end = next + 1
              break
            }
            end = next + 2
          }
          output.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[index..<end]))
          index = end
          continue
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          depth += 1
          output.append(byte)
          newLine(&output, depth: depth)
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          depth -= 1
          if let last = output.last, last == 0x20 || last == 0x0A {
            // An empty container: its open line and its close line with an empty line between.
            while output.last == 0x20 { output.removeLast() }
          }
          newLine(&output, depth: depth)
          output.append(byte)
        case UInt8(ascii: ","):
          output.append(byte)
          newLine(&output, depth: depth)
        case UInt8(ascii: ":"):
          output += [0x20, byte, 0x20]
        default:
          output.append(byte)
        }
        index += 1
      }
    }
    return Data(output)
  }

  /// 1 for the bytes that end or escape within a JSON string, else 0.
  @inline(__always)
  private static func isQuoteOrBackslash(_ byte: UInt8) -> UInt8 {
    ByteScan.flag(byte == UInt8(ascii: "\"")) | ByteScan.flag(byte == UInt8(ascii: "\\"))
  }

  /// `compact` with the members of `list`, each compact JSON, in place of the empty list that
  /// the key `name` holds; nil when the document has no such empty list.
  public static func splice(_ list: [Data], into compact: Data, at name: String) -> Data? {
    let marker = Data("\"\(name)\":[]".utf8)
    guard let found = compact.range(of: marker) else { return nil }
    var joined = Data()
    joined.reserveCapacity(list.reduce(compact.count) { $0 + $1.count + 1 })
    joined += compact[..<(found.upperBound - 1)]
    for (index, member) in list.enumerated() {
      if index > 0 { joined.append(UInt8(ascii: ",")) }
      joined += member
    }
    joined += compact[(found.upperBound - 1)...]
    return joined
  }

  private static func newLine(_ output: inout [UInt8], depth: Int) {
    output.append(0x0A)
    output += repeatElement(0x20, count: 2 * depth)
  }
}
