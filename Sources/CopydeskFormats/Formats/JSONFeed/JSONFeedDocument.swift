/// A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), with the spec's key names.
struct JSONFeedDocument: Encodable {
  let version = "https://jsonfeed.org/version/1.1"
  let title: String
  let homePageURL: String?
  let feedURL: String?
  let description: String?
  let nextURL: String?
  let icon: String?
  let favicon: String?
  let authors: [JSONFeedAuthor]?
  let language: String?
  let items: [JSONFeedItem]

  enum CodingKeys: String, CodingKey {
    case version, title
    case homePageURL = "home_page_url"
    case feedURL = "feed_url"
    case description
    case nextURL = "next_url"
    case icon, favicon, authors, language, items
  }
}

/// A JSON Feed 1.1 author object.
struct JSONFeedAuthor: Codable, Sendable, Hashable {
  let name: String
  let url: String?
}

/// A JSON Feed 1.1 item.
struct JSONFeedItem: Codable, Sendable, Hashable {
  let id: String
  let url: String?
  let title: String
  let contentHTML: String
  let contentText: String
  let summary: String?
  let image: String?
  let datePublished: String
  let dateModified: String?
  let authors: [JSONFeedAuthor]?
  let tags: [String]?
  let language: String
  let copydesk: JSONFeedCopydeskExtension

  enum CodingKeys: String, CodingKey {
    case id, url, title
    case contentHTML = "content_html"
    case contentText = "content_text"
    case summary, image
    case datePublished = "date_published"
    case dateModified = "date_modified"
    case authors, tags, language
    case copydesk = "_copydesk"
  }
}

/// The `_copydesk` extension object: newsroom metadata JSON Feed has no field for.
struct JSONFeedCopydeskExtension: Codable, Sendable, Hashable {
  /// A structured dateline.
  struct Place: Codable, Sendable, Hashable {
    let city: String
    let region: String?
    let country: String?
  }

  /// A correction note.
  struct CorrectionNote: Codable, Sendable, Hashable {
    let date: String
    let note: String
  }

  /// Where the extension is described (JSON Feed 1.1, "Extensions": an `about` URL).
  let about: String?
  let slug: String
  let version: Int
  let urgency: Int?
  let dateline: String?
  let located: Place?
  let subjects: [String]?
  let corrections: [CorrectionNote]?
}
