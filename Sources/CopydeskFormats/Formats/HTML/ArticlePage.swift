import CopydeskAST
import CopydeskReader

/// What `article.mustache` sees: ready-made, escaped-where-needed values, never the raw AST.
struct ArticlePage {
  /// A time as `<time datetime="…">display</time>` needs it.
  struct Time {
    let datetime: String
    let display: String

    /// The time, shown in `zone` when the site has one.
    init(_ timestamp: Timestamp, zone: DisplayZone? = nil) {
      datetime = RFC3339.format(timestamp)
      display = DisplayTime.format(timestamp, zone: zone)
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

  /// A feed announced for autodiscovery.
  struct Feed {
    let type: String
    let url: String
    /// What readers call it: `JSON Feed`, `Atom`.
    let label: String

    /// The project's feeds, linked from a page.
    static func all(in layout: OutputLayout, site: SiteSettings) -> [Feed] {
      layout.feeds.map {
        Feed(type: $0.type, url: layout.link(to: $0.path, site: site), label: $0.title)
      }
    }
  }

  let language: String
  let direction: String
  let siteTitle: String
  /// The index page, for the masthead and footer links.
  let homeURL: String
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
  /// The Open Graph and Twitter card tags (`SocialMeta`), escaped.
  let socialMeta: String
  let rightsNotice: String?
  let twitterCard: String
  let feeds: [Feed]
  /// Why a preview is not for publication; nil on a publishable page.
  let preview: String?
}

extension ArticlePage {
  /// The byline as credit groups, with joining punctuation and vetted author URLs.
  static func credits(for byline: [Contributor], url: (String) -> String?) -> [Credit] {
    let groups = CreditLine.groups(byline)
    return groups.enumerated().map { index, group in
      Credit(
        label: group.label,
        people: group.people.enumerated().map { position, person in
          Person(
            name: person.name, url: person.url.flatMap(url),
            separator: CreditLine.separator(after: position, of: group.people.count))
        },
        separator: index == groups.count - 1 ? "" : "; ")
    }
  }
}
