import CopydeskAST
import CopydeskCore
import CopydeskReader
import Foundation

/// The story body as readable plain text, one paragraph per line and a blank line between
/// blocks: the `content_text` of JSON Feed items and the text rendition of NewsML-G2 items.
enum PlainText {
  /// The body as text.
  static func render(_ blocks: [Block]) -> String {
    blocks.compactMap(text).filter { !$0.isEmpty }.joined(separator: "\n\n")
  }

  /// The body's text with the dateline, when given, opening its first paragraph
  /// (`QAMISHLI, Syria (North Press) - On Wednesday, …`); a body with no text stays empty.
  static func opening(_ text: String, with dateline: Dateline?) -> String {
    guard let dateline, !text.isEmpty else { return text }
    return "\(dateline.textWithAgency) - " + text
  }

  /// The corrections as closing paragraphs (`Correction (2026-03-05): …`), each after a
  /// blank line; empty when there are none.
  static func corrections(_ corrections: [Correction]) -> String {
    corrections.map { "\n\nCorrection (\(RFC3339.format($0.date))): \($0.note)" }.joined()
  }

  private static func text(_ block: Block) -> String? {
    switch block {
    case .paragraph(let content), .heading(_, let content):
      return content.plainText
    case .blockQuote(let blocks):
      return blocks.compactMap(text).map { "> " + continuing($0, with: "> ") }
        .joined(separator: "\n>\n")
    case .list(let ordered, let start, _, let items):
      return items.enumerated().map { index, item in
        let marker = ordered ? "\(start + index). " : "- "
        let body = item.compactMap(text).joined(separator: "\n")
        return marker + continuing(body, with: String(repeating: " ", count: marker.count))
      }.joined(separator: "\n")
    case .codeBlock(_, let code):
      return code.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        .trimmingCharacters(in: .newlines)
    case .thematicBreak:
      return "* * *"
    case .table(let header, let rows, _):
      return ([header] + rows).map { $0.map(\.plainText).joined(separator: " | ") }.joined(
        separator: "\n")
    case .figure(let image):
      return pictureNote(image)
    }
  }

  /// `text` with `continuation` after every line feed: a quote's or list item's next lines.
  ///
  /// Splits the UTF-8 bytes, not characters, so a line feed after a carriage return or before
  /// a combining mark still counts.
  static func continuing(_ text: String, with continuation: String) -> String {
    guard ByteScan.any(in: text, where: { ByteScan.flag($0 == UInt8(ascii: "\n")) }) else {
      return text
    }
    return text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { String(Substring($0)) }.joined(separator: "\n" + continuation)
  }

  /// A picture in plain text: `[Picture: caption (credit)]`, nil when there is nothing to say.
  static func pictureNote(_ image: ImageReference) -> String? {
    let words = [image.caption ?? image.alt, image.credit.map { "(\($0))" }].compactMap { $0 }
    return words.isEmpty ? nil : "[Picture: \(words.joined(separator: " "))]"
  }
}
