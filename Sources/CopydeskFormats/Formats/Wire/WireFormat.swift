public import CopydeskAST
public import CopydeskCore
public import CopydeskReader
import Foundation

/// The `formats.wire` settings.
public struct WireSettings: FormatSettings {
  /// A character set chosen for the stories in one language.
  public struct LanguageCharset: Sendable, Hashable {
    /// A language tag (`ru`) or its primary subtag; `ru` also covers `ru-RU`.
    public var language: String
    /// The character set for that language's stories.
    public var charset: WireCharset

    /// Names a character set for a language's stories.
    public init(language: String, charset: WireCharset) {
      self.language = language.lowercased()
      self.charset = charset
    }
  }

  /// The layout.
  public var profile = WireProfile.iptc7901
  /// The characters wire output may contain, unless its language has a charset of its own.
  public var charset = WireCharset.ascii
  /// Character sets per language, sorted by language.
  public var charsetByLanguage: [LanguageCharset] = []
  /// The wire service id: 3 letters in the IPTC 7901 header, the ANPA selector code.
  public var service = "cdk"
  /// The wire category used when a story names none (7901: 1 to 3 letters; ANPA: the first).
  public var category = "i"
  /// True to print link URLs in brackets after the link text.
  public var linkURLs = false

  /// The defaults.
  public init() {}

  /// The character set for a story in `language`: its own, its primary subtag's, or the default.
  public func charset(forLanguage language: String) -> WireCharset {
    let tag = language.lowercased()
    let primary = tag.split(separator: "-").first.map(String.init) ?? tag
    return charsetByLanguage.first { $0.language == tag }?.charset
      ?? charsetByLanguage.first { $0.language == primary }?.charset ?? charset
  }
}

/// The wire layouts copydesk writes (standards.md §3).
public enum WireProfile: String, CaseIterable, Sendable, Hashable {
  /// IPTC 7901 as dpa and KNA transmit it (standards.md §3.3, §3.6).
  case iptc7901
  /// ANPA-1312 in the layout strict and lenient receivers both accept (standards.md §3.4, §3.5).
  case anpa1312
  /// Readable plain text without control characters, for e-mail, SMS gateways and pagers.
  case plain
}

/// The character sets wire output can be written in.
public enum WireCharset: String, CaseIterable, Sendable, Hashable {
  /// 7-bit ASCII (ISO 646), the portable default: other characters are transliterated.
  case ascii
  /// ISO 8859-1, one byte per character.
  case latin1
  /// UTF-8, every character kept.
  case utf8
}

/// Wire text: one numbered message per story, in IPTC 7901, ANPA-1312 or plain layout.
public struct WireFormat: OutputFormat {
  /// The longest headline every wire layout carries whole: ANPA-1312's (AAP's limit,
  /// standards.md §3.4); a longer one is shortened there.
  public static let headlineLimit = ANPA1312Layout.headlineLimit

  /// `wire`.
  public let name = "wire"
  /// What the format is.
  public let summary = "wire text: IPTC 7901, ANPA-1312 or plain, 69 columns, ASCII-safe"
  /// One message per story.
  public let kind = FormatKind.story
  /// Subscribers get embargoes as advisories and kills.
  public let audience = Audience.subscribers
  /// Where the messages go.
  public let outputPattern = "wire/{slug}.txt"
  /// The keys of `formats.wire`.
  public let optionKeys = ["profile", "charset", "charset_by_language", "service", "category"]

  /// The wire format.
  public init() {}

  /// Applies one key of `formats.wire`.
  public func configure(
    _ options: inout FormatOptions, key: String, value: YAMLField
  ) throws(Diagnostic) {
    var settings = options[WireSettings.self]
    switch key {
    case "profile": settings.profile = try value.choice(of: WireProfile.self)
    case "charset": settings.charset = try value.choice(of: WireCharset.self)
    case "charset_by_language":
      let fields = try value.mappingOfAnyKeys()
      settings.charsetByLanguage = try fields.sorted { $0.key < $1.key }.map {
        field throws(Diagnostic) in
        WireSettings.LanguageCharset(
          language: field.key, charset: try field.value.choice(of: WireCharset.self))
      }
    case "service":
      settings.service = try Self.letters(value, count: 3...3, example: "cdk")
    case "category":
      settings.category = try Self.letters(value, count: 1...3, example: "i")
    default: break
    }
    options[WireSettings.self] = settings
  }

  /// The story's message, numbered with the context's sequence number.
  public func render(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> RenderedOutput
  {
    let story = try WireStory(article, context: context)
    return WireRenderer.layout(
      story, profile: context.options[WireSettings.self].profile, sourceFile: context.sourceFile)
  }

  /// The story prepared as `wire/{slug}.txt`, waiting for its sequence number.
  ///
  /// A withheld story has no wire message: the wire has no way to say "hold".
  public func publish(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> Publication
  {
    guard article.metadata.status != .withheld else { return Publication() }
    var story = try WireStory(article, context: context)
    let settings = context.options[WireSettings.self]
    // Wrapping is most of a layout's work. Done here, stories wrap in parallel; numbering,
    // which a build does one story at a time, is then left only joining lines.
    if settings.profile != .anpa1312 {
      for index in story.paragraphs.indices { story.paragraphs[index].wrapAhead() }
    }
    let prepared = story
    let sourceFile = context.sourceFile
    let numbered = Publication.Numbered(
      service: settings.service, path: "wire/\(article.metadata.slug).txt"
    ) { sequence in
      var story = prepared
      story.sequence = sequence
      return WireRenderer.layout(story, profile: settings.profile, sourceFile: sourceFile)
    }
    return Publication(numbered: numbered, warnings: prepared.warnings)
  }

  private static func letters(
    _ value: YAMLField, count: ClosedRange<Int>, example: String
  ) throws(Diagnostic) -> String {
    let text = try value.text()
    guard count.contains(text.count), text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
      let size =
        count.count == 1 ? "\(count.lowerBound)" : "\(count.lowerBound) to \(count.upperBound)"
      throw value.diagnostic(
        "'\(value.key)' must be \(size) letters, such as \(example), got '\(text)'")
    }
    return text
  }
}

extension OutputFormat where Self == WireFormat {
  /// The `wire` format, for `as: .wire` where a format is expected.
  public static var wire: WireFormat { WireFormat() }
}
