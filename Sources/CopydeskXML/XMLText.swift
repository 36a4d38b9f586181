import CopydeskCore

/// Characters that may appear in XML 1.0 documents (XML 1.0 §2.2, production `Char`).
public enum XMLText {
  /// True for `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
  public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// The text without the characters XML 1.0 forbids (C0 controls other than tab and line
  /// ends, U+FFFE, U+FFFF); those could never be parsed by a receiver.
  public static func removingIllegalCharacters(_ text: String) -> String {
    // Only C0 controls (bytes below 0x20) and U+FFFE/U+FFFF (which begin with 0xEF) can be
    // forbidden in a Swift string, which holds no surrogates.
    let mayHoldForbidden = ByteScan.any(in: text) {
      ControlCharacters.c0Control($0) | ByteScan.flag($0 == 0xEF)
    }
    guard mayHoldForbidden, !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed)))
  }
}
