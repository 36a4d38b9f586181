/// The output formats copydesk knows: the one registry of renderers.
///
/// A new format is one file under `Renderers/` plus one case here and one line in `renderer`.
public enum Format: String, CaseIterable, Sendable {
  /// The article AST as pretty, key-sorted JSON (story-format.md §3).
  case ast

  /// The renderer that produces this format.
  public var renderer: any Renderer {
    switch self {
    case .ast: ASTRenderer()
    }
  }

  /// The file extension of this format's output files.
  public var fileExtension: String {
    switch self {
    case .ast: "json"
    }
  }

  /// One line saying what the format is, for `--help`.
  public var summary: String {
    switch self {
    case .ast: "the article AST as pretty JSON with sorted keys"
    }
  }
}
