import CopydeskAST
import CopydeskCore

/// Reads raw wire copy as agencies file it (story-format.md §2).
///
/// A headline line, a dateline opening the first paragraph, plain paragraphs and a
/// credit trailer. The text is never interpreted as Markdown.
enum WireCopyReader {
  /// Reads one story's text (already checked to be UTF-8), with the desk's `sidecar` over it.
  static func read(
    _ text: String, fileName: String, options: ReaderOptions, sidecar: Sidecar? = nil
  ) throws(Diagnostic) -> ReadResult {
    var paragraphs = WireParagraph.split(text)
    guard !paragraphs.isEmpty else {
      throw Diagnostic(
        .error, file: fileName, line: 1, message: "the file is empty; expected a story")
    }
    var draft = MetadataDraft()
    var warnings: [Diagnostic] = []
    var desk = MetadataDraft()
    var sidecarErrors: [Diagnostic] = []
    if let sidecar {
      var decoder = FrontMatterDecoder(fileName: sidecar.fileName, options: options)
      decoder.lineOffset = 0
      decoder.what = "the sidecar"
      desk = try decoder.decode(sidecar.text)
      warnings += decoder.warnings
      sidecarErrors = decoder.errors
    }
    let headlineBlock = paragraphs.removeFirst()
    draft.headline = headlineBlock.lines[0]
    if headlineBlock.lines.count > 1 {
      paragraphs.insert(
        WireParagraph(
          firstLine: headlineBlock.firstLine + 1, lines: Array(headlineBlock.lines.dropFirst())),
        at: 0)
    }
    if let first = paragraphs.first, first.lines.count == 1,
      let credits = WireCredits.parse(first.lines[0]), first.lines[0].lowercased().hasPrefix("by ")
    {
      draft.byline += credits
      paragraphs.removeFirst()
    }
    var trailer: [Contributor] = []
    while let last = paragraphs.last,
      let credits = WireCredits.parse(last.lines.joined(separator: " "))
    {
      trailer = credits + trailer
      paragraphs.removeLast()
    }
    draft.byline += trailer
    if let first = paragraphs.first, let match = WireDateline.match(first.lines[0]) {
      draft.dateline = match.dateline
      var lines = first.lines
      lines[0] = match.remainder
      paragraphs[0].lines = lines
    }
    if desk.date != nil || desk.failedKeys.contains("date") {
      // The desk dated the copy in its sidecar: that date stands.
    } else if let firstPublished = options.pinned?.firstPublished {
      // Published before: its first publication date is remembered, never the new clock.
      draft.date = firstPublished
    } else {
      guard let date = options.wireDate else {
        throw Diagnostic(
          .error, file: fileName, key: "date",
          message: "raw wire copy carries no date; give one with --date, as in "
            + "--date 2026-03-04T09:15:00+01:00")
      }
      draft.date = date
      if !options.wireDateIsChosen {
        warnings.append(
          Diagnostic(
            .warning, file: fileName, key: "date",
            message: "raw wire copy carries no date; using \(RFC3339.format(date)) (give one "
              + "with --date)"))
      }
    }
    if let sidecar { draft = draft.merging(desk, from: sidecar.fileName) }
    let metadata = try MetadataBuilder.build(
      draft, fileName: fileName, options: options, earlier: sidecarErrors)
    let body = paragraphs.map { paragraph in
      Block.paragraph(
        Array(paragraph.lines.map { [Inline.text($0)] }.joined(separator: [Inline.softBreak])))
    }
    return ReadResult(article: Article(metadata: metadata, body: body), warnings: warnings)
  }
}

/// A blank-line-separated paragraph of wire copy with the file line it starts on.
struct WireParagraph {
  /// The file line of the paragraph's first line.
  var firstLine: Int
  /// The paragraph's lines, trimmed of surrounding white space.
  var lines: [String]

  /// Splits text into paragraphs at blank lines.
  static func split(_ text: String) -> [WireParagraph] {
    var paragraphs: [WireParagraph] = []
    var current: WireParagraph?
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    for (index, rawLine) in lines.enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty {
        if let finished = current { paragraphs.append(finished) }
        current = nil
      } else if current == nil {
        current = WireParagraph(firstLine: index + 1, lines: [line])
      } else {
        current?.lines.append(line)
      }
    }
    if let finished = current { paragraphs.append(finished) }
    return paragraphs
  }
}
