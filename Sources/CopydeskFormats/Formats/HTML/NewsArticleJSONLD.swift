import CopydeskAST
import Foundation

/// The schema.org `NewsArticle` description of a story, embedded as JSON-LD.
struct NewsArticleJSONLD {
  /// The `NewsArticle` object.
  let value: JSONValue

  /// Describes `article` as published at `pageURL`; `imageURL` is the already-vetted picture URL.
  init(
    article: Article, site: SiteSettings, pageURL: String?, imageURL: String?, wordCount: Int
  ) {
    let metadata = article.metadata
    var object = Self.typed("NewsArticle")
    object.set("@context", "https://schema.org")
    object.set("identifier", metadata.id)
    object.set("headline", metadata.headline)
    object.set("alternativeHeadline", metadata.subhead)
    object.set("description", metadata.summary)
    object.set("url", pageURL)
    object.set("mainEntityOfPage", pageURL)
    object.set("datePublished", RFC3339.format(metadata.date))
    object.set("dateModified", RFC3339.format(metadata.updated ?? metadata.date))
    // schema.org: `author` is for the writers; editors and the others have properties of
    // their own.
    object.set("author", metadata.byline.filter(\.isAuthor), Self.person)
    let editors = metadata.byline.filter { $0.role == .editor }
    object.set("editor", editors.isEmpty ? nil : editors, Self.person)
    let others = metadata.byline.filter { !$0.isAuthor && $0.role != .editor }
    object.set("contributor", others.isEmpty ? nil : others, Self.person)
    object.set("publisher", Self.organization(site.publisher))
    object.set(
      "image",
      imageURL.map {
        var image = Self.typed("ImageObject")
        image.set("url", $0)
        image.set("caption", metadata.image?.caption)
        image.set("creditText", metadata.image?.credit)
        return .object(image)
      })
    object.set("inLanguage", metadata.language)
    let tags =
      metadata.keywords
      + metadata.subjects.compactMap {
        if case .name(let name) = $0 { return name }
        return nil
      }
    object.set("keywords", tags.isEmpty ? nil : tags)
    if case .name(let genre)? = metadata.genre { object.set("articleSection", genre) }
    object.set("dateline", metadata.dateline?.textWithAgency)
    object.set("locationCreated", metadata.dateline.map(Self.place))
    object.set("wordCount", wordCount)
    object.set("correction", metadata.corrections.isEmpty ? nil : metadata.corrections) {
      var comment = Self.typed("CorrectionComment")
      comment.set("text", $0.note)
      comment.set("datePublished", RFC3339.format($0.date))
      return .object(comment)
    }
    object.set("copyrightHolder", metadata.rights?.holder.map(Self.organization))
    object.set("copyrightNotice", metadata.rights?.notice)
    object.set("usageInfo", metadata.rights?.usage)
    value = .object(object)
  }

  /// The JSON-LD text, safe to place inside `<script type="application/ld+json">`.
  func scriptContent() -> String {
    let json = PrettyJSON.layOut(SortedJSONEncoder.encode(value))
    return HTMLEscaping.jsonForScript(String(decoding: json, as: UTF8.self))
  }

  /// An object of the schema.org type `type`.
  private static func typed(_ type: String) -> JSONMembers {
    var object = JSONMembers()
    object.set("@type", type)
    return object
  }

  /// The schema.org `Person` of a byline's contributor.
  private static func person(_ contributor: Contributor) -> JSONValue {
    var person = typed("Person")
    person.set("name", contributor.name)
    person.set("jobTitle", contributor.role?.rawValue)
    person.set("url", contributor.url.flatMap(URLPolicy.safeURL))
    return .object(person)
  }

  /// A schema.org `Organization` named `name`.
  private static func organization(_ name: String) -> JSONValue {
    var organization = typed("Organization")
    organization.set("name", name)
    return .object(organization)
  }

  /// A schema.org `Place` with the dateline's `PostalAddress`.
  private static func place(_ dateline: Dateline) -> JSONValue {
    var address = typed("PostalAddress")
    address.set("addressLocality", dateline.city)
    address.set("addressRegion", dateline.region)
    address.set("addressCountry", dateline.country)
    var place = typed("Place")
    place.set("name", dateline.text)
    place.set("address", .object(address))
    return .object(place)
  }
}
