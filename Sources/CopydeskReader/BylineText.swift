import CopydeskAST

/// Reads bylines written as text: `By Ana Ruiz and Tom Berg`, `Ana Ruiz, Tom Berg`.
enum BylineText {
  /// The people named, in order; the role is left open because plain text does not say it.
  static func contributors(_ text: String, role: ContributorRole? = nil) -> [Contributor] {
    var names = text
    if names.lowercased().hasPrefix("by ") { names = String(names.dropFirst(3)) }
    return
      names
      .replacingOccurrences(of: " and ", with: ",")
      .replacingOccurrences(of: " & ", with: ",")
      .split(separator: ",")
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
      .map { Contributor(name: $0, role: role) }
  }
}
