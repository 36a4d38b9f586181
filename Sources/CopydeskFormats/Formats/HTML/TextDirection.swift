/// The writing direction of a language, for `<html dir>`.
enum TextDirection {
  /// Primary language subtags written right to left.
  static let rightToLeftLanguages: Set<String> = [
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi",
  ]

  /// `rtl` for Arabic, Hebrew, Persian, Urdu and other right-to-left languages, else `ltr`.
  static func of(language: String) -> String {
    let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
    let script = language.split(separator: "-").dropFirst().first.map { $0.lowercased() }
    if script == "arab" || script == "hebr" { return "rtl" }
    if script == "latn" || script == "cyrl" { return "ltr" }
    return rightToLeftLanguages.contains(primary) ? "rtl" : "ltr"
  }
}
