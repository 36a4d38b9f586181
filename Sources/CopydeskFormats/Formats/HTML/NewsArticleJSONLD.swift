import CopydeskAST
import Foundation

/// The schema.org `NewsArticle` description of a story, embedded as JSON-LD.
struct NewsArticleJSONLD: Encodable {
  /// A schema.org `Person`.
  struct Person: Encodable {
    let type = "Person"
    let name: String
    let jobTitle: String?
    let url: String?
    enum CodingKeys: String, CodingKey {
      case type = "@type"
      case name, jobTitle, url
    }
  }

  /// A schema.org `Organization`.
  struct Organization: Encodable {
    let type = "Organization"
    let name: String
    enum CodingKeys: String, CodingKey {
      case type = "@type"
      case name
    }
  }

  /// A schema.org `ImageObject`.
  struct ImageObject: Encodable {
    let type = "ImageObject"
    let url: String
    let caption: String?
    let creditText: String?
    enum CodingKeys: String, CodingKey {
      case type = "@type"
      case url, caption, creditText
    }
  }

  /// A schema.org `Place` with its postal address.
  struct Place: Encodable {
    /// A schema.org `PostalAddress`.
    struct Address: Encodable {
      let type = "PostalAddress"
      let addressLocality: String
      let addressRegion: String?
      let addressCountry: String?
      enum CodingKeys: String, CodingKey {
        case type = "@type"
        case addressLocality, addressRegion, addressCountry
      }
    }
    let type = "Place"
    let name: String
    let address: Address
    enum CodingKeys: String, CodingKey {
      case type = "@type"
      case name, address
    }
  }

  /// A schema.org `CorrectionComment`.
  struct CorrectionComment: Encodable {
    let type = "CorrectionComment"
    let text: String
    let datePublished: String
    enum CodingKeys: String, CodingKey {
      case type = "@type"
      case text, datePublished
    }
  }

  let context = "https://schema.org"
  let type = "NewsArticle"
  let identifier: String
  let headline: String
  let alternativeHeadline: String?
  let description: String?
  let url: String?
  let mainEntityOfPage: String?
  let datePublished: String
  let dateModified: String
  let author: [Person]
  let editor: [Person]?
  let contributor: [Person]?
  let publisher: Organization
  let image: ImageObject?
  let inLanguage: String
  let keywords: [String]?
  let articleSection: String?
  let dateline: String?
  let locationCreated: Place?
  let wordCount: Int
  let correction: [CorrectionComment]?
  let copyrightHolder: Organization?
  let copyrightNotice: String?
  let usageInfo: String?

  enum CodingKeys: String, CodingKey {
    case context = "@context"
    case type = "@type"
    case identifier, headline, alternativeHeadline
    case description, url, mainEntityOfPage, datePublished, dateModified, author, editor
    case contributor, publisher
    case image, inLanguage, keywords, articleSection, dateline, locationCreated, wordCount
    case correction, copyrightHolder, copyrightNotice, usageInfo
  }

  /// Describes `article` as published at `pageURL`; `imageURL` is the already-vetted picture URL.
  init(
    article: Article, site: SiteSettings, pageURL: String?, imageURL: String?, wordCount: Int
  ) {
    let metadata = article.metadata
    identifier = metadata.id
    headline = metadata.headline
    alternativeHeadline = metadata.subhead
    description = metadata.summary
    url = pageURL
    mainEntityOfPage = pageURL
    datePublished = RFC3339.format(metadata.date)
    dateModified = RFC3339.format(metadata.updated ?? metadata.date)
    // schema.org: `author` is for the writers; editors and the others have properties of
    // their own.
    func people(_ byline: [Contributor]) -> [Person] {
      byline.map {
        Person(name: $0.name, jobTitle: $0.role?.rawValue, url: $0.url.flatMap(URLPolicy.safeURL))
      }
    }
    author = people(metadata.byline.filter(\.isAuthor))
    let editors = people(metadata.byline.filter { $0.role == .editor })
    editor = editors.isEmpty ? nil : editors
    let others = people(metadata.byline.filter { !$0.isAuthor && $0.role != .editor })
    contributor = others.isEmpty ? nil : others
    publisher = Organization(name: site.publisher)
    image = imageURL.map {
      ImageObject(url: $0, caption: metadata.image?.caption, creditText: metadata.image?.credit)
    }
    inLanguage = metadata.language
    let tags =
      metadata.keywords
      + metadata.subjects.compactMap {
        if case .name(let name) = $0 { return name }
        return nil
      }
    keywords = tags.isEmpty ? nil : tags
    if case .name(let genre)? = metadata.genre {
      articleSection = genre
    } else {
      articleSection = nil
    }
    dateline = metadata.dateline?.textWithAgency
    locationCreated = metadata.dateline.map {
      Place(
        name: $0.text,
        address: Place.Address(
          addressLocality: $0.city, addressRegion: $0.region, addressCountry: $0.country))
    }
    self.wordCount = wordCount
    correction =
      metadata.corrections.isEmpty
      ? nil
      : metadata.corrections.map {
        CorrectionComment(text: $0.note, datePublished: RFC3339.format($0.date))
      }
    copyrightHolder = metadata.rights?.holder.map { Organization(name: $0) }
    copyrightNotice = metadata.rights?.notice
    usageInfo = metadata.rights?.usage
  }

  /// The JSON-LD text, safe to place inside `<script type="application/ld+json">`.
  func scriptContent() throws -> String {
    let json = PrettyJSON.layOut(try RecordCoding.sortedCompact(self))
    return HTMLEscaping.jsonForScript(String(decoding: json, as: UTF8.self))
  }
}
