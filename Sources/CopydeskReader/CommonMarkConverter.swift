import CCmarkGFM
import CopydeskAST
import CopydeskCore
import CopydeskXML
import Foundation

/// The body of a Markdown story as AST blocks, with the warnings found on the way.
struct ConvertedBody {
  /// The blocks of the body.
  var blocks: [Block]
  /// Raw HTML dropped and other losses, with their file lines.
  var warnings: [Diagnostic]
}

/// Parses GitHub-flavoured Markdown with cmark-gfm and converts cmark's tree to the AST.
///
/// Tables, strikethrough and autolinks are on. This is the only file that touches cmark's C API.
struct CommonMarkConverter {
  /// The deepest nesting of blocks and inlines accepted before the story is refused.
  static let maximumDepth = 200

  private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

  /// Held through every inline pass.
  ///
  /// cmark-gfm keeps the characters that start an extension's inline syntax (`~`, and `:` or
  /// `w` for autolinks) in one table for the whole process: it adds them when a parser's inline
  /// pass starts and removes them when it ends, so a pass that overlapped another's end missed
  /// strikethrough and bare-URL links (github/cmark-gfm#176, still open). The block pass
  /// (`cmark_parser_feed`) does not touch the table.
  private static let inlinePass = NSLock()

  private let fileName: String
  private let lineOffset: Int
  private var warnings: [Diagnostic] = []

