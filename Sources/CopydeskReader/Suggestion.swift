/// "Did you mean" hints for misspelt names.
enum Suggestion {
  /// `" (did you mean 'headline'?)"` when a candidate is close to `name`, else an empty string.
  static func hint(for name: String, among candidates: [String]) -> String {
    let lowered = name.lowercased()
    let scored = candidates.map { ($0, distance(lowered, $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }),
      best.1 <= max(1, min(3, best.0.count / 3))
    else { return "" }
    return " (did you mean '\(best.0)'?)"
  }

  /// The Levenshtein edit distance between two strings.
  static func distance(_ lhs: String, _ rhs: String) -> Int {
    let left = Array(lhs)
    let right = Array(rhs)
    guard !left.isEmpty else { return right.count }
    var previous = Array(0...right.count)
    for (i, leftCharacter) in left.enumerated() {
      var current = [i + 1]
      for (j, rightCharacter) in right.enumerated() {
        let substitution = previous[j] + (leftCharacter == rightCharacter ? 0 : 1)
        current.append(min(previous[j + 1] + 1, current[j] + 1, substitution))
      }
      previous = current
    }
    return previous[right.count]
  }
}
