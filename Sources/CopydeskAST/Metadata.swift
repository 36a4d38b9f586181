/// The typed front matter of a story (story-format.md §1), with every default already applied.
public struct Metadata: Codable, Sendable, Hashable {
  /// The main headline.
  public var headline: String
  /// The kicker or deck: a second headline.
  public var subhead: String?
  /// The URL- and file-safe name: only `a-z`, `0-9` and `-`.
  public var slug: String
  /// The stable identity of the story across versions and formats (a URN by default).
  public var id: String
  /// The version number, 1 for the first publication.
  public var version: Int
  /// The first publication time.
  public var date: Timestamp
  /// The time of the latest update, never before `date`.
  public var updated: Timestamp?
  /// Not for publication before this instant.
  public var embargo: Timestamp?
  /// The instant after which the story should no longer be used.
  public var expires: Timestamp?
  /// The publication status.
  public var status: PublicationStatus
  /// The BCP 47 language tag of the text.
  public var language: String
  /// The people credited, in order.
  public var byline: [Contributor]
  /// Where the story was filed from.
  public var dateline: Dateline?
  /// NewsML-G2 urgency, 1 (most urgent) to 9.
  public var urgency: Int?
  /// Wire priority, 1 (flash) to 6.
  public var priority: Int?
  /// The journalistic genre.
  public var genre: Term?
  /// What the story is about: free-text names or QCodes.
  public var subjects: [Term]
  /// Free keywords.
  public var keywords: [String]
  /// The wire category code, such as ANPA `i` for international.
  public var category: String?
  /// A plain-text abstract.
  public var summary: String?
  /// An internal editorial note; never published in HTML or public feeds.
  public var ednote: String?
  /// The wire sign-off (editor initials).
  public var signoff: String?
  /// The featured picture.
  public var image: ImageReference?
  /// Copyright and usage terms.
  public var rights: Rights?
  /// Corrections made since first publication, oldest first.
  public var corrections: [Correction]

  /// Creates metadata; only the headline, slug, identity and date are required.
  public init(
    headline: String, slug: String, id: String, date: Timestamp, version: Int = 1,
    status: PublicationStatus = .usable, language: String = "en"
  ) {
    self.headline = headline
    self.slug = slug
    self.id = id
    self.date = date
    self.version = version
    self.status = status
    self.language = language
    self.byline = []
    self.subjects = []
    self.keywords = []
    self.corrections = []
  }
}
