public import CopydeskAST
public import CopydeskCore
import CopydeskReader
import Foundation

/// The article AST as a versioned document in pretty JSON with sorted keys (story-format.md
/// §3, `Schemas/copydesk-ast-1.schema.json`), so the same story always gives the same bytes:
/// for editors and tools, and the form plugins read.
public struct ASTFormat: OutputFormat {
  /// `ast`.
  public let name = "ast"
  /// What the format is.
  public let summary = "the article AST as pretty JSON with sorted keys"
  /// One document per story.
  public let kind = FormatKind.story
  /// For editors and tools, drafts included.
  public let audience = Audience.editors
  /// Where a build writes it when asked to.
  public let outputPattern = "ast/{slug}.json"
  /// Not a publishing format: built only when `formats.build` or `--to` names it.
  public let buildsByDefault = false

  /// The AST format.
  public init() {}

  /// The article as a versioned AST document.
  public func render(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> RenderedOutput
  {
    RenderedOutput(
      data: try RecordCoding.prettyFile(
        ASTDocument(article), file: context.sourceFile, what: "AST"))
  }

  /// The article as `ast/{slug}.json`.
  public func publish(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> Publication
  {
    Publication(files: [
      Publication.File(
        path: "ast/\(article.metadata.slug).json", data: try render(article, context: context).data)
    ])
  }
}

extension OutputFormat where Self == ASTFormat {
  /// The `ast` format, for `as: .ast` where a format is expected.
  public static var ast: ASTFormat { ASTFormat() }
}
