import CopydeskXML

/// An Atom feed document (RFC 4287 §4.1.1) around entries, newest first.
struct AtomFeed {
  /// The Atom namespace (RFC 4287 §2).
  static let namespace = "http://www.w3.org/2005/Atom"

  let entries: [AtomEntry]
  let site: SiteSettings
  let layout: OutputLayout
  /// The feed's own path in the output folder.
  let path: String

  /// The `feed` element.
  var element: XMLElement {
    let selfURL = site.absoluteURL(path)
    var children: [XMLElement] = [
      // §4.2.6: a permanent, universally unique IRI; the feed's URL when it is known.
      text("id", selfURL ?? "urn:newsml:\(site.providerID):atom"),
      text("title", site.title),
      // §4.2.15: the latest instant the feed changed, that is its newest entry's update.
      text("updated", entries.map(\.updated).max() ?? "1970-01-01T00:00:00Z"),
      element("author", [text("name", site.publisher)]),
      link(
        "alternate", href: site.absoluteURL(layout.indexPath) ?? layout.indexPath, type: "text/html"
      ),
    ]
    if let selfURL { children.append(link("self", href: selfURL, type: "application/atom+xml")) }
    if let description = site.description { children.append(text("subtitle", description)) }
    children += entries.map(entry)
    return XMLElement(
      "feed", namespace: Self.namespace, children: children.map { .element($0) })
  }

  private func entry(_ entry: AtomEntry) -> XMLElement {
    var children = [
      text("id", entry.id), text("title", entry.title), text("updated", entry.updated),
      text("published", entry.published),
    ]
    children += entry.authors.map { person("author", $0) }
    children += (entry.contributors ?? []).map { person("contributor", $0) }
    children.append(link("alternate", href: entry.link, type: "text/html"))
    children += entry.categories.map {
      XMLElement("category", attributes: [XMLAttribute("term", $0)])
    }
    if let summary = entry.summary { children.append(text("summary", summary)) }
    var content = text("content", entry.content)
    content.attributes = [XMLAttribute("type", "html")]
    children.append(content)
    return XMLElement(
      "entry", attributes: [XMLAttribute("xml:lang", entry.language)],
      children: children.map { .element($0) })
  }

  private func text(_ name: String, _ value: String) -> XMLElement {
    XMLElement(name, children: [.text(value)])
  }

  /// An `atom:author` or `atom:contributor` person construct (RFC 4287 §3.2).
  private func person(_ name: String, _ person: AtomEntry.Person) -> XMLElement {
    element(name, [text("name", person.name)] + (person.uri.map { [text("uri", $0)] } ?? []))
  }

  private func element(_ name: String, _ children: [XMLElement]) -> XMLElement {
    XMLElement(name, children: children.map { .element($0) })
  }

  private func link(_ rel: String, href: String, type: String) -> XMLElement {
    XMLElement(
      "link",
      attributes: [
        XMLAttribute("rel", rel), XMLAttribute("type", type), XMLAttribute("href", href),
      ])
  }
}
