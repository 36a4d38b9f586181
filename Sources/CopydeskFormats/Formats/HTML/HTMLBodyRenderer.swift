import CopydeskAST
import CopydeskCore
import CopydeskReader
import Foundation

/// Renders story body blocks as an HTML fragment: the `<div class="story-body">` content of
/// a page, and the `content_html` of a JSON Feed item.
///
/// It writes through a `MarkupSink`: `render` gives HTML text, `write` fills any sink, such as
/// the XHTML element tree of a NewsML-G2 body. Every text is escaped; only allowed URLs reach
/// `href` and `src`; unsafe links keep their text and are reported.
struct HTMLBodyRenderer {
  /// The source file, for warnings.
  let sourceFile: String
  /// When set, root-relative URLs are made absolute against it.
  let absoluteBase: String?
  /// True to close void elements (`<br />`), so the fragment is also well-formed XHTML.
  let xhtml: Bool
  /// Links and pictures dropped for unsafe URLs, pictures without alternative text.
  private(set) var warnings: [Diagnostic] = []
  /// What turns a Markdown heading level into an HTML one: the body's highest heading level
  /// becomes `<h2>`, under the page's `<h1>` headline, so the outline never skips a level.
  private var headingShift = 1

  /// Creates a body renderer.
  init(sourceFile: String, absoluteBase: String? = nil, xhtml: Bool = false) {
    self.sourceFile = sourceFile
    self.absoluteBase = absoluteBase
    self.xhtml = xhtml
  }

  /// The HTML of `blocks`, one block per line; `dateline`, when given, opens the first
  /// paragraph (`<span class="dateline">QAMISHLI, Syria (North Press)</span> - …`), as it
  /// opens the text renditions.
  mutating func render(_ blocks: [Block], dateline: String? = nil) -> String {
    var sink = HTMLText(xhtml: xhtml)
    write(blocks, dateline: dateline, to: &sink)
    return sink.html
  }

  /// Writes `blocks` to `sink` as `render` does.
  mutating func write(_ blocks: [Block], dateline: String? = nil, to sink: inout some MarkupSink) {
    headingShift = 2 - (Self.highestHeadingLevel(blocks) ?? 1)
    var pendingDateline = dateline
    // With no paragraph to open, the dateline stands alone before the blocks.
    if let alone = pendingDateline, !blocks.isEmpty,
      !blocks.contains(where: { if case .paragraph = $0 { true } else { false } })
    {
      sink.open("p")
      Self.dateline(alone, to: &sink)
      sink.close("p")
      sink.text("\n")
      pendingDateline = nil
    }
    for block in blocks {
      if let opening = pendingDateline, case .paragraph(let content) = block {
        sink.open("p")
        Self.dateline(opening, to: &sink)
        sink.text(" - ")
        inlines(content, to: &sink)
        sink.close("p")
        sink.text("\n")
        pendingDateline = nil
        continue
      }
      append(block, to: &sink)
    }
  }

  private static func dateline(_ dateline: String, to sink: inout some MarkupSink) {
    sink.open("span", [("class", "dateline")])
    sink.text(dateline)
    sink.close("span")
  }

  /// The corrections as closing paragraphs (`<p class="correction">`); empty when none.
  func corrections(_ corrections: [Correction]) -> String {
    var sink = HTMLText(xhtml: xhtml)
    for correction in corrections {
      sink.open("p", [("class", "correction")])
      sink.open("strong")
      sink.text("Correction (\(RFC3339.format(correction.date))):")
      sink.close("strong")
      sink.text(" " + correction.note)
      sink.close("p")
      sink.text("\n")
    }
    return sink.html
  }

  private mutating func append(_ block: Block, to sink: inout some MarkupSink) {
    switch block {
    case .paragraph(let content):
      element("p", content, to: &sink)
    case .heading(let level, let content):
      element("h\(min(max(level + headingShift, 2), 6))", content, to: &sink)
    case .blockQuote(let blocks):
      sink.open("blockquote")
      sink.text("\n")
      for inner in blocks { append(inner, to: &sink) }
      sink.close("blockquote")
      sink.text("\n")
    case .list(let ordered, let start, let tight, let items):
      let name = ordered ? "ol" : "ul"
      // XHTML 1.0 Strict has no `start` attribute (xhtml1-strict.xsd).
      sink.open(name, ordered && start != 1 && !xhtml ? [("start", String(start))] : [])
      sink.text("\n")
      for item in items { listItem(item, tight: tight, to: &sink) }
      sink.close(name)
      sink.text("\n")
    case .codeBlock(let language, let text):
      sink.open("pre")
      sink.open("code", language.map { [("class", "language-" + $0)] } ?? [])
      sink.text(text)
      sink.close("code")
      sink.close("pre")
      sink.text("\n")
    case .thematicBreak:
      sink.void("hr", [])
      sink.text("\n")
    case .table(let header, let rows, let alignments):
      table(header: header, rows: rows, alignments: alignments, to: &sink)
    case .figure(let image):
      figure(image, to: &sink)
    }
  }

  /// `<name>` holding `content`, on a line of its own.
  private mutating func element(_ name: String, _ content: [Inline], to sink: inout some MarkupSink)
  {
    sink.open(name)
    inlines(content, to: &sink)
    sink.close(name)
    sink.text("\n")
  }

