import CopydeskAST
import CopydeskCore
import CopydeskReader

/// A story prepared for the wire, independent of the profile.
///
/// Every text is already in the target charset, the body is wrapped lines, and the header
/// values the layouts need are computed.
struct WireStory {
  /// A body block as logical lines, which each layout wraps (7901, plain) or keeps whole (ANPA).
  struct Paragraph {
    /// One logical line: a paragraph's text, a list item, a table row or a line of code.
    struct Line {
      /// The text, without its prefixes.
      var text: String
      /// What opens the line: an indent, a list marker.
      var firstPrefix = ""
      /// What opens each wrapped continuation of the line.
      var prefix = ""
      /// True for a table row, whose column spacing must survive and which fits the width.
      var isAligned = false
    }

    /// The block's logical lines.
    var items: [Line]
    /// True for the dateline paragraph and other running text (ANPA opens these with TAB and
    /// three spaces).
    var isText: Bool

    /// The lines `wrapAhead()` wrapped, nil until it is called.
    private var wrapped: [String]?

    init(items: [Line], isText: Bool) {
      self.items = items
      self.isText = isText
    }

    /// The block wrapped at the wire width, each line kept clear of the telex markers.
    var lines: [String] {
      wrapped
        ?? items.flatMap { item in
          item.isAligned
            ? [WireWrap.clearOfMarkers(item.firstPrefix + item.text)]
            : WireWrap.wrap(item.text, firstPrefix: item.firstPrefix, prefix: item.prefix)
        }
    }

    /// Wraps the block now, so `lines` costs nothing later.
    mutating func wrapAhead() {
      wrapped = lines
    }
  }

  var headline: String
  var credit: String?
  var advisories: [String]
  var paragraphs: [Paragraph]
  var notes: String?
  var agency: String
  var signoff: String?
  var slugline: String
  var keywords: [String]
  var wordCount: Int
  var priority: Int
  var category: String
  var versionTime: Timestamp
  var version: Int
  /// True when the story is killed (status `canceled`).
  var isKill: Bool
  /// True when the story carries corrections.
  var isCorrected: Bool
  /// The character set the texts are in and the message is encoded in.
  var charset: WireCharset
  var sequence: Int
  var service: String
  var warnings: [Diagnostic]
}

extension WireStory {
  /// Prepares `article`: transliterates, wraps, and reports what could not be carried.
  init(_ article: Article, context: RenderContext) throws(Diagnostic) {
    let metadata = article.metadata
    let options = context.options[WireSettings.self]
    charset = options.charset(forLanguage: metadata.language)
    var text = WireTransliteration(charset: charset)
    var builder = WireBodyBuilder(linkURLs: options.linkURLs, sourceFile: context.sourceFile)
    let dateline = metadata.dateline.map { text.convert($0.textWithAgency) + " - " }
    let blocks = metadata.status == .canceled ? [] : article.body
    paragraphs = builder.paragraphs(blocks, dateline: dateline, convert: { text.convert($0) })
    headline = text.convert(metadata.headline)
    credit = metadata.byline.isEmpty ? nil : text.convert(CreditLine.text(metadata.byline))
    agency = text.convert(metadata.dateline?.agency ?? context.site.publisher)
    signoff = metadata.signoff.map { text.convert($0) }
    notes = metadata.ednote.map { text.convert($0) }
    keywords = metadata.keywords.map { text.convert($0) }
    advisories = Self.advisories(metadata).map { text.convert($0) }
    slugline = metadata.slug
    wordCount = metadata.status == .canceled ? 0 : context.wordCount(of: article)
    priority = metadata.priority ?? Self.priority(urgency: metadata.urgency)
    category = metadata.category ?? options.category
    versionTime = metadata.updated ?? metadata.date
    version = metadata.version
    isKill = metadata.status == .canceled
    isCorrected = !metadata.corrections.isEmpty
    sequence = context.sequence
    service = options.service
    warnings = builder.warnings
    try checkCharset(text, language: metadata.language, context: context)
  }

  /// Wire priority from NewsML-G2 urgency when the story gives none: 1 and 2 stay flash and
  /// urgent, 3 is dpa's default priority (standards.md §3.3), lower urgencies are less urgent.
  static func priority(urgency: Int?) -> Int {
    switch urgency {
    case 1?: 1
    case 2?: 2
    case 6?, 7?: 4
    case 8?: 5
    case 9?: 6
    default: 3
    }
  }

  /// Advisory lines: a kill (alone: nothing of the killed story is sent again), an embargo,
  /// corrections.
  static func advisories(_ metadata: Metadata) -> [String] {
    var lines: [String] = []
    if metadata.status == .canceled {
      return [
        "KILL - This story has been withdrawn and must not be used. Delete it from all files."
      ]
    }
    if let embargo = metadata.embargo {
      lines.append("EMBARGOED until \(RFC3339.format(embargo)) (\(WireTime.stamp(embargo))).")
    }
    for correction in metadata.corrections {
      lines.append("CORRECTION (\(RFC3339.format(correction.date))) - \(correction.note)")
    }
    return lines
  }

  private mutating func checkCharset(
    _ text: WireTransliteration, language: String, context: RenderContext
  ) throws(Diagnostic) {
    guard !text.unmappable.isEmpty else { return }
    // A story mostly in another script would become a page of '?': refuse it clearly.
    if text.letters > 0, text.unmappableLetters * 5 > text.letters {
      throw Diagnostic(
        .error, file: context.sourceFile, key: "wire",
        message:
          "the story is mostly in a script \(charset.rawValue) cannot carry "
          + "(\(text.unmappableLetters) of \(text.letters) letters); its other formats still "
          + "publish. Send it with --wire-charset utf8, or name a charset for its language in "
          + "copydesk.yml (formats.wire.charset_by_language: {\(language): utf8})")
    }
    let lines =
      context.sourceText.map { $0.split(separator: "\n", omittingEmptySubsequences: false) } ?? []
    for character in text.unmappable {
      let line = lines.firstIndex { $0.contains(character) }.map { $0 + 1 }
      let code = character.unicodeScalars.map {
        "U+" + String($0.value, radix: 16, uppercase: true)
      }
      .joined(separator: " ")
      warnings.append(
        Diagnostic(
          .warning, file: context.sourceFile, line: line, key: "wire",
          message:
            "'\(character)' (\(code)) has no \(charset.rawValue) spelling "
            + "and was sent as '?'"))
    }
  }
}
