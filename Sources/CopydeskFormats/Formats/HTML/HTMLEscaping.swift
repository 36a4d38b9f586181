import CopydeskCore
import CopydeskReader

/// Escaping for text placed in HTML, by context.
public enum HTMLEscaping {
  /// Escapes text for element content and quoted attribute values: `& < > " '`.
  public static func text(_ value: String) -> String {
    escaped(ControlCharacters.removing(from: value))
  }

  /// `value` with `& < > " '` written as `&amp; &lt; &gt; &quot; &#39;`, the entities the
  /// Mustache library's own HTML escaping writes; nothing else changes.
  static func escaped(_ value: String) -> String {
    var value = value
    let escaped = value.withUTF8 { bytes -> String? in
      guard ByteScan.any(bytes, where: specials) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count * 6) { output in
        var end = 0
        func copy(_ part: UnsafeBufferPointer<UInt8>) {
          end += UnsafeMutableBufferPointer(rebasing: output[end...]).initialize(
            fromContentsOf: part)
        }
        var start = 0
        // Runs between special characters are copied whole.
        while let special = ByteScan.firstIndex(in: bytes, from: start, where: specials) {
          copy(UnsafeBufferPointer(rebasing: bytes[start..<special]))
          let entity = entity(for: bytes[special])
          copy(UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
          start = special + 1
        }
        copy(UnsafeBufferPointer(rebasing: bytes[start...]))
        return end
      }
    }
    return escaped ?? value
  }

  /// The entity for one of `& < > " '`.
  private static func entity(for special: UInt8) -> StaticString {
    switch special {
    case 0x26: "&amp;"
    case 0x3C: "&lt;"
    case 0x3E: "&gt;"
    case 0x22: "&quot;"
    default: "&#39;"
    }
  }

  /// 1 when `byte` is one of `& < > " '`, else 0.
  @inline(__always)
  private static func specials(_ byte: UInt8) -> UInt8 {
    ByteScan.flag(byte == 0x26) | ByteScan.flag(byte == 0x3C) | ByteScan.flag(byte == 0x3E)
      | ByteScan.flag(byte == 0x22) | ByteScan.flag(byte == 0x27)
  }

  /// Makes JSON safe inside `<script>`: `<`, `>` and `&` become `\u003c`, `\u003e` and
  /// `\u0026` (so neither `</script>` nor `<!--` can appear), and U+2028/U+2029 are escaped.
  static func jsonForScript(_ json: String) -> String {
    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
    let needsEscaping = ByteScan.any(in: json) {
      ByteScan.flag($0 == UInt8(ascii: "<")) | ByteScan.flag($0 == UInt8(ascii: ">"))
        | ByteScan.flag($0 == UInt8(ascii: "&")) | ByteScan.flag($0 == 0xE2)
    }
    guard needsEscaping else { return json }
    var result = ""
    result.reserveCapacity(json.utf8.count)
    for scalar in json.unicodeScalars {
      switch scalar {
      case "<": result += "\\u003c"
      case ">": result += "\\u003e"
      case "&": result += "\\u0026"
      case "\u{2028}": result += "\\u2028"
      case "\u{2029}": result += "\\u2029"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
