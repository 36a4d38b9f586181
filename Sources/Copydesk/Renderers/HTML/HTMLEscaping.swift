/// Escaping for text placed in HTML, by context.
enum HTMLEscaping {
  /// Escapes text for element content and quoted attribute values: `& < > " '`.
  static func text(_ value: String) -> String {
    var result = ""
    result.reserveCapacity(value.utf8.count)
    for character in value.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
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
