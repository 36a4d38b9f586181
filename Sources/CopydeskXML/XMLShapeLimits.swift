import CopydeskCore
import Foundation

/// Refuses XML the system libxml2 would take minutes over, before parsing it.
///
/// libxml2 checks each attribute of an element against all the others, so an element with tens
/// of thousands of attributes costs quadratic time. NewsML-G2 elements carry a handful.
enum XMLShapeLimits {
  /// The most attributes one element may have.
  static let attributesPerElement = 1_000
  /// The largest document libxml2 can be handed (its sizes are 32-bit).
  static let largestDocument = Int(Int32.max)

  /// The first problem with the document's shape, or nil when it may be parsed.
  static func problem(in data: Data, fileName: String) -> XMLProblem? {
    guard data.count <= largestDocument else {
      return XMLProblem(
        file: fileName, line: nil,
        message: "the document is \(data.count) bytes; at most \(largestDocument) can be parsed")
    }
    return data.withUnsafeBytes { bytes in
      // Too many attributes need more `=` than the limit: count them first, in one quick pass.
      let equalSigns = ByteScan.count(
        of: UInt8(ascii: "="), in: bytes.assumingMemoryBound(to: UInt8.self))
      return equalSigns > attributesPerElement ? firstProblem(in: bytes, fileName: fileName) : nil
    }
  }

  private static func firstProblem(in bytes: UnsafeRawBufferPointer, fileName: String)
    -> XMLProblem?
  {
    var line = 1
    var inTag = false
    var quote: UInt8? = nil
    var attributes = 0
    for byte in bytes {
      if byte == 0x0A { line += 1 }
      if let open = quote {
        if byte == open { quote = nil }
        continue
      }
      switch byte {
      case UInt8(ascii: "<"):
        inTag = true
        attributes = 0
      case UInt8(ascii: ">"):
        inTag = false
      case UInt8(ascii: "\"") where inTag, UInt8(ascii: "'") where inTag:
        quote = byte
      case UInt8(ascii: "=") where inTag:
        attributes += 1
        if attributes > attributesPerElement {
          return XMLProblem(
            file: fileName, line: line,
            message: "an element with more than \(attributesPerElement) attributes; "
              + "the document was not parsed")
        }
      default: break
      }
    }
    return nil
  }
}
