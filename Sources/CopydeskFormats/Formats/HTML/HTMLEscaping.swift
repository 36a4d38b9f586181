import CopydeskCore
import CopydeskReader

/// Escaping for text placed in HTML, by context.
public enum HTMLEscaping {
  /// Escapes text for element content and quoted attribute values: `& < > " '`.
  public static func text(_ value: String) -> String {
    let value = ControlCharacters.removing(from: value)
    let special: (UInt8) -> Bool = {
      $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27
    }
    guard value.utf8.contains(where: special) else { return value }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(value.utf8.count + 16)
    for byte in value.utf8 {
      switch byte {
      case 0x26: bytes += Array("&amp;".utf8)
      case 0x3C: bytes += Array("&lt;".utf8)
      case 0x3E: bytes += Array("&gt;".utf8)
      case 0x22: bytes += Array("&quot;".utf8)
      case 0x27: bytes += Array("&#39;".utf8)
      default: bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Makes JSON safe inside `<script>`: `<`, `>` and `&` become `\u003c`, `\u003e` and
  /// `\u0026` (so neither `</script>` nor `<!--` can appear), and U+2028/U+2029 are escaped.
  static func jsonForScript(_ json: String) -> String {
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
