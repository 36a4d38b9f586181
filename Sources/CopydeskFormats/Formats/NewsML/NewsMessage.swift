public import CopydeskAST
public import CopydeskCore
import CopydeskReader
import CopydeskXML
import Foundation

/// A NewsML-G2 `newsMessage`: items in one envelope whose header carries the transmission's
/// priority, which some receivers read only there (Superdesk's NewsML-G2 ingest).
public enum NewsMessage {
  /// The envelope's header values (standards.md §1.5: `sent` is required).
  public struct Header: Sendable {
    /// When the message was sent; the build passes its clock, never the wall time.
    public var sent: Timestamp
    /// Who sent it, such as the provider id.
    public var sender: String
    /// The transmission's id, unique per sender.
    public var transmitID: String
    /// The transmission priority, 1 (highest) to 9; nil leaves it out.
    public var priority: Int?

    /// Creates a header.
    public init(sent: Timestamp, sender: String, transmitID: String, priority: Int? = nil) {
      self.sent = sent
      self.sender = sender
      self.transmitID = transmitID
      self.priority = priority
    }

    /// The header of one story's message: sent at the render clock (else the version's
    /// time), by the provider, identified by guid and version, with the story's urgency (else
    /// its wire priority) as the priority.
    public init(for article: Article, context: RenderContext) {
      let metadata = article.metadata
      self.init(
        sent: context.clock ?? metadata.updated ?? metadata.date, sender: context.site.providerID,
        transmitID: "\(metadata.id):\(metadata.version)",
        priority: metadata.urgency ?? metadata.priority ?? 5)
    }
  }

  /// The message document holding one `newsItem` per article, in the order given.
  public static func render(
    _ articles: [Article], header: Header, context: RenderContext
  ) throws(Diagnostic) -> RenderedOutput {
    var warnings: [Diagnostic] = []
    var items: [XMLElement] = []
    for article in articles {
      items.append(try NewsMLRenderer.newsItem(article, context: context, warnings: &warnings))
    }
    return RenderedOutput(
      data: XMLWriter.serialize(envelope(items, header: header)), warnings: warnings)
  }

  /// `items` in a `newsMessage`: header (sent, sender, transmitId, priority), then itemSet.
  static func envelope(_ items: [XMLElement], header: Header) -> XMLElement {
    var headerChildren = [
      G2.text("sent", RFC3339.format(header.sent)), G2.text("sender", header.sender),
      G2.text("transmitId", header.transmitID),
    ]
    if let priority = header.priority {
      headerChildren.append(G2.text("priority", String(min(max(priority, 1), 9))))
    }
    let unwrapped = items.map { item -> XMLElement in
      var item = item
      item.namespace = nil
      return item
    }
    var message = XMLElement("newsMessage", namespace: NewsMLVocabulary.namespace)
    message.children = [
      .element(G2.element("header", [], headerChildren)),
      .element(G2.element("itemSet", [], unwrapped)),
    ]
    return message
  }
}
