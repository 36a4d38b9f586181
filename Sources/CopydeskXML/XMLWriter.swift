import CLibXML2
public import Foundation

/// Serialises an element tree through libxml2: UTF-8, an XML declaration, two-space
/// indentation where an element holds only elements, and namespaces declared where they change.
public enum XMLWriter {
  /// The document bytes; characters XML 1.0 forbids are removed from every text and value.
  public static func serialize(_ root: XMLElement) -> Data {
    _ = LibXML2.initialised
    guard let document = LibXML2.withXMLString("1.0", { xmlNewDoc($0) }) else { return Data() }
    defer { xmlFreeDoc(document) }
    let node = build(root, in: document, inheritedNamespace: nil, inheritedURI: nil)
    xmlDocSetRootElement(document, node)
    var buffer: UnsafeMutablePointer<xmlChar>?
    var size: Int32 = 0
    xmlDocDumpFormatMemoryEnc(document, &buffer, &size, "UTF-8", 1)
    guard let buffer else { return Data() }
    defer { CLibXML2_free(buffer) }
    return Data(bytes: buffer, count: Int(size))
  }

  private static func build(
    _ element: XMLElement, in document: xmlDocPtr, inheritedNamespace: xmlNsPtr?,
    inheritedURI: String?
  ) -> xmlNodePtr? {
    guard let node = LibXML2.withXMLString(element.name, { xmlNewDocNode(document, nil, $0, nil) })
    else { return nil }
    var namespace = inheritedNamespace
    var namespaceURI = inheritedURI
    if let uri = element.namespace, uri != inheritedURI {
      namespace = LibXML2.withXMLString(uri) { xmlNewNs(node, $0, nil) }
      namespaceURI = uri
    }
    if let namespace { xmlSetNs(node, namespace) }
    for attribute in element.attributes {
      let value = XMLText.removingIllegalCharacters(attribute.value)
      LibXML2.withXMLString(value) { valuePointer in
        if attribute.name == "xml:lang" {
          xmlNodeSetLang(node, valuePointer)
        } else {
          _ = LibXML2.withXMLString(attribute.name) { xmlNewProp(node, $0, valuePointer) }
        }
      }
    }
    for child in element.children {
      switch child {
      case .element(let childElement):
        if let childNode = build(
          childElement, in: document, inheritedNamespace: namespace, inheritedURI: namespaceURI)
        {
          xmlAddChild(node, childNode)
        }
      case .text(let text):
        let clean = XMLText.removingIllegalCharacters(text)
        if let textNode = LibXML2.withXMLString(clean, { xmlNewDocText(document, $0) }) {
          xmlAddChild(node, textNode)
        }
      }
    }
    return node
  }
}
