import CopydeskCore
public import Foundation

/// Serialises an element tree to the bytes libxml2's serialiser writes for the same tree
/// (`xmlDocDumpFormatMemoryEnc` with formatting on and UTF-8, libxml2 2.9's xmlsave.c): an XML
/// declaration, two-space indentation where an element holds only elements, and a default
/// namespace declared where it changes.
///
/// Written straight into bytes rather than through a libxml2 document: building that tree and
/// dumping it took two thirds of rendering a NewsML-G2 item. `XMLWriterTests` parse the result
/// with libxml2, and the NewsML-G2 and Atom goldens stay byte for byte what libxml2 wrote.
public enum XMLWriter {
  /// The document bytes; characters XML 1.0 forbids are removed from every text and value.
  public static func serialize(_ root: XMLElement) -> Data {
    var output = XMLOutput()
    output.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    output.write(root, level: 0, formatted: true, inheritedNamespace: nil)
    output.bytes.append(UInt8(ascii: "\n"))
    return output.bytes.withUnsafeBufferPointer { Data(buffer: $0) }
  }
}

/// The bytes of a document as they are written.
private struct XMLOutput {
  /// libxml2 stops indenting deeper at 30 levels (60 spaces, `MAX_INDENT` in xmlsave.c).
  private static let deepestIndentedLevel = 30
  /// The deepest indentation.
  private static let spaces: StaticString =
    "                                                            "

  var bytes: [UInt8] = []

  init() {
    bytes.reserveCapacity(16_384)
  }

  /// Writes `element` at depth `level`; the root is 0.
  ///
  /// In a formatted element, each child element starts on its own indented line; an element
  /// that holds text is written as it is, and so is everything inside it, since spaces added
  /// there would change its text.
  mutating func write(
    _ element: XMLElement, level: Int, formatted: Bool, inheritedNamespace: String?
  ) {
    if formatted && level > 0 { indent(level) }
    bytes.append(UInt8(ascii: "<"))
    append(element.name)
    var namespace = inheritedNamespace
    if let uri = element.namespace, uri != inheritedNamespace {
      // libxml2 writes the URI as it is, in quotes that it does not contain; escaped here, so
      // that any URI gives well-formed XML (renderers' namespaces need no escaping).
      append(" xmlns=\"")
      appendEscaped(uri, inAttribute: true)
      bytes.append(UInt8(ascii: "\""))
      namespace = uri
    }
    for attribute in element.attributes {
      bytes.append(UInt8(ascii: " "))
      append(attribute.name)
      append("=\"")
      appendEscaped(attribute.value, inAttribute: true)
      bytes.append(UInt8(ascii: "\""))
    }
    guard !element.children.isEmpty else {
      append("/>")
      return
    }
    let childrenFormatted =
      formatted
      && !element.children.contains {
        if case .text = $0 { return true }
        return false
      }
    bytes.append(UInt8(ascii: ">"))
    if childrenFormatted { bytes.append(UInt8(ascii: "\n")) }
    // Read in place: iterating the array would copy each child, a retain per field.
    element.children.withUnsafeBufferPointer { children in
      for index in children.indices {
        switch children[index] {
        case .element(let childElement):
          write(
            childElement, level: level + 1, formatted: childrenFormatted,
            inheritedNamespace: namespace)
        case .text(let text):
          appendEscaped(text, inAttribute: false)
        }
        if childrenFormatted { bytes.append(UInt8(ascii: "\n")) }
      }
    }
    if childrenFormatted { indent(level) }
    append("</")
    append(element.name)
    bytes.append(UInt8(ascii: ">"))
  }

