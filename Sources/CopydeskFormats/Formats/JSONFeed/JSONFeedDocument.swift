/// A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), with the spec's key names.
struct JSONFeedDocument {
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

  /// The feed object.
  var json: JSONValue {
    var object = JSONMembers()
    object.set("version", "https://jsonfeed.org/version/1.1")
    object.set("title", title)
    object.set("home_page_url", homePageURL)
    object.set("feed_url", feedURL)
    object.set("description", description)
    object.set("next_url", nextURL)
    object.set("icon", icon)
    object.set("favicon", favicon)
    object.set("authors", authors, \.json)
    object.set("language", language)
    object.set("items", items, \.json)
    return .object(object)
  }
}

/// A JSON Feed 1.1 author object.
struct JSONFeedAuthor {
  let name: String
  let url: String?

  /// The author object.
  var json: JSONValue {
    var object = JSONMembers()
    object.set("name", name)
    object.set("url", url)
    return .object(object)
  }
}

/// A JSON Feed 1.1 item.
struct JSONFeedItem {
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

  /// The item object.
  var json: JSONValue {
    var object = JSONMembers()
    object.set("id", id)
    object.set("url", url)
    object.set("title", title)
    object.set("content_html", contentHTML)
    object.set("content_text", contentText)
    object.set("summary", summary)
    object.set("image", image)
    object.set("date_published", datePublished)
    object.set("date_modified", dateModified)
    object.set("authors", authors, \.json)
    object.set("tags", tags)
    object.set("language", language)
    object.set("_copydesk", copydesk.json)
    return .object(object)
  }
}

/// The `_copydesk` extension object: newsroom metadata JSON Feed has no field for.
struct JSONFeedCopydeskExtension {
  /// A structured dateline.
  struct Place {
    let city: String
    let region: String?
    let country: String?
  }

  /// A correction note.
  struct CorrectionNote {
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

  /// The extension object.
  var json: JSONValue {
    var object = JSONMembers()
    object.set("about", about)
    object.set("slug", slug)
    object.set("version", version)
    object.set("urgency", urgency)
    object.set("dateline", dateline)
    object.set(
      "located",
      located.map {
        var place = JSONMembers()
        place.set("city", $0.city)
        place.set("region", $0.region)
        place.set("country", $0.country)
        return .object(place)
      })
    object.set("subjects", subjects)
    object.set("corrections", corrections) {
      var correction = JSONMembers()
      correction.set("date", $0.date)
      correction.set("note", $0.note)
      return .object(correction)
    }
    return .object(object)
  }
}
