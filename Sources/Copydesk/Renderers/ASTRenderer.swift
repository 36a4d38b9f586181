import CopydeskAST
import CopydeskReader
import Foundation

/// Writes the article AST as pretty JSON with sorted keys, so the same story always gives
/// the same bytes.
struct ASTRenderer: Renderer {
  func render(_ article: Article, context: RenderContext) throws(Diagnostic) -> RenderedOutput {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      var data = try encoder.encode(article)
      data.append(UInt8(ascii: "\n"))
      return RenderedOutput(data: data)
    } catch {
      throw Diagnostic(.error, file: context.sourceFile, message: "cannot encode the AST: \(error)")
    }
  }
}
