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
    var result = XMLElement(
      LibXML2.string(node.pointee.name),
      namespace: node.pointee.ns.map { LibXML2.string($0.pointee.href) },
      line: Int(xmlGetLineNo(node)))
    var attribute = node.pointee.properties
    while let current = attribute {
      let prefix = current.pointee.ns.map { LibXML2.string($0.pointee.prefix) }
      let name = LibXML2.string(current.pointee.name)
      let valuePointer = xmlNodeGetContent(
        UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
      result.attributes.append(
        XMLAttribute(prefix.map { "\($0):\(name)" } ?? name, LibXML2.string(valuePointer)))
      CLibXML2_free(valuePointer)
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
              namespace: current.pointee.ns.map { LibXML2.string($0.pointee.href) },
              line: Int(xmlGetLineNo(current)))))
      case XML_ELEMENT_NODE:
        result.children.append(.element(element(from: current, pruned: pruned)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        result.children.append(.text(LibXML2.string(current.pointee.content)))
      default:
        break
      }
      child = current.pointee.next
    }
    return result
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
