import CopydeskAST

/// Reads datelines written as text: `ROTTERDAM, Netherlands`, `AUSTIN, Texas, United States`,
/// optionally followed by an agency in parentheses: `FRANKFURT (Reuters)`.
enum DatelineText {
  /// The structured dateline, or nil when there is no city.
  static func parse(_ text: String) -> Dateline? {
    var place = text.trimmingCharacters(in: .whitespaces)
    var agency: String?
    if place.hasSuffix(")"), let open = place.lastIndex(of: "(") {
      let inner = place[place.index(after: open)..<place.index(before: place.endIndex)]
      agency = inner.trimmingCharacters(in: .whitespaces)
      place = place[..<open].trimmingCharacters(in: .whitespaces)
    }
    let parts = place.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    guard let city = parts.first, !city.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else {
      return nil
    }
    let region = parts.count == 3 ? parts[1] : nil
    let country = parts.count >= 2 ? parts[parts.count - 1] : nil
    return Dateline(
      city: city, region: region, country: country, agency: agency?.isEmpty == true ? nil : agency,
      text: parts.joined(separator: ", "))
  }
}
