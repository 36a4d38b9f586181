import CopydeskAST
import CopydeskCore
import CopydeskReader
import CopydeskXML

extension NewsMLRenderer {
  /// `itemMeta` in schema order: itemClass, provider, versionCreated, firstCreated,
  /// embargoed, pubStatus, edNote, signal.
  static func itemMeta(
    _ metadata: Metadata, context: RenderContext, warnings: inout [Diagnostic]
  ) -> XMLElement {
    var children = [
      G2.element("itemClass", [("qcode", "ninat:text")]),
      G2.named("provider", context.site.publisher, [("literal", context.site.providerID)]),
      G2.text("versionCreated", RFC3339.format(metadata.updated ?? metadata.date)),
      G2.text("firstCreated", RFC3339.format(metadata.date)),
    ]
    if let embargo = metadata.embargo {
      children.append(G2.text("embargoed", RFC3339.format(embargo)))
    }
    let status: PublicationStatusCode
    switch metadata.status {
    case .usable: status = .usable
    case .withheld: status = .withheld
    case .canceled: status = .canceled
    case .draft:
      status = .withheld
      warnings.append(
        Diagnostic(
          .warning, file: context.sourceFile, key: "status",
          message: "the story is a draft; its NewsML-G2 item is marked stat:withheld"))
    }
    children.append(G2.element("pubStatus", [("qcode", NewsMLVocabulary.pubStatus(status))]))
    if let ednote = metadata.ednote { children.append(G2.text("edNote", ednote)) }
    // sig:correction when corrections exist; sig:update only for a version after the first,
    // never on a first publication (peers.md, appendix: the Superdesk mistake).
    if !metadata.corrections.isEmpty {
      children.append(G2.element("signal", [("qcode", "sig:correction")]))
    }
    if metadata.version > 1 { children.append(G2.element("signal", [("qcode", "sig:update")])) }
    return G2.element("itemMeta", [], children)
  }
}
