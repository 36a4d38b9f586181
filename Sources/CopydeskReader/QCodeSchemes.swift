import CopydeskAST
import CopydeskCore

/// The IPTC scheme aliases copydesk accepts in front matter (from the IPTC G2 NewsCodes
/// catalog v41, `catalog.IPTC-G2-Standards_41.xml`).
public enum QCodeSchemes {
  /// Schemes accepted for `subjects`: IPTC Media Topics and the older Subject Codes.
  public static let subject = ["medtop", "subj"]
  /// Schemes accepted for `genre`: IPTC Genre NewsCodes.
  public static let genre = ["genre"]

  /// The scheme URIs of the aliases above, as the catalog declares them, for formats that name
  /// concepts by URI (ninjs).
  public static let uris = [
    "medtop": "http://cv.iptc.org/newscodes/mediatopic/",
    "subj": "http://cv.iptc.org/newscodes/subjectcode/",
    "genre": "http://cv.iptc.org/newscodes/genre/",
  ]

  /// Reads a term: `alias:code` with no spaces is a QCode and its alias must be one of
  /// `schemes`; anything else is a free-text name.
  static func term(_ text: String, field: YAMLField, schemes: [String]) throws(Diagnostic) -> Term {
    guard let colon = text.firstIndex(of: ":"), !text.contains(where: \.isWhitespace) else {
      return .name(text)
    }
    let scheme = String(text[..<colon])
    let code = String(text[text.index(after: colon)...])
    guard !scheme.isEmpty, !code.isEmpty, !code.contains(":") else {
      throw field.diagnostic(
        "'\(text)' is not a QCode; expected scheme:code such as medtop:20000349")
    }
    guard schemes.contains(scheme) else {
      throw field.diagnostic(
        "unknown QCode scheme '\(scheme)' in '\(text)'\(Suggestion.hint(for: scheme, among: schemes)); "
          + "expected one of \(schemes.joined(separator: ", ")), or a name with a space")
    }
    return .qcode(scheme: scheme, code: code)
  }
}
