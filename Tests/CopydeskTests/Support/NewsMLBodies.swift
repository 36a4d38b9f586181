import CopydeskXML
import Foundation

/// The bodies inside NewsML-G2 items, checked as receivers that validate them do: the
/// `inlineXML` root extracted and validated against XHTML 1.0 Strict or NITF 3.6.
enum NewsMLBodies {
  nonisolated(unsafe) private static var schemas: [String: XMLSchemaValidator] = [:]
  private static let lock = NSLock()

  /// The validator of one body schema, compiled once.
  static func validator(_ path: URL) throws -> XMLSchemaValidator {
    lock.lock()
    defer { lock.unlock() }
    if let validator = schemas[path.path] { return validator }
    let validator = try XMLSchemaValidator(schemaFile: path.path)
    schemas[path.path] = validator
    return validator
  }

  /// Every item's body element in a `newsItem` or `newsMessage` document.
  static func bodies(_ data: Data) throws -> [(contentType: String, root: XMLElement)] {
    let root = try XMLReader.parse(data, fileName: "item.xml")
    let items =
      root.name == "newsMessage"
      ? root.elements(named: "itemSet").flatMap { $0.elements(named: "newsItem") } : [root]
    return items.flatMap { $0.elements(named: "contentSet") }
      .flatMap { $0.elements(named: "inlineXML") }
      .compactMap { inline in
        inline.elements.first.map { (inline.attribute("contenttype") ?? "", $0) }
      }
  }

  /// The schema problems of every body in `data`, each naming its body type.
  static func problems(_ data: Data) throws -> [String] {
    try bodies(data).flatMap { contentType, root -> [String] in
      let schema =
        contentType == "application/nitf+xml" ? Paths.nitfSchema : Paths.xhtmlSchema
      return try validator(schema).validate(XMLWriter.serialize(root), fileName: contentType)
        .map { "\(contentType) body: \($0.description)" }
    }
  }
}
