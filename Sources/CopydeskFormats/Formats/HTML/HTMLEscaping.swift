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
        for byte in bytes {
          let replacement: StaticString
          switch byte {
          case 0x26: replacement = "&amp;"
          case 0x3C: replacement = "&lt;"
          case 0x3E: replacement = "&gt;"
          case 0x22: replacement = "&quot;"
          case 0x27: replacement = "&#39;"
          default:
            output[end] = byte
            end += 1
            continue
          }
          for escaped in UnsafeBufferPointer(
            start: replacement.utf8Start, count: replacement.utf8CodeUnitCount)
          {
            output[end] = escaped
            end += 1
          }
        }
        return end
      }
    }
    return escaped ?? value
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
