import CopydeskAST
import CopydeskCore
import Foundation

/// Reads a story written as an AST document (`story.ast.json`, the `--to ast` output or a
/// plugin's), refusing a document of another major version with a clear message.
enum ASTStoryReader {
  /// The article in `data`, or a diagnostic naming the field that is wrong.
  static func read(_ data: Data, fileName: String) throws(Diagnostic) -> ReadResult {
    do {
      let document = try JSONDecoder().decode(ASTDocument.self, from: data)
      return ReadResult(article: document.article, warnings: [])
    } catch let error as ASTDocument.VersionError {
      throw Diagnostic(
        .error, file: fileName, key: ASTDocument.versionKey, message: error.description)
    } catch let error as DecodingError {
      throw Diagnostic(.error, file: fileName, message: ASTDecoding.describe(error))
    } catch {
      throw Diagnostic(.error, file: fileName, message: "not an AST document: \(error)")
    }
  }

}

/// Decoding failures of AST documents in words, for the reader and for filters' output.
public enum ASTDecoding {
  /// A decoding failure in words: where in the document, and what was expected there.
  public static func describe(_ error: DecodingError) -> String {
    func place(_ path: [any CodingKey]) -> String {
      let text = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      return text.isEmpty ? "the document" : "'\(text.dropFirst(text.hasPrefix(".") ? 1 : 0))'"
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "\(place(context.codingPath + [key])) is missing from the AST document"
    case .typeMismatch(let type, let context):
      return "\(place(context.codingPath)) must be \(type) in an AST document"
    case .valueNotFound(let type, let context):
      return "\(place(context.codingPath)) must be \(type), not null, in an AST document"
    case .dataCorrupted(let context):
      let underlying = context.underlyingError.map { " (\($0.localizedDescription))" } ?? ""
      return "\(place(context.codingPath)) is not valid in an AST document: "
        + context.debugDescription + underlying
    @unknown default:
      return "not an AST document: \(error)"
    }
  }
}
