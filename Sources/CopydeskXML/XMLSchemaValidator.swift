import CLibXML2
public import Foundation

/// Validates documents against an XML Schema compiled once (libxml2 `xmlschemas`).
///
/// The schema is compiled from its file path, so relative imports such as NewsML-G2's
/// `xml.xsd` resolve; documents are parsed with network access off.
public final class XMLSchemaValidator: @unchecked Sendable {
  // The compiled schema is read-only after init; each validation gets its own context.
  private let schema: xmlSchemaPtr

  /// Compiles the schema at `path`, or throws the problems libxml2 reported.
  public init(schemaFile path: String) throws(XMLProblems) {
    _ = LibXML2.initialised
    guard FileManager.default.fileExists(atPath: path) else {
      throw XMLProblems(problems: [
        XMLProblem(file: path, line: nil, message: "no schema file here")
      ])
    }
    let collector = XMLErrorCollector(file: path)
    xmlSetStructuredErrorFunc(collector.userData, XMLErrorCollector.handler)
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    guard let parser = xmlSchemaNewParserCtxt(path) else {
      throw XMLProblems(problems: [
        XMLProblem(file: path, line: nil, message: "cannot read the schema")
      ])
    }
    defer { xmlSchemaFreeParserCtxt(parser) }
    xmlSchemaSetParserStructuredErrors(parser, XMLErrorCollector.handler, collector.userData)
    guard let schema = xmlSchemaParse(parser) else {
      throw XMLProblems(
        problems: collector.problems.isEmpty
          ? [XMLProblem(file: path, line: nil, message: "the schema does not compile")]
          : collector.problems)
    }
    self.schema = schema
  }

  deinit {
    xmlSchemaFree(schema)
  }

  /// Every well-formedness and schema problem in `data`; empty when the document is valid.
  public func validate(_ data: Data, fileName: String) -> [XMLProblem] {
    validateAndRead(data, fileName: fileName).problems
  }

  /// Every well-formedness and schema problem in `data` and, when there is none, its root
  /// element as `XMLReader.parse` gives it, read from the one parse; below elements named in
  /// `pruned` only the child elements' names are kept.
  public func validateAndRead(_ data: Data, fileName: String, pruned: Set<String> = []) -> (
    problems: [XMLProblem], root: XMLElement?
  ) {
    let collector = XMLErrorCollector(file: fileName)
    xmlSetStructuredErrorFunc(collector.userData, XMLErrorCollector.handler)
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    let document: xmlDocPtr
    switch LibXML2.readDocument(data, fileName: fileName, collector: collector) {
    case .success(let parsed): document = parsed
    case .failure(let problems): return (problems.problems, nil)
    }
    defer { xmlFreeDoc(document) }
    guard let context = xmlSchemaNewValidCtxt(schema) else {
      return (
        [XMLProblem(file: fileName, line: nil, message: "cannot start schema validation")], nil
      )
    }
    defer { xmlSchemaFreeValidCtxt(context) }
    xmlSchemaSetValidStructuredErrors(context, XMLErrorCollector.handler, collector.userData)
    let result = xmlSchemaValidateDoc(context, document)
    if result != 0 && collector.problems.isEmpty {
      return (
        [
          XMLProblem(
            file: fileName, line: nil, message: "schema validation failed (code \(result))")
        ], nil
      )
    }
    guard collector.problems.isEmpty, let root = xmlDocGetRootElement(document) else {
      return (collector.problems, nil)
    }
    return ([], XMLReader.element(from: root, pruned: pruned))
  }
}
