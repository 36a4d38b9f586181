/// Blocks encode as objects with a `type` discriminator, e.g. `{"type": "heading", "level": 2, …}`.
extension Block: Codable {
  private enum CodingKeys: String, CodingKey {
    case type, content, blocks, level, ordered, start, tight, items, language, text, header, rows
    case alignments, image
  }

  private enum Kind: String, Codable {
    case paragraph, heading, blockQuote, list, codeBlock, thematicBreak, table, figure
  }

  /// Decodes a block from its tagged object form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(Kind.self, forKey: .type) {
    case .paragraph:
      self = .paragraph(try container.decode([Inline].self, forKey: .content))
    case .heading:
      self = .heading(
        level: try container.decode(Int.self, forKey: .level),
        content: try container.decode([Inline].self, forKey: .content))
    case .blockQuote:
      self = .blockQuote(try container.decode([Block].self, forKey: .blocks))
    case .list:
      self = .list(
        ordered: try container.decode(Bool.self, forKey: .ordered),
        start: try container.decode(Int.self, forKey: .start),
        tight: try container.decodeIfPresent(Bool.self, forKey: .tight) ?? true,
        items: try container.decode([[Block]].self, forKey: .items))
    case .codeBlock:
      self = .codeBlock(
        language: try container.decodeIfPresent(String.self, forKey: .language),
        text: try container.decode(String.self, forKey: .text))
    case .thematicBreak:
      self = .thematicBreak
    case .table:
      self = .table(
        header: try container.decode([[Inline]].self, forKey: .header),
        rows: try container.decode([[[Inline]]].self, forKey: .rows),
        alignments: try container.decode([TableAlignment].self, forKey: .alignments))
    case .figure:
      self = .figure(image: try container.decode(ImageReference.self, forKey: .image))
    }
  }

  /// Encodes a block in its tagged object form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .paragraph(let content):
      try container.encode(Kind.paragraph, forKey: .type)
      try container.encode(content, forKey: .content)
    case .heading(let level, let content):
      try container.encode(Kind.heading, forKey: .type)
      try container.encode(level, forKey: .level)
      try container.encode(content, forKey: .content)
    case .blockQuote(let blocks):
      try container.encode(Kind.blockQuote, forKey: .type)
      try container.encode(blocks, forKey: .blocks)
    case .list(let ordered, let start, let tight, let items):
      try container.encode(Kind.list, forKey: .type)
      try container.encode(ordered, forKey: .ordered)
      try container.encode(start, forKey: .start)
      try container.encode(tight, forKey: .tight)
      try container.encode(items, forKey: .items)
    case .codeBlock(let language, let text):
      try container.encode(Kind.codeBlock, forKey: .type)
      try container.encodeIfPresent(language, forKey: .language)
      try container.encode(text, forKey: .text)
    case .thematicBreak:
      try container.encode(Kind.thematicBreak, forKey: .type)
    case .table(let header, let rows, let alignments):
      try container.encode(Kind.table, forKey: .type)
      try container.encode(header, forKey: .header)
      try container.encode(rows, forKey: .rows)
      try container.encode(alignments, forKey: .alignments)
    case .figure(let image):
      try container.encode(Kind.figure, forKey: .type)
      try container.encode(image, forKey: .image)
    }
  }
}