  /// A list item; in a tight list its paragraphs are written without `<p>`, as CommonMark
  /// renders them (spec §5.3, "tight" and "loose" lists).
  private mutating func listItem(_ blocks: [Block], tight: Bool, to sink: inout some MarkupSink) {
    if tight, blocks.count == 1, case .paragraph(let content) = blocks[0] {
      element("li", content, to: &sink)
      return
    }
    sink.open("li")
    for (index, block) in blocks.enumerated() {
      if tight, case .paragraph(let content) = block {
        if index > 0 { sink.text("\n") }
        inlines(content, to: &sink)
        continue
      }
      if index == 0 || tight { sink.text("\n") }
      append(block, to: &sink)
    }
    if tight, case .paragraph = blocks.last { sink.text("\n") }
    sink.close("li")
    sink.text("\n")
  }

  /// The highest (smallest) heading level in `blocks`, quotes and lists included.
  private static func highestHeadingLevel(_ blocks: [Block]) -> Int? {
    blocks.compactMap { block -> Int? in
      switch block {
      case .heading(let level, _): level
      case .blockQuote(let inner): highestHeadingLevel(inner)
      case .list(_, _, _, let items): items.compactMap(highestHeadingLevel).min()
      default: nil
      }
    }.min()
  }

  private mutating func table(
    header: [[Inline]], rows: [[[Inline]]], alignments: [TableAlignment],
    to sink: inout some MarkupSink
  ) {
    func row(_ cells: [[Inline]], cell name: String) {
      sink.open("tr")
      for (column, cell) in cells.enumerated() {
        let alignment = column < alignments.count ? alignments[column] : .none
        sink.open(name, alignment == .none ? [] : [("class", "align-\(alignment.rawValue)")])
        inlines(cell, to: &sink)
        sink.close(name)
      }
      sink.close("tr")
      sink.text("\n")
    }
    sink.open("table")
    sink.text("\n")
    sink.open("thead")
    sink.text("\n")
    row(header, cell: "th")
    sink.close("thead")
    sink.text("\n")
    sink.open("tbody")
    sink.text("\n")
    for cells in rows { row(cells, cell: "td") }
    sink.close("tbody")
    sink.text("\n")
    sink.close("table")
    sink.text("\n")
  }

  /// A picture with its caption: `<figure>` in HTML; in XHTML 1.0, which has no `<figure>`,
  /// a `<div class="figure">` with a `<p class="caption">`.
  mutating func figure(_ image: ImageReference, to sink: inout some MarkupSink) {
    guard let source = url(image.url, what: "picture") else { return }
    let alt = alternativeText(image.alt, of: image.url)
    let (outer, outerAttributes): (String, [(String, String)]) =
      xhtml ? ("div", [("class", "figure")]) : ("figure", [])
    sink.open(outer, outerAttributes)
    sink.text("\n")
    sink.void("img", [("src", source), ("alt", alt)])
    sink.text("\n")
    if image.caption != nil || image.credit != nil {
      let (name, attributes): (String, [(String, String)]) =
        xhtml ? ("p", [("class", "caption")]) : ("figcaption", [])
      sink.open(name, attributes)
      if let caption = image.caption { sink.text(caption) }
      if let credit = image.credit {
        if image.caption != nil { sink.text(" ") }
        sink.open("span", [("class", "credit")])
        sink.text(credit)
        sink.close("span")
      }
      sink.close(name)
      sink.text("\n")
    }
    sink.close(outer)
    sink.text("\n")
  }

  /// A picture's alternative text; a picture without one is reported, since readers who
  /// cannot see it learn nothing from `alt=""`.
  private mutating func alternativeText(_ alt: String?, of url: String) -> String {
    if let alt, !alt.trimmingCharacters(in: .whitespaces).isEmpty { return alt }
    warnings.append(
      Diagnostic(
        .warning, file: sourceFile, key: "picture",
        message:
          "the picture '\(url)' has no alternative text; describe it for readers who cannot "
          + "see it (alt: in front matter, ![text](url) in Markdown)"))
    return ""
  }

  /// Writes inline content.
  private mutating func inlines(_ content: [Inline], to sink: inout some MarkupSink) {
    for inline in content {
      switch inline {
      case .text(let text): sink.text(text)
      case .emphasis(let inner): styled("em", inner, to: &sink)
      case .strong(let inner): styled("strong", inner, to: &sink)
      case .strikethrough(let inner): styled("del", inner, to: &sink)
      case .code(let text):
        sink.open("code")
        sink.text(text)
        sink.close("code")
      case .link(let target, let title, let inner):
        // The link's text comes first, so its warnings come before the link's own.
        guard let href = URLPolicy.safeURL(target) else {
          inlines(inner, to: &sink)
          _ = url(target, what: "link")
          continue
        }
        var attributes = [("href", URLPolicy.absolute(href, baseURL: absoluteBase))]
        if let title { attributes.append(("title", title)) }
        styled("a", inner, attributes, to: &sink)
      case .image(let source, let title, let alt):
        guard let src = url(source, what: "picture") else { continue }
        var attributes = [("src", src), ("alt", alternativeText(alt, of: source))]
        if let title { attributes.append(("title", title)) }
        sink.void("img", attributes)
      case .lineBreak:
        sink.void("br", [])
        sink.text("\n")
      case .softBreak: sink.text("\n")
      }
    }
  }

  private mutating func styled(
    _ name: String, _ content: [Inline], _ attributes: [(String, String)] = [],
    to sink: inout some MarkupSink
  ) {
    sink.open(name, attributes)
    inlines(content, to: &sink)
    sink.close(name)
  }

  /// The URL to publish, or nil with a warning when its scheme is not allowed.
  mutating func url(_ url: String, what: String) -> String? {
    guard let safe = URLPolicy.safeURL(url) else {
      warnings.append(
        Diagnostic(
          .warning, file: sourceFile, key: what,
          message: "the \(what) URL '\(url)' is not http, https, mailto or relative and was dropped"
        ))
      return nil
    }
    return URLPolicy.absolute(safe, baseURL: absoluteBase)
  }
}
