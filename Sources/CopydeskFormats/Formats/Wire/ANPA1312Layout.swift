import CopydeskCore
import CopydeskReader
import Foundation

/// ANPA-1312 in the layout that lenient and strict receivers both accept.
///
/// Per standards.md §3.4 and §3.5 (Superdesk's parser and a CP-style decoder): `SYN SYN
/// SOH`, service letter and story number, `US` and selector; the second header line with
/// priority letter, category, `DC3 DC1`, a `bc-` keyword of at most 24 characters, version,
/// reference, `MM-DD` and a 4-digit word count; STX, `^` header lines, one line per paragraph
/// opened by TAB and three spaces (receivers.md); ETX with the post-text stamp followed by exactly three more lines, the last
/// being EOT. Lines end in LF.
enum ANPA1312Layout {
  /// The longest keyword, `bc-` included (standards.md §3.4).
  static let keywordLimit = 24
  /// The longest headline (AAP's limit, standards.md §3.4).
  static let headlineLimit = 64

  /// The message text and warnings about shortened fields.
  static func message(_ story: WireStory, sourceFile: String) -> (
    text: String, warnings: [Diagnostic]
  ) {
    var warnings: [Diagnostic] = []
    let keyword =
      "bc-"
      + shortened(
        story.slugline, to: keywordLimit - 3, field: "keyword", sourceFile: sourceFile,
        warnings: &warnings)
    let headline = shortened(
      (story.isKill ? "KILL _ " : "") + story.headline, to: headlineLimit, field: "headline",
      sourceFile: sourceFile,
      warnings: &warnings)
    let selector = String(
      story.service.lowercased().filter { $0.isLetter || $0.isNumber }.prefix(5))
    let words = WireNumber.fourDigits(min(story.wordCount, 9999))
    let category = story.category.lowercased().first.map(String.init) ?? "i"
    let sequence = WireNumber.fourDigits(story.sequence)
    let firstLine: String =
      WireControl.syn + WireControl.syn + WireControl.soh + "a" + sequence
      + WireControl.unitSeparator
      + (selector.isEmpty ? "cdk" : selector)
    let formatIdentifier: String = WireControl.dc3 + WireControl.dc1
    // AP leaves version and reference blank on an original (`BC-LT--Argentina-CancerB
    // 11-13 1049`); a write-through, correction or kill names itself and the story it replaces.
    let version = versionField(story)
    let fields: [String] = [
      priorityLetter(story.priority), category + formatIdentifier, keyword, version ?? "",
      version == nil ? "" : "a" + sequence, WireTime.monthDay(story.versionTime), words,
    ]
    let slugHeader = [keyword.uppercased(), version.map(versionHeading)].compactMap { $0 }
    var lines: [String] = [
      firstLine, fields.joined(separator: " "),
      WireControl.stx + "^" + slugHeader.joined(separator: ", ") + ",\(words)<",
      "^\(headline)<",
    ]
    // Header lines are never wrapped: receivers read one `^` line per header (receivers.md).
    if let notes = story.notes { lines.append("^EDITOR'S NOTE _ " + notes + "<") }
    // Receivers take the second-to-last of four or more `^` lines as the byline, so the
    // by-line pair (byline, agency) is written only when the story has a byline.
    if let credit = story.credit {
      lines.append("^" + credit + "=")
      lines.append("^" + story.agency + "=")
    }
    // One line per paragraph, opened by TAB and three spaces: receivers read each TAB line
    // as a paragraph (AP practice, receivers.md), so lines are never hard-wrapped.
    for advisory in story.advisories { lines.append(paragraphIndent + advisory) }
    for paragraph in story.paragraphs { lines += tabLines(paragraph) }
    let operatorCode = (story.signoff ?? "").uppercased().filter { $0.isASCII && $0.isLetter }
    let originator = String(story.service.uppercased().filter { $0.isASCII && $0.isLetter })
    let stamp: String = WireTime.anpaTrailer(story.versionTime)
    lines.append(
      WireControl.etx + originator + "-" + (operatorCode.isEmpty ? "CD" : operatorCode) + "-"
        + stamp + "<")
    lines += ["", "", WireControl.eot]
    return (lines.joined(separator: "\n"), warnings)
  }

  /// What opens a running-text paragraph (AP: TAB and three spaces).
  private static let paragraphIndent = "\t   "

  /// A block's TAB lines: running text and headings as one paragraph line; list items, table
  /// rows and code lines one line each, keeping their markers and alignment.
  private static func tabLines(_ paragraph: WireStory.Paragraph) -> [String] {
    if paragraph.isText {
      return [paragraphIndent + paragraph.items.map(\.text).joined(separator: " ")]
    }
    return paragraph.items.map { item in
      let line = item.firstPrefix + item.text
      return line.hasPrefix(" ") ? "\t" + line : paragraphIndent + line
    }
  }

  /// AP priority letters (standards.md §3.4): flash and urgent keep their letters; every
  /// other wire priority, including the ordinary 3, is `r` (regular), never `b` (bulletin).
  private static func priorityLetter(_ priority: Int) -> String {
    switch priority {
    case 1: "f"
    case 2: "u"
    default: "r"
    }
  }

  /// The version field (IPTC `a1312vers`): `Kill` for a kill, `1stLd-Writethru` for version
  /// 2 and so on, `Correction` for a corrected first version; nil (blank) for an original.
  private static func versionField(_ story: WireStory) -> String? {
    if story.isKill { return "Kill" }
    guard story.version > 1 else { return story.isCorrected ? "Correction" : nil }
    let lead = story.version - 1
    let suffix: String
    switch (lead % 10, lead % 100) {
    case (_, 11...13): suffix = "th"
    case (1, _): suffix = "st"
    case (2, _): suffix = "nd"
    case (3, _): suffix = "rd"
    default: suffix = "th"
    }
    return "\(lead)\(suffix)Ld-Writethru"
  }

  /// The version as AP writes it in the slug header line: `1st Ld-Writethru`, `KILL`.
  private static func versionHeading(_ field: String) -> String {
    switch field {
    case "Kill": "KILL"
    default: field.replacing("Ld-", with: " Ld-")
    }
  }

  private static func shortened(
    _ text: String, to limit: Int, field: String, sourceFile: String, warnings: inout [Diagnostic]
  ) -> String {
    guard text.count > limit else { return text }
    var cut = String(text.prefix(limit))
    if let space = cut.lastIndex(where: { $0 == " " || $0 == "-" }),
      cut.distance(from: cut.startIndex, to: space) > limit / 2
    {
      cut = String(cut[..<space])
    }
    warnings.append(
      Diagnostic(
        .warning, file: sourceFile, key: "wire",
        message:
          "the ANPA \(field) is limited to \(limit) characters; '\(text)' was shortened to '\(cut)'"
      ))
    return cut
  }
}
