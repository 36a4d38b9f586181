/// Where a build's pages and feeds live inside the output folder, so formats link each other
/// without hard-coding paths.
public struct OutputLayout: Sendable, Hashable {
  /// A feed the pages announce for autodiscovery (`<link rel="alternate">`).
  public struct Feed: Sendable, Hashable {
    /// The feed's media type, such as `application/atom+xml`.
    public var type: String
    /// Its path inside the output folder.
    public var path: String

    /// Creates a feed link.
    public init(type: String, path: String) {
      self.type = type
      self.path = path
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
  public var indexPath: String { "\(pageFolder)/index.html" }

  /// A link to `path` from a page: absolute under the base URL, else relative to the pages.
  public func link(to path: String, site: SiteSettings) -> String {
    if let absolute = site.absoluteURL(path) { return absolute }
    let depth = pageFolder.split(separator: "/").count
    return String(repeating: "../", count: depth) + path
  }
}
