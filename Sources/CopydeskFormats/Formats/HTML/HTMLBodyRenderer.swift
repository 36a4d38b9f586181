import CopydeskAST
import CopydeskCore
import CopydeskReader
import Foundation

/// Renders story body blocks as an HTML fragment: the `<div class="story-body">` content of
/// a page, and the `content_html` of a JSON Feed item.
///
/// Every text is escaped; only allowed URLs reach `href` and `src`; unsafe links keep their
/// text and are reported.
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

  /// The end of a void element: `>` in HTML, ` />` in XHTML.
  private var voidEnd: String { xhtml ? " />" : ">" }

  /// The HTML of `blocks`, one block per line; `dateline`, when given, opens the first
  /// paragraph (`<span class="dateline">QAMISHLI, Syria (North Press)</span> - …`), as it
  /// opens the text renditions.
  mutating func render(_ blocks: [Block], dateline: String? = nil) -> String {
    headingShift = 2 - (Self.highestHeadingLevel(blocks) ?? 1)
    var html = ""
    var pendingDateline = dateline.map {
      "<span class=\"dateline\">\(HTMLEscaping.text($0))</span>"
    }
    for block in blocks {
      if let opening = pendingDateline, case .paragraph(let content) = block {
        html += "<p>\(opening) - \(inlines(content))</p>\n"
        pendingDateline = nil
        continue
      }
      append(block, to: &html)
    }
    if let opening = pendingDateline, !blocks.isEmpty { html = "<p>\(opening)</p>\n" + html }
    return html
  }

  /// The corrections as closing paragraphs (`<p class="correction">`); empty when none.
  func corrections(_ corrections: [Correction]) -> String {
    corrections.map {
      "<p class=\"correction\"><strong>Correction (\(RFC3339.format($0.date))):</strong> "
        + "\(HTMLEscaping.text($0.note))</p>\n"
    }.joined()
  }

  private mutating func append(_ block: Block, to html: inout String) {
    switch block {
    case .paragraph(let content):
      html += "<p>\(inlines(content))</p>\n"
    case .heading(let level, let content):
      let tag = "h\(min(max(level + headingShift, 2), 6))"
      html += "<\(tag)>\(inlines(content))</\(tag)>\n"
    case .blockQuote(let blocks):
      html += "<blockquote>\n"
      for inner in blocks { append(inner, to: &html) }
      html += "</blockquote>\n"
    case .list(let ordered, let start, let tight, let items):
      // XHTML 1.0 Strict has no `start` attribute (xhtml1-strict.xsd).
      let numbered = start == 1 || xhtml ? "<ol>\n" : "<ol start=\"\(start)\">\n"
      html += ordered ? numbered : "<ul>\n"
      for item in items { listItem(item, tight: tight, to: &html) }
      html += ordered ? "</ol>\n" : "</ul>\n"
    case .codeBlock(let language, let text):
      let attribute = language.map { " class=\"language-\(HTMLEscaping.text($0))\"" } ?? ""
      html += "<pre><code\(attribute)>\(HTMLEscaping.text(text))</code></pre>\n"
    case .thematicBreak:
      html += "<hr\(voidEnd)\n"
    case .table(let header, let rows, let alignments):
      table(header: header, rows: rows, alignments: alignments, to: &html)
    case .figure(let image):
      figure(image, to: &html)
    }
  }

  /// A list item; in a tight list its paragraphs are written without `<p>`, as CommonMark
  /// renders them (spec §5.3, "tight" and "loose" lists).
  private mutating func listItem(_ blocks: [Block], tight: Bool, to html: inout String) {
    if tight, blocks.count == 1, case .paragraph(let content) = blocks[0] {
      html += "<li>\(inlines(content))</li>\n"
      return
    }
    html += "<li>"
    for (index, block) in blocks.enumerated() {
      if tight, case .paragraph(let content) = block {
        html += (index == 0 ? "" : "\n") + inlines(content)
        continue
      }
      if index == 0 || tight { html += "\n" }
      append(block, to: &html)
    }
    if tight, case .paragraph = blocks.last { html += "\n" }
    html += "</li>\n"
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
    header: [[Inline]], rows: [[[Inline]]], alignments: [TableAlignment], to html: inout String
  ) {
    func cellTag(_ name: String, _ column: Int, _ content: String) -> String {
      let alignment = column < alignments.count ? alignments[column] : .none
      let attribute = alignment == .none ? "" : " class=\"align-\(alignment.rawValue)\""
      return "<\(name)\(attribute)>\(content)</\(name)>"
    }
    html += "<table>\n<thead>\n<tr>"
    for (column, cell) in header.enumerated() { html += cellTag("th", column, inlines(cell)) }
    html += "</tr>\n</thead>\n<tbody>\n"
    for row in rows {
      html += "<tr>"
      for (column, cell) in row.enumerated() { html += cellTag("td", column, inlines(cell)) }
      html += "</tr>\n"
    }
    html += "</tbody>\n</table>\n"
  }

  /// A picture with its caption: `<figure>` in HTML; in XHTML 1.0, which has no `<figure>`,
  /// a `<div class="figure">` with a `<p class="caption">`.
  mutating func figure(_ image: ImageReference, to html: inout String) {
    guard let source = url(image.url, what: "picture") else { return }
    let alt = alternativeText(image.alt, of: image.url)
    html +=
      (xhtml ? "<div class=\"figure\">" : "<figure>")
      + "\n<img src=\"\(HTMLEscaping.text(source))\" alt=\"\(HTMLEscaping.text(alt))\"\(voidEnd)\n"
    if image.caption != nil || image.credit != nil {
      html += xhtml ? "<p class=\"caption\">" : "<figcaption>"
      if let caption = image.caption { html += HTMLEscaping.text(caption) }
      if let credit = image.credit {
        html +=
          "\(image.caption == nil ? "" : " ")<span class=\"credit\">\(HTMLEscaping.text(credit))</span>"
      }
      html += xhtml ? "</p>\n" : "</figcaption>\n"
    }
    html += xhtml ? "</div>\n" : "</figure>\n"
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

  /// The HTML of inline content.
  mutating func inlines(_ content: [Inline]) -> String {
    var html = ""
    for inline in content {
      switch inline {
      case .text(let text): html += HTMLEscaping.text(text)
      case .emphasis(let inner): html += "<em>\(inlines(inner))</em>"
      case .strong(let inner): html += "<strong>\(inlines(inner))</strong>"
      case .strikethrough(let inner): html += "<del>\(inlines(inner))</del>"
      case .code(let text): html += "<code>\(HTMLEscaping.text(text))</code>"
      case .link(let target, let title, let inner):
        let text = inlines(inner)
        guard let href = url(target, what: "link") else {
          html += text
          continue
        }
        let titleAttribute = title.map { " title=\"\(HTMLEscaping.text($0))\"" } ?? ""
        html += "<a href=\"\(HTMLEscaping.text(href))\"\(titleAttribute)>\(text)</a>"
      case .image(let source, let title, let alt):
        guard let src = url(source, what: "picture") else { continue }
        let alt = alternativeText(alt, of: source)
        let titleAttribute = title.map { " title=\"\(HTMLEscaping.text($0))\"" } ?? ""
        html +=
          "<img src=\"\(HTMLEscaping.text(src))\" alt=\"\(HTMLEscaping.text(alt))\"\(titleAttribute)\(voidEnd)"
      case .lineBreak: html += "<br\(voidEnd)\n"
      case .softBreak: html += "\n"
      }
    }
    return html
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
