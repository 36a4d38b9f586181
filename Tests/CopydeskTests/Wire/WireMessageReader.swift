import Foundation

/// Reads copydesk's own wire output the way receiving parsers do (standards.md §3.5), for
/// round-trip tests: header fields, slugline, headline, byline and body paragraphs.
struct WireMessageReader {
  /// What a receiver takes from an IPTC 7901 message.
  struct IPTC7901 {
    var service: String
    var sequence: Int
    var priority: Int
    var category: String
    var wordCount: Int
    var slugline: String
    var headline: String
    var byline: String?
    var paragraphs: [String]
    var stamp: String
  }

  /// What a receiver takes from an ANPA-1312 message.
  struct ANPA {
    var storyNumber: Int
    var selector: String
    var priority: String
    var category: String
    var keyword: String
    var version: String
    var reference: String
    var date: String
    var wordCount: Int
    var headerLines: [String]
    var headline: String
    var byline: String?
    var ednote: String?
    var paragraphs: [String]
    var trailer: String
  }

  enum Failure: Error {
    case malformed(String)
  }

  static func iptc7901(_ data: Data) throws -> IPTC7901 {
    let text = String(decoding: data, as: UTF8.self)
    guard text.hasSuffix("\u{7F}\u{04}") else { throw Failure.malformed("no DEL EOT at the end") }
    let lines = text.components(separatedBy: "\r\n")
    guard
      let header = lines.first?.wholeMatch(
        of: #/\x01([A-Za-z]+)(\d{4}) (\d) ([A-Za-z]{1,3}) (\d+) ([A-Za-z0-9 ]*)/#)
    else { throw Failure.malformed("header line: \(lines.first ?? "")") }
    guard let stx = lines.firstIndex(where: { $0.hasPrefix("\u{02}") }),
      let etx = lines.firstIndex(where: { $0.hasPrefix("\u{03}") })
    else { throw Failure.malformed("no STX or ETX at the start of a line") }
    let slugline = lines[1..<stx].filter { !$0.isEmpty }.joined()
    var block: [String] = []
    var index = stx
    while index < etx, !lines[index].isEmpty {
      block.append(index == stx ? String(lines[index].dropFirst()) : lines[index])
      index += 1
    }
    let blockText = block.joined(separator: "\n")
    guard blockText.hasSuffix(" =") else {
      throw Failure.malformed("headline block does not end with ' ='")
    }
    let headlineLines = block.count > 1 ? Array(block.dropLast()) : block
    let byline = block.count > 1 ? String(block.last?.dropLast(2) ?? "") : nil
    let headline = headlineLines.joined(separator: " ").replacingOccurrences(of: " =", with: "")
    let bodyLines = Array(lines[index..<etx])
    let paragraphs = bodyLines.split(separator: "").map { $0.joined(separator: " ") }
    return IPTC7901(
      service: String(header.1), sequence: Int(header.2) ?? -1, priority: Int(header.3) ?? -1,
      category: String(header.4), wordCount: Int(header.5) ?? -1, slugline: slugline,
      headline: headline,
      byline: byline, paragraphs: paragraphs, stamp: String(lines[etx].dropFirst()))
  }

  /// Reads an ANPA-1312 message as Superdesk's ingest parser (`anpa.py`) does: every line
  /// that starts with TAB is one paragraph, every `^` line one header line (the second is the
  /// headline, the second-to-last of four or more the byline), the editor's note from the
  /// `EDITOR'S NOTE _` line, the creation stamp from the fourth line from the end.
  static func anpa(_ data: Data) throws -> ANPA {
    let text = String(decoding: data, as: UTF8.self)
    let lines = text.components(separatedBy: "\n")
    guard
      let first = lines.first?.wholeMatch(of: #/\x16\x16\x01[A-Za-z](\d{4})\x1F([A-Za-z0-9-]+)/#)
    else {
      throw Failure.malformed("first line")
    }
    guard
      let second = lines[1].wholeMatch(
        of:
          #/([a-z]) ([a-z])\x13\x11 (bc-[A-Za-z0-9-]{1,21}) ([A-Za-z0-9-]*) ([A-Za-z0-9]*) (\d\d-\d\d) (\d{4})/#
      )
    else { throw Failure.malformed("second line: \(lines[1])") }
    guard lines.count >= 4, lines[lines.count - 1] == "\u{04}", lines[lines.count - 2].isEmpty,
      lines[lines.count - 3].isEmpty, lines[lines.count - 4].hasPrefix("\u{03}")
    else { throw Failure.malformed("trailer") }
    let body = lines[2..<(lines.count - 4)]
    guard body.first?.hasPrefix("\u{02}") == true else { throw Failure.malformed("STX") }
    let textLines = body.enumerated().map {
      $0.offset == 0 ? String($0.element.dropFirst()) : $0.element
    }
    let headerLines = textLines.filter { $0.hasPrefix("^") }.map {
      $0.trimmingCharacters(in: CharacterSet(charactersIn: "^<= "))
    }
    let paragraphs = textLines.filter { $0.hasPrefix("\t") }.map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    let ednote = headerLines.lazy.compactMap { $0.firstMatch(of: #/EDITOR'S NOTE _(.*)/#) }.last
    return ANPA(
      storyNumber: Int(first.1) ?? -1, selector: String(first.2), priority: String(second.1),
      category: String(second.2), keyword: String(second.3), version: String(second.4),
      reference: String(second.5), date: String(second.6), wordCount: Int(second.7) ?? -1,
      headerLines: headerLines, headline: headerLines.count > 1 ? headerLines[1] : "",
      byline: headerLines.count > 3 ? headerLines[headerLines.count - 2] : nil,
      ednote: ednote.map { $0.1.trimmingCharacters(in: .whitespaces) },
      paragraphs: paragraphs, trailer: String(lines[lines.count - 4].dropFirst()))
  }
}
