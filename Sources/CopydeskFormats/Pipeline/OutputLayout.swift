/// Where a build's pages and feeds live inside the output folder, so formats link each other
/// without hard-coding paths.
public struct OutputLayout: Sendable, Hashable {
  /// A feed the pages announce for autodiscovery (`<link rel="alternate">`).
  public struct Feed: Sendable, Hashable {
    /// The feed's media type, such as `application/atom+xml`.
    public var type: String
    /// Its path inside the output folder.
    public var path: String
    /// What readers call it in a link, such as `Atom`.
    public var title: String

    /// Creates a feed link.
    public init(type: String, path: String, title: String) {
      self.type = type
      self.path = path
      self.title = title
    }
  }

  /// The folder of the story pages and the index page.
  public var pageFolder: String
  /// The feeds the project publishes.
  public var feeds: [Feed]

  /// Creates a layout; the default puts pages in `html/`.
  public init(pageFolder: String = "html", feeds: [Feed] = []) {
    self.pageFolder = pageFolder
    self.feeds = feeds
  }

  /// The path of a story's page, such as `html/harbour-strike.html`.
  public func pagePath(slug: String) -> String {
    "\(pageFolder)/\(slug).html"
  }

  /// The path of the index page.
  public var indexPath: String { indexPath(page: 0) }
  /// The path of index page `page` (from 0): `index.html`, then `index.2.html` and so on.
  public func indexPath(page: Int) -> String {
    "\(pageFolder)/\(indexFile(page: page))"
  }
  /// The file name of index page `page`, as linked from a page beside it.
  public func indexFile(page: Int) -> String {
    page == 0 ? "index.html" : "index.\(page + 1).html"
  }
  /// The index page as linked from a page beside it: the masthead's and footer's home link.
  public var homeURL: String { indexFile(page: 0) }

  /// A link to `path` from a page: absolute under the base URL, else relative to the pages.
  public func link(to path: String, site: SiteSettings) -> String {
    if let absolute = site.absoluteURL(path) { return absolute }
    let depth = pageFolder.split(separator: "/").count
    return String(repeating: "../", count: depth) + path
  }
}
