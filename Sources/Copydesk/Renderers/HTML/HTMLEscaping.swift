/// Escaping for text placed in HTML, by context.
enum HTMLEscaping {
  /// Escapes text for element content and quoted attribute values: `& < > " '`.
  static func text(_ value: String) -> String {
    let value = removingControlCharacters(value)
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

  /// The text without characters neither HTML nor XML may carry: C0 and C1 controls other
  /// than tab and line ends, DEL, and the noncharacters U+FFFE and U+FFFF.
  static func removingControlCharacters(_ value: String) -> String {
    let suspicious = value.utf8.contains {
      ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F || $0 == 0xC2
        || $0 == 0xEF
    }
    guard suspicious else { return value }
    let kept = value.unicodeScalars.filter { scalar in
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: true
      case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: false
      default: true
      }
    }
    return String(String.UnicodeScalarView(kept))
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
