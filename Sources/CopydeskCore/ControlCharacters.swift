/// Characters no output format may carry: C0 and C1 controls other than tab and line ends, DEL, and
/// the noncharacters U+FFFE and U+FFFF.
///
/// The reader removes them from stories; the HTML writer removes them again from anything that did
/// not come through the reader.
public enum ControlCharacters {
  /// True for a character no format may carry.
  public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: false
    case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
    default: false
    }
  }

  /// A fast byte scan: false means the text surely holds none (C1 controls start with 0xC2
  /// in UTF-8, U+FFFE and U+FFFF with 0xEF).
  public static func mightOccur(in text: String) -> Bool {
    ByteScan.any(in: text) {
      c0Control($0) | ByteScan.flag($0 == 0x7F) | ByteScan.flag($0 == 0xC2)
        | ByteScan.flag($0 == 0xEF)
    }
  }

  /// 1 for a C0 control byte other than tab and line ends, else 0, without branches (a piece
  /// of a `ByteScan` test).
  @inlinable @inline(__always)
  public static func c0Control(_ byte: UInt8) -> UInt8 {
    let lineEndOrTab =
      ByteScan.flag(byte == 0x09) | ByteScan.flag(byte == 0x0A) | ByteScan.flag(byte == 0x0D)
    return ByteScan.flag(byte < 0x20) & ~lineEndOrTab
  }

  /// The text without forbidden characters.
  public static func removing(from text: String) -> String {
    guard mightOccur(in: text), text.unicodeScalars.contains(where: isForbidden) else {
      return text
    }
    return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isForbidden($0) }))
  }
}
