import CopydeskAST
import CopydeskCore
import CopydeskReader

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
  /// Links and pictures dropped for unsafe URLs.
  private(set) var warnings: [Diagnostic] = []

  /// Creates a body renderer.
  init(sourceFile: String, absoluteBase: String? = nil, xhtml: Bool = false) {
    self.sourceFile = sourceFile
    self.absoluteBase = absoluteBase
    self.xhtml = xhtml
  }

  /// The end of a void element: `>` in HTML, ` />` in XHTML.
  private var voidEnd: String { xhtml ? " />" : ">" }

  /// The HTML of `blocks`, one block per line.
  mutating func render(_ blocks: [Block]) -> String {
    var html = ""
    for block in blocks { append(block, to: &html) }
    return html
  }

  private mutating func append(_ block: Block, to html: inout String) {
    switch block {
    case .paragraph(let content):
      html += "<p>\(inlines(content))</p>\n"
    case .heading(let level, let content):
      // The page's own <h1> is the headline, so body headings start one level lower.
      let tag = "h\(min(level + 1, 6))"
      html += "<\(tag)>\(inlines(content))</\(tag)>\n"
    case .blockQuote(let blocks):
      html += "<blockquote>\n"
      for inner in blocks { append(inner, to: &html) }
      html += "</blockquote>\n"
    case .list(let ordered, let start, let items):
      html += ordered ? (start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n") : "<ul>\n"
      for item in items { listItem(item, to: &html) }
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

  private mutating func listItem(_ blocks: [Block], to html: inout String) {
    // A one-paragraph item is written without <p>, as a tight list reads best.
    if blocks.count == 1, case .paragraph(let content) = blocks[0] {
      html += "<li>\(inlines(content))</li>\n"
      return
    }
    html += "<li>\n"
    for block in blocks { append(block, to: &html) }
    html += "</li>\n"
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

  private mutating func figure(_ image: ImageReference, to html: inout String) {
    guard let source = url(image.url, what: "picture") else { return }
    html +=
      "<figure>\n<img src=\"\(HTMLEscaping.text(source))\" alt=\"\(HTMLEscaping.text(image.alt ?? ""))\"\(voidEnd)\n"
    if image.caption != nil || image.credit != nil {
      html += "<figcaption>"
      if let caption = image.caption { html += HTMLEscaping.text(caption) }
      if let credit = image.credit {
        html +=
          "\(image.caption == nil ? "" : " ")<span class=\"credit\">\(HTMLEscaping.text(credit))</span>"
      }
      html += "</figcaption>\n"
    }
    html += "</figure>\n"
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
