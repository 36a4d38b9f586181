public import CopydeskCore

/// The syntax of the identifiers copydesk writes into every format, checked where they are read
/// (story or copydesk.yml), so a bad one is refused at its line instead of making invalid output.
public enum IdentifierSyntax {
  /// True for a BCP 47 language tag in the form XML Schema's `xs:language` accepts: a 2–3
  /// letter language, then subtags of 1–8 letters or digits (`en`, `de-CH`, `zh-Hant-TW`).
  public static func isLanguageTag(_ text: String) -> Bool {
    let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
    return (2...3).contains(subtags[0].count) && subtags[0].allSatisfy { $0.isASCII && $0.isLetter }
      && subtags.dropFirst().allSatisfy {
        (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
      }
  }

  /// True for a provider id that can stand in a URN (`urn:newsml:ID:…`) and an XML attribute:
  /// a domain-like name of letters, digits, dots and hyphens, such as `example.com`.
  public static func isProviderID(_ text: String) -> Bool {
    guard let first = text.first, first.isASCII, first.isLetter || first.isNumber,
      text.count <= 253
    else { return false }
    return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
  }
}

extension YAMLField {
  /// The value as a BCP 47 language tag.
  public func languageTag() throws(Diagnostic) -> String {
    let text = try text()
    guard IdentifierSyntax.isLanguageTag(text) else {
      throw diagnostic("'\(key)' must be a BCP 47 tag such as en, de-CH or ar, got '\(text)'")
    }
    return text
  }

  /// The value as a provider id.
  public func providerID() throws(Diagnostic) -> String {
    let text = try text()
    guard IdentifierSyntax.isProviderID(text) else {
      throw diagnostic(
        "'\(key)' must be a domain-like name of letters, digits, dots and hyphens, such as "
          + "example.com, got '\(text)'")
    }
    return text
  }
}
