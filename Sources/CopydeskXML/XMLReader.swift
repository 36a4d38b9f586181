import CLibXML2
public import Foundation

/// Parses XML with libxml2 into an element tree, with network access off and entities
/// left unexpanded.
public enum XMLReader {
  /// The root element of `data`, or every well-formedness problem libxml2 found.
  public static func parse(_ data: Data, fileName: String) throws(XMLProblems) -> XMLElement {
    _ = LibXML2.initialised
    let collector = XMLErrorCollector(file: fileName)
    xmlSetStructuredErrorFunc(collector.userData, XMLErrorCollector.handler)
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    let document: xmlDocPtr
    switch LibXML2.readDocument(data, fileName: fileName, collector: collector) {
    case .success(let parsed): document = parsed
    case .failure(let problems): throw problems
    }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else {
      throw XMLProblems(problems: [
        XMLProblem(file: fileName, line: nil, message: "the document has no root element")
      ])
    }
    return element(from: root)
  }

  /// The element tree under `node`, as `parse` returns it; below an element named in
  /// `pruned`, only the child elements themselves are kept, without attributes or content.
  static func element(from node: xmlNodePtr, pruned: Set<String> = []) -> XMLElement {
    var namespaces = NamespaceNames()
    return element(from: node, pruned: pruned, namespaces: &namespaces)
  }

  private static func element(
    from node: xmlNodePtr, pruned: Set<String>, namespaces: inout NamespaceNames
  ) -> XMLElement {
    var result = XMLElement(
      LibXML2.string(node.pointee.name), namespace: namespaces.uri(of: node.pointee.ns),
      line: Int(xmlGetLineNo(node)))
    var attribute = node.pointee.properties
    while let current = attribute {
      let prefix = current.pointee.ns.map { LibXML2.string($0.pointee.prefix) }
      let name = LibXML2.string(current.pointee.name)
      result.attributes.append(
        XMLAttribute(prefix.map { "\($0):\(name)" } ?? name, value(of: current)))
      attribute = current.pointee.next
    }
    var child = node.pointee.children
    let prunes = pruned.contains(result.name)
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE where prunes:
        result.children.append(
          .element(
            XMLElement(
              LibXML2.string(current.pointee.name),
              namespace: namespaces.uri(of: current.pointee.ns),
              line: Int(xmlGetLineNo(current)))))
      case XML_ELEMENT_NODE:
        result.children.append(
          .element(element(from: current, pruned: pruned, namespaces: &namespaces)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        result.children.append(.text(LibXML2.string(current.pointee.content)))
      default:
        break
      }
      child = current.pointee.next
    }
    return result
  }

  /// An attribute's value: its one text node read in place (the usual case, as no entity is
  /// expanded), anything else joined by libxml2.
  private static func value(of attribute: xmlAttrPtr) -> String {
    if let text = attribute.pointee.children, text.pointee.next == nil,
      text.pointee.type == XML_TEXT_NODE
    {
      return LibXML2.string(text.pointee.content)
    }
    let joined = xmlNodeGetContent(
      UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlNode.self))
    defer { CLibXML2_free(joined) }
    return LibXML2.string(joined)
  }
}

/// Namespace URIs as strings, made once per namespace declaration of a document rather than
/// once per element: every element of an item points to the same few declarations.
private struct NamespaceNames {
  private var last: (namespace: xmlNsPtr, uri: String)?

  /// The URI of `namespace`, or nil for none.
  mutating func uri(of namespace: xmlNsPtr?) -> String? {
    guard let namespace else { return nil }
    if let last, last.namespace == namespace { return last.uri }
    let uri = LibXML2.string(namespace.pointee.href)
    last = (namespace, uri)
    return uri
  }
}

/// Every problem found in one document.
public struct XMLProblems: Error, Sendable {
  /// The problems, in the order libxml2 reported them.
  public var problems: [XMLProblem]

  /// Creates a list of problems.
  public init(problems: [XMLProblem]) {
    self.problems = problems
  }
}
