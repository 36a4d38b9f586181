/// Inlines encode as objects with a `type` discriminator, e.g. `{"type": "text", "text": "…"}`.
extension Inline: Codable {
  private enum CodingKeys: String, CodingKey {
    case type, text, content, url, title, alt
  }

  private enum Kind: String, Codable {
    case text, emphasis, strong, strikethrough, code, link, image, lineBreak, softBreak
  }

  /// Decodes an inline from its tagged object form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(Kind.self, forKey: .type) {
    case .text: self = .text(try container.decode(String.self, forKey: .text))
    case .emphasis: self = .emphasis(try container.decode([Inline].self, forKey: .content))
    case .strong: self = .strong(try container.decode([Inline].self, forKey: .content))
    case .strikethrough:
      self = .strikethrough(try container.decode([Inline].self, forKey: .content))
    case .code: self = .code(try container.decode(String.self, forKey: .text))
    case .link:
      self = .link(
        url: try container.decode(String.self, forKey: .url),
        title: try container.decodeIfPresent(String.self, forKey: .title),
        content: try container.decode([Inline].self, forKey: .content))
    case .image:
      self = .image(
        url: try container.decode(String.self, forKey: .url),
        title: try container.decodeIfPresent(String.self, forKey: .title),
        alt: try container.decode(String.self, forKey: .alt))
    case .lineBreak: self = .lineBreak
    case .softBreak: self = .softBreak
    }
  }

  /// Encodes an inline in its tagged object form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .text(let text):
      try container.encode(Kind.text, forKey: .type)
      try container.encode(text, forKey: .text)
    case .emphasis(let content):
      try container.encode(Kind.emphasis, forKey: .type)
      try container.encode(content, forKey: .content)
    case .strong(let content):
      try container.encode(Kind.strong, forKey: .type)
      try container.encode(content, forKey: .content)
    case .strikethrough(let content):
      try container.encode(Kind.strikethrough, forKey: .type)
      try container.encode(content, forKey: .content)
    case .code(let text):
      try container.encode(Kind.code, forKey: .type)
      try container.encode(text, forKey: .text)
    case .link(let url, let title, let content):
      try container.encode(Kind.link, forKey: .type)
      try container.encode(url, forKey: .url)
      try container.encodeIfPresent(title, forKey: .title)
      try container.encode(content, forKey: .content)
    case .image(let url, let title, let alt):
      try container.encode(Kind.image, forKey: .type)
      try container.encode(url, forKey: .url)
      try container.encodeIfPresent(title, forKey: .title)
      try container.encode(alt, forKey: .alt)
    case .lineBreak:
      try container.encode(Kind.lineBreak, forKey: .type)
    case .softBreak:
      try container.encode(Kind.softBreak, forKey: .type)
    }
  }
}