  /// Converts `markdown`, whose first line is line `firstLine` of the file.
  static func convert(
    _ markdown: String, fileName: String, firstLine: Int
  ) throws(Diagnostic) -> ConvertedBody {
    _ = extensionsRegistered
    // Typographic punctuation ("quotes" → “quotes”, -- → –, ... → …), as raw wire copy
    // already has it; wire text folds it back to ASCII where its charset needs.
    guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_SMART) else {
      throw Diagnostic(.error, file: fileName, message: "the Markdown parser could not start")
    }
    defer { cmark_parser_free(parser) }
    for name in ["table", "strikethrough", "autolink"] {
      if let syntaxExtension = cmark_find_syntax_extension(name) {
        cmark_parser_attach_syntax_extension(parser, syntaxExtension)
      }
    }
    var source = markdown
    source.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) {
        cmark_parser_feed(parser, $0.baseAddress, $0.count)
      }
    }
    guard let document = inlinePass.withLock({ cmark_parser_finish(parser) }) else {
      throw Diagnostic(.error, file: fileName, message: "the Markdown parser gave no document")
    }
    defer { cmark_node_free(document) }
    var converter = CommonMarkConverter(fileName: fileName, lineOffset: firstLine - 1)
    let blocks = try converter.blocks(in: document, depth: 0)
    return ConvertedBody(blocks: blocks, warnings: converter.warnings)
  }

  private init(fileName: String, lineOffset: Int) {
    self.fileName = fileName
    self.lineOffset = lineOffset
  }

  // MARK: Blocks

  private mutating func blocks(in parent: OpaquePointer, depth: Int) throws(Diagnostic) -> [Block] {
    var result: [Block] = []
    for node in children(of: parent) {
      if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK {
        result += htmlBlockText(node)
      } else if let block = try block(node, depth: depth + 1) {
        result.append(block)
      }
    }
    return result
  }

  private mutating func block(_ node: OpaquePointer, depth: Int) throws(Diagnostic) -> Block? {
    try checkDepth(depth, node)
    switch cmark_node_get_type(node) {
    case CMARK_NODE_PARAGRAPH:
      let content = try inlines(in: node, depth: depth)
      if content.count == 1, case .image(let url, let title, let alt) = content[0] {
        return .figure(image: Self.figureImage(url: url, title: title, alt: alt))
      }
      return content.isEmpty ? nil : .paragraph(content)
    case CMARK_NODE_HEADING:
      return .heading(
        level: Int(cmark_node_get_heading_level(node)), content: try inlines(in: node, depth: depth)
      )
    case CMARK_NODE_BLOCK_QUOTE:
      return .blockQuote(try blocks(in: node, depth: depth))
    case CMARK_NODE_LIST:
      var items: [[Block]] = []
      for item in children(of: node) { items.append(try blocks(in: item, depth: depth + 1)) }
      let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
      return .list(
        ordered: ordered, start: ordered ? Int(cmark_node_get_list_start(node)) : 1,
        tight: cmark_node_get_list_tight(node) != 0, items: items)
    case CMARK_NODE_CODE_BLOCK:
      let info = string(cmark_node_get_fence_info(node)).split(separator: " ").first.map(
        String.init)
      return .codeBlock(language: info, text: string(cmark_node_get_literal(node)))
    case CMARK_NODE_THEMATIC_BREAK:
      return .thematicBreak
    default:
      if string(cmark_node_get_type_string(node)) == "table" {
        return try table(node, depth: depth)
      }
      warn(
        node, "unsupported Markdown block '\(string(cmark_node_get_type_string(node)))' was dropped"
      )
      return nil
    }
  }

  /// The visible text of a raw HTML block as paragraphs, so pasted copy keeps its words; the
  /// markup, and the content of `script` and `style`, is dropped with a warning.
  private mutating func htmlBlockText(_ node: OpaquePointer) -> [Block] {
    let paragraphs = HTMLVisibleText.paragraphs(string(cmark_node_get_literal(node)))
    warn(
      node,
      paragraphs.isEmpty
        ? "raw HTML is not allowed in stories and was dropped"
        : "raw HTML is not allowed in stories; its markup was dropped and its text kept")
    return paragraphs.map { .paragraph([.text($0)]) }
  }

  private mutating func table(_ node: OpaquePointer, depth: Int) throws(Diagnostic) -> Block {
    let columns = Int(cmark_gfm_extensions_get_table_columns(node))
    var alignments: [TableAlignment] = []
    if let raw = cmark_gfm_extensions_get_table_alignments(node) {
      for column in 0..<columns {
        switch UInt8(raw[column]) {
        case UInt8(ascii: "l"): alignments.append(.left)
        case UInt8(ascii: "c"): alignments.append(.center)
        case UInt8(ascii: "r"): alignments.append(.right)
        default: alignments.append(.none)
        }
      }
    }
    var header: [[Inline]] = []
    var rows: [[[Inline]]] = []
    for row in children(of: node) {
      var cells: [[Inline]] = []
      for cell in children(of: row) { cells.append(try inlines(in: cell, depth: depth + 2)) }
      if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
        header = cells
      } else {
        rows.append(cells)
      }
    }
    return .table(header: header, rows: rows, alignments: alignments)
  }

  /// A picture alone in its paragraph is a figure; its title holds `caption | credit`.
  private static func figureImage(url: String, title: String?, alt: String) -> ImageReference {
    let parts = (title ?? "").split(separator: "|", maxSplits: 1)
      .map { $0.trimmingCharacters(in: .whitespaces) }
    return ImageReference(
      url: url, caption: parts.first.flatMap { $0.isEmpty ? nil : $0 },
      credit: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil, alt: alt)
  }

  // MARK: Inlines

  private mutating func inlines(in parent: OpaquePointer, depth: Int) throws(Diagnostic) -> [Inline]
  {
    var result: [Inline] = []
    for node in children(of: parent) {
      guard let inline = try inline(node, depth: depth + 1) else { continue }
      if case .text(let next) = inline, case .text(let previous)? = result.last {
        result[result.count - 1] = .text(previous + next)
      } else {
        result.append(inline)
      }
    }
    return result
  }

  private mutating func inline(_ node: OpaquePointer, depth: Int) throws(Diagnostic) -> Inline? {
    try checkDepth(depth, node)
    switch cmark_node_get_type(node) {
    case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
    case CMARK_NODE_SOFTBREAK: return .softBreak
    case CMARK_NODE_LINEBREAK: return .lineBreak
    case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
    case CMARK_NODE_EMPH: return .emphasis(try inlines(in: node, depth: depth))
    case CMARK_NODE_STRONG: return .strong(try inlines(in: node, depth: depth))
    case CMARK_NODE_LINK:
      return .link(
        url: string(cmark_node_get_url(node)), title: optionalString(cmark_node_get_title(node)),
        content: try inlines(in: node, depth: depth))
    case CMARK_NODE_IMAGE:
      return .image(
        url: string(cmark_node_get_url(node)), title: optionalString(cmark_node_get_title(node)),
        alt: try inlines(in: node, depth: depth).plainText)
    case CMARK_NODE_HTML_INLINE:
      warn(
        node, "raw HTML '\(string(cmark_node_get_literal(node)))' is not allowed and was dropped")
      return nil
    default:
      if string(cmark_node_get_type_string(node)) == "strikethrough" {
        return .strikethrough(try inlines(in: node, depth: depth))
      }
      warn(
        node,
        "unsupported Markdown inline '\(string(cmark_node_get_type_string(node)))' was dropped")
      return nil
    }
  }

  // MARK: Helpers

  private func children(of node: OpaquePointer) -> [OpaquePointer] {
    var result: [OpaquePointer] = []
    var child = cmark_node_first_child(node)
    while let current = child {
      result.append(current)
      child = cmark_node_next(current)
    }
    return result
  }

  private func line(of node: OpaquePointer) -> Int? {
    var current: OpaquePointer? = node
    while let candidate = current {
      let line = Int(cmark_node_get_start_line(candidate))
      if line > 0 { return line + lineOffset }
      current = cmark_node_parent(candidate)
    }
    return nil
  }

  private func checkDepth(_ depth: Int, _ node: OpaquePointer) throws(Diagnostic) {
    guard depth <= Self.maximumDepth else {
      throw Diagnostic(
        .error, file: fileName, line: line(of: node),
        message: "the Markdown is nested more than \(Self.maximumDepth) levels deep here; "
          + "simplify the quotes or lists")
    }
  }

  private mutating func warn(_ node: OpaquePointer, _ message: String) {
    let column = Int(cmark_node_get_start_column(node))
    warnings.append(
      Diagnostic(
        .warning, file: fileName, line: line(of: node), column: column > 0 ? column : nil,
        message: message))
  }

  private func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }

  private func optionalString(_ pointer: UnsafePointer<CChar>?) -> String? {
    let value = string(pointer)
    return value.isEmpty ? nil : value
  }
}