  /// Two spaces a level, up to libxml2's deepest indented level.
  private mutating func indent(_ level: Int) {
    let count = 2 * min(level, Self.deepestIndentedLevel)
    Self.spaces.withUTF8Buffer {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count]))
    }
  }

  /// Appends `text` unchanged.
  mutating func append(_ text: String) {
    let appended: Void? = text.utf8.withContiguousStorageIfAvailable {
      bytes.append(contentsOf: $0)
    }
    if appended == nil { bytes.append(contentsOf: text.utf8) }
  }

  /// Appends `text` escaped as libxml2 escapes it, without the characters XML 1.0 forbids.
  ///
  /// `& < >` and carriage return are written as references everywhere (`xmlEscapeContent`),
  /// and in attribute values also `"`, tab and line feed, which a parser would otherwise
  /// normalise to spaces (`xmlBufAttrSerializeTxtContent`; XML 1.0 §3.3.3). Removed: C0 controls
  /// other than tab, line feed and carriage return, U+FFFE and U+FFFF (XML 1.0 §2.2, production
  /// `Char`; a Swift string holds no surrogates). Everything else, UTF-8 included, is copied.
  private mutating func appendEscaped(_ text: String, inAttribute: Bool) {
    let appended: Void? = text.utf8.withContiguousStorageIfAvailable {
      appendEscaped($0, inAttribute: inAttribute)
    }
    if appended == nil {
      Array(text.utf8).withUnsafeBufferPointer { appendEscaped($0, inAttribute: inAttribute) }
    }
  }

  /// Appends UTF-8 `source` as `appendEscaped(_:inAttribute:)` describes.
  private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>, inAttribute: Bool) {
    if inAttribute {
      appendEscaped(source, where: Self.attributeSpecial, inAttribute: true)
    } else {
      appendEscaped(source, where: Self.textSpecial, inAttribute: false)
    }
  }

  /// Appends `source`, copying the runs between the bytes `specials` matches whole.
  @inline(__always)
  private mutating func appendEscaped(
    _ source: UnsafeBufferPointer<UInt8>, where specials: (UInt8) -> UInt8, inAttribute: Bool
  ) {
    var start = 0
    var next = 0
    while let special = ByteScan.firstIndex(in: source, from: next, where: specials) {
      let byte = source[special]
      let skipped: Int
      let entity: StaticString
      switch byte {
      case UInt8(ascii: "&"): (skipped, entity) = (1, "&amp;")
      case UInt8(ascii: "<"): (skipped, entity) = (1, "&lt;")
      case UInt8(ascii: ">"): (skipped, entity) = (1, "&gt;")
      case UInt8(ascii: "\r"): (skipped, entity) = (1, "&#13;")
      case UInt8(ascii: "\"") where inAttribute: (skipped, entity) = (1, "&quot;")
      case UInt8(ascii: "\n") where inAttribute: (skipped, entity) = (1, "&#10;")
      case UInt8(ascii: "\t") where inAttribute: (skipped, entity) = (1, "&#9;")
      case 0xEF:
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF; other characters starting EF stay.
        guard special + 2 < source.count, source[special + 1] == 0xBF, source[special + 2] >= 0xBE
        else {
          next = special + 1
          continue
        }
        (skipped, entity) = (3, "")
      default: (skipped, entity) = (1, "")
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<special]))
      bytes.append(
        contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
      start = special + skipped
      next = start
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
  }

  /// 1 for `& < >`, 0xEF (which starts U+FFFE and U+FFFF) and C0 controls other than tab and
  /// line feed, else 0.
  @inline(__always)
  private static func textSpecial(_ byte: UInt8) -> UInt8 {
    ByteScan.flag(byte == UInt8(ascii: "&")) | ByteScan.flag(byte == UInt8(ascii: "<"))
      | ByteScan.flag(byte == UInt8(ascii: ">")) | ByteScan.flag(byte == 0xEF)
      | (ByteScan.flag(byte < 0x20) & ByteScan.flag(byte != 0x09) & ByteScan.flag(byte != 0x0A))
  }

  /// 1 for what `textSpecial` matches and for `"`, tab and line feed (every C0 control), else 0.
  @inline(__always)
  private static func attributeSpecial(_ byte: UInt8) -> UInt8 {
    textSpecial(byte) | ByteScan.flag(byte < 0x20) | ByteScan.flag(byte == UInt8(ascii: "\""))
  }
}
