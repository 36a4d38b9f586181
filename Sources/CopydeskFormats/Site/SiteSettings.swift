/// What renderers know about the publication a story appears in.
public struct SiteSettings: Sendable, Hashable {
  /// The publication's name.
  public var title: String
  /// The absolute URL the output folder is served from, ending in `/` (one is added when
  /// missing); nil when unknown, in which case pages carry no canonical or Open Graph URL.
  public var baseURL: String? {
    didSet { baseURL = baseURL.map(Self.endingInSlash) }
  }
  /// The organisation that publishes the stories, when it is configured (`provider.name`,
  /// `--publisher`); receivers' credit lines never name a tool in its place.
  public var configuredPublisher: String?
  /// The organisation that publishes the stories: the configured one, else the site's title.
  public var publisher: String {
    get { configuredPublisher ?? title }
    set { configuredPublisher = newValue }
  }
  /// The provider id, as in guids (`urn:newsml:{provider}:…`) and NewsML-G2 `provider`.
  public var providerID: String
  /// A short description of the publication.
  public var description: String?
  /// A large square picture for the publication (JSON Feed `icon`).
  public var icon: String?
  /// A small square picture for the publication (JSON Feed `favicon`).
  public var favicon: String?
  /// The zone pages show times in, with its abbreviations; nil: each story's own offset.
  public var displayZone: DisplayZone?

  /// Creates site settings; the base URL gets a trailing `/` if it lacks one.
  public init(
    title: String = "copydesk", baseURL: String? = nil, publisher: String? = nil,
    providerID: String = "example.com", description: String? = nil, icon: String? = nil,
    favicon: String? = nil
  ) {
    self.icon = icon
    self.favicon = favicon
    self.title = title
    self.baseURL = baseURL.map(Self.endingInSlash)
    self.configuredPublisher = publisher
    self.providerID = providerID
    self.description = description
  }

  /// The absolute URL of a path inside the output folder, such as `html/harbour.html`.
  public func absoluteURL(_ path: String) -> String? {
    baseURL.map { $0 + path }
  }

  private static func endingInSlash(_ url: String) -> String {
    url.hasSuffix("/") ? url : url + "/"
  }
}
