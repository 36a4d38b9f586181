import CopydeskCore
import Foundation

/// IPTC 7901 as dpa and KNA transmit it (standards.md §3.3, profile of §3.6).
///
/// SOH header line, blank line, slugline ending `/`, STX and the headline block ending
/// ` =`, the body wrapped at 69 with blank lines between paragraphs, the closing line, ETX
/// and the `DDHHMM GMT Mon YY` stamp, then `DEL CRLF DEL EOT`. Every line ends in CRLF.
enum IPTC7901Layout {
  /// The message text (control characters included) and warnings about shortened fields.
  static func message(_ story: WireStory, sourceFile: String) -> (
    text: String, warnings: [Diagnostic]
  ) {
    // Header fields: service id immediately followed by the 4-digit sequence number,
    // priority digit, category, word count, and a space after it even with no optional
    // field, which receiving parsers require (standards.md §3.5).
    let header =
      "\(story.service)\(WireNumber.fourDigits(story.sequence)) \(story.priority) \(story.category) \(story.wordCount) "
    var warnings: [Diagnostic] = []
    // Lines go straight into the message, each ended with CRLF: the build numbers stories
    // one at a time, so this runs on its main thread.
    var text = ""
    text.reserveCapacity(story.paragraphs.count * 240 + 512)
    func line(_ content: String) {
      text += content
      text += "\r\n"
    }
    line(WireControl.soh + header)
    line("")
    line(slugline(story, sourceFile: sourceFile, warnings: &warnings))
    // Receivers take the first line after STX as the headline: a kill says so there.
    let headline = (story.isKill ? "KILL - " : "") + story.headline
    var headlineBlock = WireWrap.wrap(headline)
    if let credit = story.credit {
      headlineBlock += WireWrap.wrap(credit + " =")
    } else {
      headlineBlock = WireWrap.wrap(headline + " =")
    }
    headlineBlock[0] = WireControl.stx + headlineBlock[0]
    headlineBlock.forEach(line)
    for advisory in story.advisories {
      line("")
      WireWrap.wrap(advisory).forEach(line)
    }
    for paragraph in story.paragraphs {
      line("")
      paragraph.lines.forEach(line)
    }
    if let notes = story.notes {
      line("")
      line("The following information is not for publication:")
      WireWrap.wrap(notes).forEach(line)
    }
    line("")
    line([story.agency, story.signoff].compactMap { $0 }.joined(separator: " "))
    line("")
    line(WireControl.etx + WireTime.stamp(story.versionTime))
    line(WireControl.delete)
    text += WireControl.delete + WireControl.eot
    return (text, warnings)
  }

  /// The slug and keywords, `/`-separated and ending in `/`, within the line width; a slug
  /// too long for the line is shortened, with a warning.
  static func slugline(
    _ story: WireStory, sourceFile: String, warnings: inout [Diagnostic]
  ) -> String {
    var slug = story.slugline
    if slug.count >= WireWrap.width {
      slug = String(slug.prefix(WireWrap.width - 1))
      warnings.append(
        Diagnostic(
          .warning, file: sourceFile, key: "wire",
          message:
            "the IPTC 7901 slugline is limited to \(WireWrap.width) characters; the slug "
            + "'\(story.slugline)' was shortened to '\(slug)'"))
    }
    var line = WireWrap.clearOfMarkers(slug + "/")
    for keyword in story.keywords {
      // Spaces and slashes become hyphens, so each keyword stays one field of the slugline.
      let hyphenated = keyword.unicodeScalars.map { $0 == " " || $0 == "/" ? "-" : $0 }
      let part = String(String.UnicodeScalarView(hyphenated)) + "/"
      guard line.count + part.count <= WireWrap.width else { break }
      line += part
    }
    return line
  }
}

/// Zero-padded numbers in wire headers.
enum WireNumber {
  /// The last four digits of `number`, zero-padded: `0042`.
  static func fourDigits(_ number: Int) -> String {
    let value = ((number % 10_000) + 10_000) % 10_000
    let digits = String(value)
    return String(repeating: "0", count: 4 - digits.count) + digits
  }
}
