import Foundation

/// Folds Latin letters with diacritics and ligatures to plain ASCII letters (ğ → g, ß → ss).
public enum ASCIIFolding {
  /// Letters that canonical decomposition does not reduce to ASCII.
  static let specialLetters: [Character: String] = [
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ł": "l", "Ł": "L",
    "ı": "i", "ħ": "h", "Ħ": "H", "ŋ": "ng", "Ŋ": "NG", "ĸ": "k", "ſ": "s",
  ]

  /// The ASCII spelling of a character, or nil when it has none (CJK, Arabic, symbols).
  public static func fold(_ character: Character) -> String? {
    if character.isASCII { return String(character) }
    if let special = specialLetters[character] { return special }
    let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
      .filter { $0.isASCII }
    guard !base.isEmpty, base.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
    return String(String.UnicodeScalarView(base))
  }
}
