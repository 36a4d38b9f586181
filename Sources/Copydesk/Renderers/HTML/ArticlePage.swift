import CopydeskAST
import CopydeskReader

/// What `article.mustache` sees: ready-made, escaped-where-needed values, never the raw AST.
struct ArticlePage {
  /// A time as `<time datetime="…">display</time>` needs it.
  struct Time {
    let datetime: String
    let display: String

    init(_ timestamp: Timestamp) {
      datetime = RFC3339.format(timestamp)
      display = DisplayTime.format(timestamp)
    }
  }

  /// A person in the byline.
  struct Person {
    let name: String
    let url: String?
    /// What follows the name: `, `, ` and ` or nothing.
    let separator: String
  }

  /// People credited for the same role: `Reporting by A and B`.
  struct Credit {
    let label: String
    let people: [Person]
    /// What follows the group: `; ` or nothing.
    let separator: String
  }

  /// A picture with its caption and credit.
  struct Picture {
    let src: String
    let alt: String
    let caption: String?
    let credit: String?
    let hasCaption: Bool
  }

  /// A correction note.
  struct CorrectionNote {
    let time: Time
    let note: String
  }

  let language: String
  let direction: String
  let siteTitle: String
  let headline: String
  let subhead: String?
  let summary: String?
  let canonicalURL: String?
  let picture: Picture?
  let credits: [Credit]
  let hasCredits: Bool
  let dateline: String?
  let published: Time
  let updated: Time?
  let corrections: [CorrectionNote]
  let hasCorrections: Bool
  let keywords: String?
  let body: String
  let jsonLD: String
  let rightsNotice: String?
  let twitterCard: String
}

extension ArticlePage {
  /// Role labels in credit lines, as agencies print them.
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

  /// Groups contributors by role in order of first appearance, with joining punctuation.
  static func credits(for byline: [Contributor], url: (String) -> String?) -> [Credit] {
    var roles: [ContributorRole?] = []
    for contributor in byline where !roles.contains(contributor.role) {
      roles.append(contributor.role)
    }
    return roles.enumerated().map { index, role in
      let people = byline.filter { $0.role == role }
      return Credit(
        label: label(for: role),
        people: people.enumerated().map { position, person in
          let remaining = people.count - position - 1
          return Person(
            name: person.name, url: person.url.flatMap(url),
            separator: remaining == 0 ? "" : remaining == 1 ? " and " : ", ")
        },
        separator: index == roles.count - 1 ? "" : "; ")
    }
  }
}
