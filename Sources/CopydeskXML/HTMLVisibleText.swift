import CLibXML2
import Foundation

/// The text a browser would show for a fragment of raw HTML, read with libxml2's HTML parser.
public enum HTMLVisibleText {
  /// Elements whose content is never shown as text.
  static let hiddenElements: Set<String> = ["script", "style", "template", "head", "title"]
  /// Elements that end a line of text.
  static let blockElements: Set<String> = [
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "table", "ul", "ol", "section", "article", "header", "footer", "figure", "figcaption",
  ]

  /// The paragraphs of visible text in `html`.
  ///
  /// A paragraph is a run of text between block elements, white space collapsed; empty runs
  /// are left out, and script, style and template content never appears.
  public static func paragraphs(_ html: String) -> [String] {
    _ = LibXML2.initialised
    let options = Int32(
      HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NOIMPLIED.rawValue)
    let wrapped = "<div>" + html + "</div>"
    guard
      let document = wrapped.withCString({
        htmlReadMemory($0, Int32(strlen($0)), "fragment.html", "UTF-8", options)
      })
    else { return [] }
    defer { xmlFreeDoc(document) }
    var collector = TextCollector()
    collector.visit(xmlDocGetRootElement(document))
    collector.endParagraph()
    return collector.paragraphs
  }

  private struct TextCollector {
    var paragraphs: [String] = []
    var current = ""

    mutating func visit(_ node: xmlNodePtr?) {
      var child = node
      while let current = child {
        switch current.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          append(LibXML2.string(current.pointee.content))
        case XML_ELEMENT_NODE:
          let name = LibXML2.string(current.pointee.name).lowercased()
          if !hiddenElements.contains(name) {
            let isBlock = blockElements.contains(name)
            if isBlock { endParagraph() }
            visit(current.pointee.children)
            if isBlock { endParagraph() }
          }
        default: break
        }
        child = current.pointee.next
      }
    }

    mutating func append(_ text: String) {
      current += text
    }

    mutating func endParagraph() {
      let words = current.split(whereSeparator: \.isWhitespace)
      if !words.isEmpty { paragraphs.append(words.joined(separator: " ")) }
      current = ""
    }
  }
}
