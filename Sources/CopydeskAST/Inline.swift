/// An inline element of running text (story-format.md §3).
public indirect enum Inline: Sendable, Hashable {
  /// Plain text.
  case text(String)
  /// Emphasised text.
  case emphasis([Inline])
  /// Strongly emphasised text.
  case strong([Inline])
  /// Struck-through text.
  case strikethrough([Inline])
  /// Inline code.
  case code(String)
  /// A hyperlink around inline content.
  case link(url: String, title: String?, content: [Inline])
  /// An inline picture with its alternative text.
  case image(url: String, title: String?, alt: String)
  /// A hard line break.
  case lineBreak
  /// A soft line break (a newline in the source).
  case softBreak
}

extension Inline {
  /// The text a reader sees, without markup; images give their alternative text, and
  /// struck-through text, which plain text cannot show as struck, is left out.
  public var plainText: String {
    switch self {
    case .text(let text), .code(let text): text
    case .strikethrough: ""
    case .emphasis(let content), .strong(let content):
      content.plainText
    case .link(_, _, let content): content.plainText
    case .image(_, _, let alt): alt
    case .lineBreak: "\n"
    case .softBreak: " "
    }
  }
}

extension Array where Element == Inline {
  /// The concatenated plain text of these inlines.
  ///
  /// Where struck-through text between two spaces is left out, one space remains
  /// (`walkout "premature"`, not `walkout  "premature"`).
  public var plainText: String {
    var text = ""
    var droppedAfterSpace = false
    for inline in self {
      if case .strikethrough = inline {
        droppedAfterSpace = text.isEmpty || text.hasSuffix(" ")
        continue
      }
      var piece = inline.plainText
      if droppedAfterSpace, piece.hasPrefix(" ") { piece.removeFirst() }
      droppedAfterSpace = false
      text += piece
    }
    return text
  }
}
