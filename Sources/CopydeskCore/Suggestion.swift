/// "Did you mean" hints for misspelt names.
public enum Suggestion {
  /// `" (did you mean 'headline'?)"` when a candidate is close to `name`, else an empty string.
  public static func hint(for name: String, among candidates: [String]) -> String {
    let lowered = name.lowercased()
    let scored = candidates.map { ($0, distance(lowered, $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }),
      best.1 <= max(1, min(3, best.0.count / 3))
    else { return "" }
    return " (did you mean '\(best.0)'?)"
  }

  /// The edit distance between two strings, counting a swap of neighbours as one edit
  /// (optimal string alignment), since swapped letters are the commonest typo.
  static func distance(_ lhs: String, _ rhs: String) -> Int {
    let left = Array(lhs)
    let right = Array(rhs)
    guard !left.isEmpty else { return right.count }
    guard !right.isEmpty else { return left.count }
    var table = Array(repeating: Array(repeating: 0, count: right.count + 1), count: left.count + 1)
    for i in 0...left.count { table[i][0] = i }
    for j in 0...right.count { table[0][j] = j }
    for i in 1...left.count {
      for j in 1...right.count {
        let cost = left[i - 1] == right[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[left.count][right.count]
  }
}
