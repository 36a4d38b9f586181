import CopydeskAST

/// Finds the dateline that opens wire copy: `CITY, Country (Agency) – text`, with an en
/// dash, em dash or ` - `; country and agency optional (story-format.md §2).
enum WireDateline {
  /// The dateline and the paragraph text after it.
  struct Match {
    /// The structured dateline.
    var dateline: Dateline
    /// The rest of the line, starting with the first word of the story.
    var remainder: String
  }

  /// Matches the dateline at the start of `line`, or nil when there is none.
  static func match(_ line: String) -> Match? {
    let pattern =
      #/^(?<city>\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu})(?:, (?<place>[^()–—]{1,80}?))?(?: \((?<agency>[^()]{1,60})\))? ?(?:–|—| -) +(?<rest>\S.*)$/#
    guard let found = line.wholeMatch(of: pattern) else { return nil }
    let places =
      found.place.map {
        $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      } ?? []
    let city = String(found.city)
    let dateline = Dateline(
      city: city, region: places.count >= 2 ? places[0] : nil, country: places.last,
      agency: found.agency.map(String.init), text: ([city] + places).joined(separator: ", "))
    return Match(dateline: dateline, remainder: String(found.rest))
  }
}
