public import CopydeskAST
public import CopydeskCore
import CopydeskReader
import CopydeskXML
import Foundation

/// A NewsML-G2 `newsMessage`: several items in one envelope, for a build's transmission.
public enum NewsMessage {
  /// The envelope's header values (standards.md §1.5: `sent` is required).
  public struct Header: Sendable {
    /// When the message was sent; the build passes its clock, never the wall time.
    public var sent: Timestamp
    /// Who sent it, such as the provider id.
    public var sender: String
    /// The transmission's id, unique per sender.
    public var transmitID: String

    /// Creates a header.
    public init(sent: Timestamp, sender: String, transmitID: String) {
      self.sent = sent
      self.sender = sender
      self.transmitID = transmitID
    }
  }

  /// The message document holding one `newsItem` per article, in the order given.
  public static func render(
    _ articles: [Article], header: Header, context: RenderContext
  ) throws(Diagnostic) -> RenderedOutput {
    var warnings: [Diagnostic] = []
    var items: [XMLElement] = []
    for article in articles {
      var item = try NewsMLRenderer.newsItem(article, context: context, warnings: &warnings)
      item.namespace = nil
      items.append(item)
    }
    var message = XMLElement("newsMessage", namespace: NewsMLVocabulary.namespace)
    message.children = [
      .element(
        G2.element(
          "header", [],
          [
            G2.text("sent", RFC3339.format(header.sent)), G2.text("sender", header.sender),
            G2.text("transmitId", header.transmitID),
          ])),
      .element(G2.element("itemSet", [], items)),
    ]
    return RenderedOutput(data: XMLWriter.serialize(message), warnings: warnings)
  }
}
