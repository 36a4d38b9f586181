import CopydeskAST
import CopydeskCore
import CopydeskReader
import CopydeskXML

extension NewsMLRenderer {
  /// `itemMeta` in schema order: itemClass, provider, versionCreated, firstCreated,
  /// embargoed, pubStatus, edNote, signal, expires, link (the previous version, the picture).
  static func itemMeta(
    _ metadata: Metadata, context: RenderContext, warnings: inout [Diagnostic]
  ) -> XMLElement {
    var children = itemManagement(metadata, itemClass: "ninat:text", site: context.site)
    if metadata.status == .draft {
      warnings.append(
        Diagnostic(
          .warning, file: context.sourceFile, key: "status",
          message: "the story is a draft; its NewsML-G2 item is marked stat:withheld"))
    }
    if let ednote = metadata.ednote { children.append(G2.text("edNote", ednote)) }
    // Each correction's text as an edNote with a correction role, as agencies send it
    // (receivers.md), besides the signal.
    for correction in metadata.corrections {
      children.append(
        G2.text(
          "edNote", "\(RFC3339.format(correction.date)): \(correction.note)",
          [("role", NewsMLVocabulary.role("correction"))]))
    }
    // sig:correction when corrections exist; sig:update only for a version after the first,
    // never on a first publication (peers.md, appendix: the Superdesk mistake).
    if !metadata.corrections.isEmpty {
      children.append(G2.element("signal", [("qcode", "sig:correction")]))
    }
    if metadata.version > 1 { children.append(G2.element("signal", [("qcode", "sig:update")])) }
    if let expires = metadata.expires {
      children.append(G2.text("expires", RFC3339.format(expires)))
    }
    // Each version after the first names the one it replaces, as TT and Naviga send it
    // (peers.md: irel:previousVersion), so a receiver can replace rather than add.
    if metadata.version > 1 {
      children.append(
        G2.element(
          "link",
          [
            ("rel", "irel:previousVersion"), ("residref", metadata.id),
            ("version", String(metadata.version - 1)),
          ]))
    }
    if let picture = NewsMLPicture.link(for: metadata, context: context) {
      children.append(picture)
    }
    return G2.element("itemMeta", [], children)
  }

  /// The start of `itemMeta` that the text item and its picture item share: item class,
  /// provider, version and first creation times, embargo and publication status (a draft is
  /// `stat:withheld`: it is never usable).
  static func itemManagement(_ metadata: Metadata, itemClass: String, site: SiteSettings)
    -> [XMLElement]
  {
    var children = [
      G2.element("itemClass", [("qcode", itemClass)]),
      provider(site),
      G2.text("versionCreated", RFC3339.format(metadata.updated ?? metadata.date)),
      G2.text("firstCreated", RFC3339.format(metadata.date)),
    ]
    if let embargo = metadata.embargo {
      children.append(G2.text("embargoed", RFC3339.format(embargo)))
    }
    let status: PublicationStatusCode =
      switch metadata.status {
      case .usable: .usable
      case .withheld, .draft: .withheld
      case .canceled: .canceled
      }
    children.append(G2.element("pubStatus", [("qcode", NewsMLVocabulary.pubStatus(status))]))
    return children
  }

  /// The provider: its id as a literal, named when the publisher is configured.
  static func provider(_ site: SiteSettings) -> XMLElement {
    guard let name = site.configuredPublisher else {
      return G2.element("provider", [("literal", site.providerID)])
    }
    return G2.named("provider", name, [("literal", site.providerID)])
  }
}
