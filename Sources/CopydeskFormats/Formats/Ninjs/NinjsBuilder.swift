import CopydeskAST
import CopydeskCore
import CopydeskReader

/// Maps one article to a ninjs document (field mapping: research/peers.md, "ninjs" column).
///
/// uri is the story's guid, so every version of the story is the same ninjs object; bodies carry
/// the XHTML body and a plain-text one; subjects and genres with a QCode get their IPTC URI.
struct NinjsBuilder {
  let context: RenderContext
  /// What the document could not carry.
  private(set) var warnings: [Diagnostic] = []

  init(context: RenderContext) {
    self.context = context
  }

  /// The document of `article`.
  mutating func document(_ article: Article) -> NinjsDocument {
    let metadata = article.metadata
    let version = context.options[NinjsSettings.self].version
    var html = HTMLBodyRenderer(
      sourceFile: context.sourceFile, absoluteBase: context.site.baseURL, xhtml: true)
    let richText = html.render(article.body)
    warnings += html.warnings
    let plainText = context.plainText(of: article, dateline: metadata.dateline)
    var headlines = [
      NinjsDocument.Text(role: "main", contentType: "text/plain", value: metadata.headline)
    ]
    if let subhead = metadata.subhead {
      headlines.append(.init(role: "sub", contentType: "text/plain", value: subhead))
    }
    let rights = metadata.rights
    let picture = metadata.image.flatMap { association($0) }
    let isKill = metadata.status == .canceled
    return NinjsDocument(
      uri: metadata.id, version: String(metadata.version),
      firstCreated: RFC3339.format(metadata.date),
      versionCreated: RFC3339.format(metadata.updated ?? metadata.date),
      embargoedUntil: metadata.embargo.map(RFC3339.format),
      expires: metadata.expires.map(RFC3339.format), pubStatus: Self.pubStatus(metadata.status),
      urgency: metadata.urgency, copyrightHolder: rights?.holder,
      copyrightNotice: rights?.notice, usageTerms: rights?.usage, edNote: metadata.ednote,
      language: metadata.language, slugline: metadata.slug,
      by: metadata.byline.isEmpty ? nil : CreditLine.text(metadata.byline),
      located: metadata.dateline?.text, headlines: headlines,
      descriptions: isKill
        ? nil
        : metadata.summary.map {
          [NinjsDocument.Text(role: "summary", contentType: "text/plain", value: $0)]
        },
      bodies: isKill
        ? nil
        : [
          .init(
            role: "richtext", contentType: "application/xhtml+xml", value: richText,
            wordCount: context.wordCount(of: article)),
          .init(
            role: "plaintext", contentType: "text/plain", value: plainText,
            wordCount: context.wordCount(of: article), charCount: plainText.count),
        ],
      people: Self.nonEmpty(
        metadata.byline.map {
          NinjsDocument.Concept(name: $0.name, rel: $0.role?.rawValue ?? "creator", uri: nil)
        }),
      places: metadata.dateline.map { place in
        [NinjsDocument.Concept(name: place.text, rel: "located", uri: nil)]
      },
      subjects: Self.nonEmpty(
        metadata.subjects.map { Self.concept($0, rel: "about") }
          + metadata.keywords.map { NinjsDocument.Concept(name: $0, rel: "keyword", uri: nil) }),
      genres: metadata.genre.map { [Self.concept($0, rel: nil)] },
      associations: picture.map { [$0] },
      standard: .init(name: "ninjs", version: version.rawValue, schema: version.schema))
  }

  /// The picture as an associated ninjs object; a picture without an absolute URL cannot be
  /// one (ninjs requires a URI) and is reported.
  private mutating func association(_ image: ImageReference) -> NinjsAssociation? {
    var html = HTMLBodyRenderer(sourceFile: context.sourceFile)
    guard let safe = html.url(image.url, what: "image") else {
      warnings += html.warnings
      return nil
    }
    let href = URLPolicy.absolute(safe, baseURL: context.site.baseURL)
    guard href.hasPrefix("https://") || href.hasPrefix("http://") else {
      warnings.append(
        Diagnostic(
          .warning, file: context.sourceFile, key: "image",
          message: "the picture '\(image.url)' has no absolute URL, so ninjs leaves it out; "
            + "set site.base_url in copydesk.yml (or --base-url)"))
      return nil
    }
    return NinjsAssociation(
      name: "featureimage", uri: href,
      headlines: image.caption.map {
        [.init(role: "caption", contentType: "text/plain", value: $0)]
      },
      descriptions: image.alt.map { [.init(role: "alt", contentType: "text/plain", value: $0)] },
      copyrightHolder: image.credit,
      renditions: [.init(name: "web", href: href, title: image.alt ?? image.caption)])
  }

  /// A term as a concept: a QCode with its IPTC URI, or a name.
  private static func concept(_ term: Term, rel: String?) -> NinjsDocument.Concept {
    switch term {
    case .qcode(let scheme, let code):
      NinjsDocument.Concept(
        name: nil, rel: rel, uri: QCodeSchemes.uris[scheme].map { $0 + code } ?? term.text)
    case .name(let name):
      NinjsDocument.Concept(name: name, rel: rel, uri: nil)
    }
  }

  private static func pubStatus(_ status: PublicationStatus) -> String {
    switch status {
    case .usable, .draft: "usable"
    case .withheld: "withheld"
    case .canceled: "canceled"
    }
  }

  private static func nonEmpty<Element>(_ list: [Element]) -> [Element]? {
    list.isEmpty ? nil : list
  }
}
