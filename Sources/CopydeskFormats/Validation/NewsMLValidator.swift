public import CopydeskCore
import CopydeskReader
import CopydeskXML
public import Foundation

/// Validates NewsML-G2 documents: the official XML Schema, compiled once, then the
/// business rules the schema cannot check.
public struct NewsMLValidator: Sendable {
  /// The environment variable that names the schema when `--schema` is not given.
  public static let schemaEnvironmentVariable = "COPYDESK_NEWSML_SCHEMA"

  private let schema: XMLSchemaValidator

  /// Compiles the schema at `schemaFile` (from its path, so its relative `xml.xsd` import resolves).
  public init(schemaFile: String) throws(Diagnostic) {
    do {
      schema = try XMLSchemaValidator(schemaFile: schemaFile)
    } catch {
      throw Diagnostic(
        .error, file: schemaFile,
        message:
          "the schema cannot be used: \(error.problems.map(\.message).joined(separator: "; "))")
    }
  }

  /// The schema given by `--schema`, else by `COPYDESK_NEWSML_SCHEMA`, else an error that
  /// says where to get the official one.
  public static func schemaPath(option: String?, environment: [String: String]) throws(Diagnostic)
    -> String
  {
    if let option { return option }
    if let path = environment[schemaEnvironmentVariable], !path.isEmpty { return path }
    throw Diagnostic(
      .error, file: "copydesk",
      message: "no NewsML-G2 schema given; pass --schema or set \(schemaEnvironmentVariable) to "
        + "NewsML-G2_2.35-spec-All-Power.xsd (with xml.xsd beside it), from the releases/2.35/"
        + "specification folder of IPTC's newsml-g2 repository")
  }

  /// Every schema error and rule violation in `data`; empty when the document is valid.
  public func validate(_ data: Data, fileName: String) -> [Diagnostic] {
    // The rules read a body's root element only, never its content.
    let (schemaProblems, root) = schema.validateAndRead(
      data, fileName: fileName, pruned: ["inlineXML"])
    if !schemaProblems.isEmpty {
      return schemaProblems.map {
        Diagnostic(.error, file: $0.file, line: $0.line, message: $0.message)
      }
    }
    guard let root else { return [] }
    return NewsMLRules.check(root, file: fileName)
  }

  /// The largest file `validate` reads: far above any item or message, far below what the
  /// XML parser can address.
  public static let maximumFileSize = 256 * 1024 * 1024

  /// Validates the regular file at `path`, naming it `displayPath` in diagnostics; a file over
  /// `maximumFileSize` is refused before it is read.
  public func validate(fileAt path: String, displayPath: String) -> [Diagnostic] {
    do throws(Diagnostic) {
      let data = try RegularFile.read(path, display: displayPath, limit: Self.maximumFileSize).data
      return validate(data, fileName: displayPath)
    } catch {
      return [error]
    }
  }
}
