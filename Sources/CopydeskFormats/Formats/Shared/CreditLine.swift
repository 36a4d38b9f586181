import CopydeskAST

/// Credit lines as agencies print them: `Reporting by A and B; Editing by C`.
enum CreditLine {
  /// People credited for the same role, in byline order.
  struct Group {
    /// The phrase before the names, such as `Reporting by`.
    let label: String
    /// The people with this role.
    let people: [Contributor]
  }

  /// The phrase for a role.
  static func label(for role: ContributorRole?) -> String {
    switch role {
    case .reporter: "Reporting by"
    case .writer: "Writing by"
    case .editor: "Editing by"
    case .photographer: "Photos by"
    case .videographer: "Video by"
    case .translator: "Translation by"
    case .contributor: "Contributions by"
    case nil: "By"
    }
  }

  /// Contributors grouped by role, groups in order of first appearance.
  static func groups(_ byline: [Contributor]) -> [Group] {
    var roles: [ContributorRole?] = []
    for contributor in byline where !roles.contains(contributor.role) {
      roles.append(contributor.role)
    }
    return roles.map { role in
      Group(label: label(for: role), people: byline.filter { $0.role == role })
    }
  }

  /// What follows the name at `index` of `count` names: `, `, ` and ` or nothing.
  static func separator(after index: Int, of count: Int) -> String {
    let remaining = count - index - 1
    return remaining == 0 ? "" : remaining == 1 ? " and " : ", "
  }

  /// The whole credit line as plain text; empty when nobody is credited.
  static func text(_ byline: [Contributor]) -> String {
    groups(byline).map { group in
      group.label + " "
        + group.people.enumerated().map {
          $0.element.name + separator(after: $0.offset, of: group.people.count)
        }.joined()
    }.joined(separator: "; ")
  }
}
