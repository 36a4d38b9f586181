/// The output formats copydesk knows: the one registry of renderers.
///
/// A new format is one file under `Renderers/` plus one case here and one line in `renderer`.
public enum Format: String, CaseIterable, Sendable {
  /// The article AST as pretty, key-sorted JSON (story-format.md §3).
  case ast
  /// A complete HTML5 page from the Mustache templates.
  case html
  /// A NewsML-G2 2.35 `newsItem`, valid against the official IPTC schema.
  case newsml
  /// A JSON Feed 1.1 document with the story as its one item.
  case jsonfeed
  /// Wire text: IPTC 7901 (default), ANPA-1312 or plain.
  case wire

  /// The formats `copydesk build` writes by default: every publishing format.
  public static let buildFormats: [Format] = [.html, .newsml, .wire, .jsonfeed]

  /// The renderer that produces this format.
  public var renderer: any Renderer {
    switch self {
    case .ast: ASTRenderer()
    case .html: HTMLRenderer()
    case .newsml: NewsMLRenderer()
    case .jsonfeed: JSONFeedRenderer()
    case .wire: WireRenderer()
    }
  }

  /// The file extension of this format's output files.
  public var fileExtension: String {
    switch self {
    case .ast: "json"
    case .html: "html"
    case .newsml: "xml"
    case .jsonfeed: "json"
    case .wire: "txt"
    }
  }

  /// One line saying what the format is, for `--help`.
  public var summary: String {
    switch self {
    case .ast: "the article AST as pretty JSON with sorted keys"
    case .html: "a complete HTML5 page with JSON-LD, from the Mustache templates"
    case .newsml: "a NewsML-G2 2.35 newsItem (XHTML or NITF body)"
    case .jsonfeed: "a JSON Feed 1.1 document with the story as its item"
    case .wire: "wire text: IPTC 7901, ANPA-1312 or plain, 69 columns, ASCII-safe"
    }
  }
}
