import CopydeskCore
import CopydeskXML

/// Where `HTMLBodyRenderer` writes a body.
///
/// HTML text (`HTMLText`) or an XHTML element tree (`XHTMLTree`): the renderer says which
/// elements, attributes and text, the sink escapes.
protocol MarkupSink {
  /// Opens the element `name` with `attributes`, in the order given.
  mutating func open(_ name: String, _ attributes: [(String, String)])
  /// Closes `name`, the element opened last.
  mutating func close(_ name: String)
  /// An element that never has content: `br`, `hr`, `img`.
  mutating func void(_ name: String, _ attributes: [(String, String)])
  /// Character data, unescaped.
  mutating func text(_ text: String)
}

extension MarkupSink {
  /// Opens the element `name` without attributes.
  mutating func open(_ name: String) {
    open(name, [])
  }
}

/// A body as HTML text; with `xhtml`, void elements are closed (`<br />`), so the text is
/// also well-formed XHTML.
struct HTMLText: MarkupSink {
  /// True to close void elements.
  let xhtml: Bool
  /// The HTML written so far.
  private(set) var html = ""

  /// Opens the element `name` with `attributes`, in the order given.
  mutating func open(_ name: String, _ attributes: [(String, String)]) {
    html += "<" + name
    append(attributes)
    html += ">"
  }

  /// Closes `name`.
  mutating func close(_ name: String) {
    html += "</" + name + ">"
  }

  /// An element that never has content: `>` in HTML, ` />` in XHTML.
  mutating func void(_ name: String, _ attributes: [(String, String)]) {
    html += "<" + name
    append(attributes)
    html += xhtml ? " />" : ">"
  }

  /// Escaped text (`HTMLEscaping.text`).
  mutating func text(_ text: String) {
    html += HTMLEscaping.text(text)
  }

  private mutating func append(_ attributes: [(String, String)]) {
    for (name, value) in attributes {
      html += " " + name + "=\"" + HTMLEscaping.text(value) + "\""
    }
  }
}

/// A body as XHTML elements and text, for a document built as a tree.
///
/// NewsML-G2's `inlineXML` body is built this way: no markup is written as text and read
/// back. Text and attribute values lose the characters no format may carry, as `HTMLText`
/// removes them; libxml2 escapes the rest when the document is written.
struct XHTMLTree: MarkupSink {
  /// The elements being written, outermost first, below a root that holds what is done.
  private var stack = [XMLElement("")]

  /// Everything written at the top level, once every element is closed.
  var nodes: [XMLNode] { stack[0].children }

  /// Opens the element `name` with `attributes`, in the order given.
  mutating func open(_ name: String, _ attributes: [(String, String)]) {
    stack.append(XMLElement(name, attributes: Self.attributes(attributes)))
  }

  /// Closes `name`, moving it into the element around it.
  mutating func close(_ name: String) {
    let element = stack.removeLast()
    stack[stack.count - 1].children.append(.element(element))
  }

  /// An element that never has content.
  mutating func void(_ name: String, _ attributes: [(String, String)]) {
    stack[stack.count - 1].children.append(
      .element(XMLElement(name, attributes: Self.attributes(attributes))))
  }

  /// Character data; text next to text joins it, as it would when parsed.
  mutating func text(_ text: String) {
    let clean = ControlCharacters.removing(from: text)
    guard !clean.isEmpty else { return }
    let last = stack.count - 1
    if case .text(let before)? = stack[last].children.last {
      stack[last].children[stack[last].children.count - 1] = .text(before + clean)
    } else {
      stack[last].children.append(.text(clean))
    }
  }

  private static func attributes(_ pairs: [(String, String)]) -> [XMLAttribute] {
    pairs.map { XMLAttribute($0.0, ControlCharacters.removing(from: $0.1)) }
  }
}
