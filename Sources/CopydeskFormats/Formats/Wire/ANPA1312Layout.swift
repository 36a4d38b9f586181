import CopydeskCore
import CopydeskReader
import Foundation

/// ANPA-1312 in the layout that lenient and strict receivers both accept.
///
/// Per standards.md §3.4 and §3.5 (Superdesk's parser and a CP-style decoder): `SYN SYN
/// SOH`, service letter and story number, `US` and selector; the second header line with
/// priority letter, category, `DC3 DC1`, a `bc-` keyword of at most 24 characters, version,
/// reference, `MM-DD` and a 4-digit word count; STX, `^` header lines, TAB-indented
/// paragraphs; ETX with the post-text stamp followed by exactly three more lines, the last
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
      story.headline, to: headlineLimit, field: "headline", sourceFile: sourceFile,
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
    let fields: [String] = [
      priorityLetter(story.priority), category + formatIdentifier, keyword,
      versionField(story.version),
      "r" + sequence, WireTime.monthDay(story.versionTime), words,
    ]
    var lines: [String] = [
      firstLine, fields.joined(separator: " "),
      WireControl.stx + "^" + keyword.uppercased() + ",\(words)<",
      "^\(headline)<",
    ]
    if let notes = story.notes {
      var noteLines = WireWrap.wrap("EDITOR'S NOTE _ " + notes, width: WireWrap.width - 2).map {
        "^" + $0
      }
      noteLines[noteLines.count - 1] += "<"
      lines += noteLines
    }
    // Receivers take the second-to-last `^` line as the byline, so one is always written.
    let credit = story.credit ?? "By \(story.agency)"
    let lineLimit = WireWrap.width - 2
    lines.append(
      "^"
        + shortened(
          credit, to: lineLimit, field: "byline", sourceFile: sourceFile, warnings: &warnings) + "="
    )
    lines.append(
      "^"
        + shortened(
          story.agency, to: lineLimit, field: "agency", sourceFile: sourceFile, warnings: &warnings)
        + "=")
    for advisory in story.advisories { lines += rewrapped([advisory]) }
    for paragraph in story.paragraphs {
      lines += paragraph.isText ? rewrapped(paragraph.lines) : tabbed(paragraph.lines)
    }
    let operatorCode = (story.signoff ?? "").uppercased().filter { $0.isASCII && $0.isLetter }
    let originator = String(story.service.uppercased().filter { $0.isASCII && $0.isLetter })
    let stamp: String = WireTime.anpaTrailer(story.versionTime)
    lines.append(
      WireControl.etx + originator + "-" + (operatorCode.isEmpty ? "CD" : operatorCode) + "-"
        + stamp + "<")
    lines += ["", "", WireControl.eot]
    return (lines.joined(separator: "\n"), warnings)
  }

  /// A paragraph's text rewrapped for TAB indentation: `TAB + 3 spaces` opens it, `TAB`
  /// continues it, so every line is a body line to receivers that keep only TAB lines.
  private static func rewrapped(_ lines: [String]) -> [String] {
    let text = lines.joined(separator: " ")
    return WireWrap.wrap(text, firstPrefix: "\t   ", prefix: "\t")
  }

  /// Lists, tables and code keep their lines; each becomes a TAB line.
  private static func tabbed(_ lines: [String]) -> [String] {
    lines.flatMap { line in
      line.count < WireWrap.width
        ? ["\t" + line] : WireWrap.wrap(line, firstPrefix: "\t", prefix: "\t")
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

  /// The version field: `1stLd-Writethru` for version 2 and so on (IPTC `a1312vers`);
  /// a first version is an original.
  private static func versionField(_ version: Int) -> String {
    guard version > 1 else { return "Original" }
    let lead = version - 1
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
