import CopydeskCore
import CopydeskReader

/// Turns story text into the characters a wire charset allows: typographic punctuation to
/// its ASCII form, accented Latin letters to plain ones (Erdoğan → Erdogan), and `?` for
/// anything else, each such character recorded so it can be reported.
struct WireTransliteration {
  /// Punctuation and symbols with an ASCII spelling.
  static let table: [Character: String] = [
    "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{00AB}": "\"",
    "\u{00BB}": "\"", "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'",
    "\u{2039}": "'", "\u{203A}": "'", "\u{2032}": "'", "\u{2033}": "\"", "\u{2013}": "-",
    "\u{2014}": "-", "\u{2012}": "-", "\u{2010}": "-", "\u{2011}": "-", "\u{2212}": "-",
    "\u{2026}": "...", "\u{00A0}": " ", "\u{2009}": " ", "\u{202F}": " ", "\u{2002}": " ",
    "\u{2003}": " ", "\u{2022}": "*", "\u{00B7}": ".", "\u{00D7}": "x", "\u{00F7}": "/",
    "\u{20AC}": "EUR", "\u{00A3}": "GBP", "\u{00A5}": "JPY", "\u{00A9}": "(c)", "\u{00AE}": "(R)",
    "\u{2122}": "(TM)", "\u{00B0}": " deg", "\u{00BD}": "1/2", "\u{00BC}": "1/4", "\u{00BE}": "3/4",
    "\u{2030}": " per mille", "\u{00A7}": "S.", "\u{00B6}": "P.", "\u{200B}": "", "\u{200C}": "",
    "\u{200D}": "", "\u{2060}": "", "\u{FEFF}": "", "\u{00AD}": "",
  ]

  let charset: WireCharset
  /// Characters replaced by `?`, in order of first appearance.
  private(set) var unmappable: [Character] = []
  /// How many letters were seen, and how many of them had no spelling in the charset.
  private(set) var letters = 0
  private(set) var unmappableLetters = 0

  /// Creates a transliteration into `charset`.
  init(charset: WireCharset) {
    self.charset = charset
  }

  /// The text in the charset's characters; control characters are removed, since they
  /// would corrupt the framing of the message.
  mutating func convert(_ text: String) -> String {
    // Most wire copy is plain printable ASCII: pass it through, counting letters by byte.
    var text = text
    if let asciiLetters = text.withUTF8(Self.lettersIfPrintableASCII) {
      letters += asciiLetters
      return text
    }
    var result = ""
    for character in text {
      if character.isLetter { letters += 1 }
      if let converted = convert(character) {
        result += converted
        continue
      }
      if character.isLetter { unmappableLetters += 1 }
      if !unmappable.contains(character) { unmappable.append(character) }
      result += "?"
    }
    return result
  }

  /// The number of ASCII letters in `bytes`, or nil when they are not all printable ASCII.
  private static func lettersIfPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !ByteScan.any(bytes, where: { ByteScan.flag($0 < 0x20) | ByteScan.flag($0 >= 0x7F) })
    else { return nil }
    // A letter, either case: one compare after folding to lower case and a wrapping subtraction.
    return ByteScan.count(bytes) { ByteScan.flag(($0 | 0x20) &- UInt8(ascii: "a") < 26) }
  }

  private func convert(_ character: Character) -> String? {
    if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      return character == "\t" || character == "\n" ? " " : ""
    }
    switch charset {
    case .utf8:
      return String(character)
    case .latin1:
      if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
        scalar.value < 0x100, scalar.value >= 0xA0 || scalar.isASCII
      {
        return scalar.value == 0xAD ? "" : String(character)
      }
      return Self.table[character] ?? ASCIIFolding.fold(character)
    case .ascii:
      if character.isASCII { return String(character) }
      return Self.table[character] ?? ASCIIFolding.fold(character)
    }
  }
}
