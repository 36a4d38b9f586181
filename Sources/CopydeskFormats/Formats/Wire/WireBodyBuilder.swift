import CopydeskAST
import CopydeskCore
import CopydeskReader
import Foundation

/// Lays out body blocks as wrapped wire paragraphs: lists as indented lines with markers,
/// tables as aligned columns (or dropped with a warning when they cannot fit), links as
/// their text, pictures as a bracketed note.
struct WireBodyBuilder {
  let linkURLs: Bool
  let sourceFile: String
  private(set) var warnings: [Diagnostic] = []

  init(linkURLs: Bool, sourceFile: String) {
    self.linkURLs = linkURLs
    self.sourceFile = sourceFile
  }

  /// The paragraphs of `blocks`, the `dateline` opening the first text paragraph.
  ///
  /// A story with no body (a kill) gets no dateline either.
  mutating func paragraphs(
    _ blocks: [Block], dateline: String?, convert: (String) -> String
  ) -> [WireStory.Paragraph] {
    var result: [WireStory.Paragraph] = []
    var pendingDateline = dateline
    for block in blocks {
      if case .paragraph(let content) = block, let opening = pendingDateline {
        pendingDateline = nil
        result.append(.init(items: [.init(text: opening + convert(text(content)))], isText: true))
        continue
      }
      result += paragraphs(block, indent: "", convert: convert)
    }
    if let opening = pendingDateline, !result.isEmpty {
      let dateline = opening.trimmingCharacters(in: .whitespaces)
      result.insert(.init(items: [.init(text: dateline)], isText: true), at: 0)
    }
    return result
  }

  private mutating func paragraphs(
    _ block: Block, indent: String, convert: (String) -> String
  ) -> [WireStory.Paragraph] {
    switch block {
    case .paragraph(let content):
      let line = WireStory.Paragraph.Line(
        text: convert(text(content)), firstPrefix: indent, prefix: indent)
      return [.init(items: [line], isText: indent.isEmpty)]
    case .heading(_, let content):
      let line = WireStory.Paragraph.Line(
        text: convert(text(content)), firstPrefix: indent, prefix: indent)
      return [.init(items: [line], isText: false)]
    case .blockQuote(let blocks):
      return blocks.flatMap { paragraphs($0, indent: indent + "  ", convert: convert) }
    case .list(let ordered, let start, _, let items):
      let lines = items.enumerated().map { index, item -> WireStory.Paragraph.Line in
        let marker = indent + "  " + (ordered ? "\(start + index). " : "- ")
        let hanging = String(repeating: " ", count: marker.count)
        let itemText = item.map { convert($0.plainText) }.joined(separator: " ")
        return .init(text: itemText, firstPrefix: marker, prefix: hanging)
      }
      return [.init(items: lines, isText: false)]
    case .codeBlock(_, let code):
      let lines = code.split(separator: "\n").map {
        WireStory.Paragraph.Line(
          text: convert(String($0)), firstPrefix: indent + "    ", prefix: indent + "    ")
      }
      return lines.isEmpty ? [] : [.init(items: lines, isText: false)]
    case .thematicBreak:
      return [.init(items: [.init(text: "* * *", firstPrefix: indent)], isText: false)]
    case .table(let header, let rows, _):
      return table(header: header, rows: rows, indent: indent, convert: convert)
    case .figure(let image):
      guard let note = PlainText.pictureNote(image) else { return [] }
      let line = WireStory.Paragraph.Line(text: convert(note), firstPrefix: indent, prefix: indent)
      return [.init(items: [line], isText: false)]
    }
  }

  private mutating func table(
    header: [[Inline]], rows: [[[Inline]]], indent: String, convert: (String) -> String
  ) -> [WireStory.Paragraph] {
    let cells = ([header] + rows).map { $0.map { convert(text($0)) } }
    let columns = cells.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      cells.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    // A row opening with a telex marker is moved one column right (`WireWrap.clearOfMarkers`).
    let markerShift =
      indent.isEmpty && cells.contains { WireWrap.clearOfMarkers($0.first ?? "").hasPrefix(" ") }
      ? 1 : 0
    let total = indent.count + widths.reduce(0, +) + max(0, columns - 1) * 2 + markerShift
    guard total <= WireWrap.width else {
      warnings.append(
        Diagnostic(
          .warning, file: sourceFile, key: "wire",
          message:
            "a table \(total) characters wide does not fit the \(WireWrap.width)-character wire line and was dropped"
        ))
      return []
    }
    let lines = cells.map { row in
      let text = (0..<columns).map { column in
        let cell = column < row.count ? row[column] : ""
        return cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
      }.joined(separator: "  ").replacing(#/\s+$/#, with: "")
      return WireStory.Paragraph.Line(text: text, firstPrefix: indent, isAligned: true)
    }
    return [.init(items: lines, isText: false)]
  }

  private func text(_ content: [Inline]) -> String {
    content.map { inline -> String in
      switch inline {
      case .link(let url, _, let inner):
        let label = text(inner)
        return linkURLs && label != url ? "\(label) [\(url)]" : label
      case .emphasis(let inner), .strong(let inner): return text(inner)
      case .lineBreak, .softBreak: return " "
      default: return inline.plainText
      }
    }.joined()
  }
}
