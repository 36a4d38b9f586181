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
  /// The concatenated plain text of these inlines, struck-through text left out
  /// (`withoutStruckText`).
  public var plainText: String {
    withoutStruckText.map(\.plainText).joined()
  }

  /// These inlines without struck-through text, for formats that cannot show it as struck.
  ///
  /// Where it stood between two spaces, one space remains (`walkout "premature"`, not
  /// `walkout  "premature"`).
  public var withoutStruckText: [Inline] {
    guard contains(where: { if case .strikethrough = $0 { true } else { false } }) else {
      return self
    }
    var kept: [Inline] = []
    var droppedAfterSpace = false
    for inline in self {
      if case .strikethrough = inline {
        droppedAfterSpace = kept.last.map { $0.plainText.hasSuffix(" ") } ?? true
        continue
      }
      switch inline {
      case .softBreak where droppedAfterSpace: break
      case .text(let text) where droppedAfterSpace && text.hasPrefix(" "):
        kept.append(.text(String(text.dropFirst())))
      default: kept.append(inline)
      }
      droppedAfterSpace = false
    }
    return kept
  }
}
