/// The control characters of wire framing (standards.md §3.2).
enum WireControl {
  /// Start of header.
  static let soh = "\u{01}"
  /// Start of text.
  static let stx = "\u{02}"
  /// End of text.
  static let etx = "\u{03}"
  /// End of transmission.
  static let eot = "\u{04}"
  /// ANPA: format identifier, second character, normal text.
  static let dc1 = "\u{11}"
  /// ANPA: format identifier, first character, body text.
  static let dc3 = "\u{13}"
  /// ANPA: two precede the start of header.
  static let syn = "\u{16}"
  /// ANPA: separates the story number from the selector code.
  static let unitSeparator = "\u{1F}"
  /// Teleprinter padding after the 7901 trailer (dpa practice).
  static let delete = "\u{7F}"
}
