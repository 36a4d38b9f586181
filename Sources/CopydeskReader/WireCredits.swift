import CopydeskAST

/// Reads wire credit lines: `Reporting by A; Writing by B; Editing by C`,
/// `Reporting by A and B`, `By A`.
enum WireCredits {
  /// The credit phrases and the role each gives, longest first so that
  /// "additional reporting by" wins over "reporting by".
  private static let phrases: [(String, ContributorRole)] = [
    ("additional reporting by ", .reporter), ("reporting by ", .reporter),
    ("writing by ", .writer), ("written by ", .writer), ("editing by ", .editor),
    ("edited by ", .editor), ("photos by ", .photographer), ("by ", .writer),
  ]

  /// The contributors named, or nil when the line is not entirely credits.
  static func parse(_ line: String) -> [Contributor]? {
    var text = line.trimmingCharacters(in: .whitespaces)
    if text.hasSuffix(".") { text.removeLast() }
    guard text.count <= 300 else { return nil }
    var contributors: [Contributor] = []
    for segment in text.split(separator: ";") {
      let part = segment.trimmingCharacters(in: .whitespaces)
      guard let (phrase, role) = phrases.first(where: { part.lowercased().hasPrefix($0.0) }) else {
        return nil
      }
      let names = BylineText.contributors(String(part.dropFirst(phrase.count)), role: role)
      guard !names.isEmpty, names.allSatisfy({ looksLikeName($0.name) }) else { return nil }
      contributors += names
    }
    return contributors.isEmpty ? nil : contributors
  }

  /// A name is one to six words that start with a capital or hold one (`al-Qadi`), or are
  /// short particles (`van`, `de`, `bin`); a sentence is not a name.
  private static func looksLikeName(_ name: String) -> Bool {
    let words = name.split(separator: " ")
    guard (1...6).contains(words.count), words.first?.first?.isUppercase == true,
      !name.contains(where: { ".!?\"“”".contains($0) })
    else { return false }
    return words.allSatisfy { word in
      word.contains(where: \.isUppercase) || (word.count <= 3 && word.allSatisfy(\.isLetter))
    }
  }
}
