import Foundation

/// IPTC 7901 as dpa and KNA transmit it (standards.md §3.3, profile of §3.6).
///
/// SOH header line, blank line, slugline ending `/`, STX and the headline block ending
/// ` =`, the body wrapped at 69 with blank lines between paragraphs, the closing line, ETX
/// and the `DDHHMM GMT Mon YY` stamp, then `DEL CRLF DEL EOT`. Every line ends in CRLF.
enum IPTC7901Layout {
  /// The message text (control characters included).
  static func message(_ story: WireStory) -> String {
    // Header fields: service id immediately followed by the 4-digit sequence number,
    // priority digit, category, word count, and a space after it even with no optional
    // field, which receiving parsers require (standards.md §3.5).
    let header =
      "\(story.service)\(WireNumber.fourDigits(story.sequence)) \(story.priority) \(story.category) \(story.wordCount) "
    var lines = [WireControl.soh + header, "", slugline(story)]
    var headlineBlock = WireWrap.wrap(story.headline)
    if let credit = story.credit {
      headlineBlock += WireWrap.wrap(credit + " =")
    } else {
      headlineBlock = WireWrap.wrap(story.headline + " =")
    }
    headlineBlock[0] = WireControl.stx + headlineBlock[0]
    lines += headlineBlock
    for advisory in story.advisories { lines += [""] + WireWrap.wrap(advisory) }
    for paragraph in story.paragraphs { lines += [""] + paragraph.lines }
    if let notes = story.notes {
      lines += ["", "The following information is not for publication:"] + WireWrap.wrap(notes)
    }
    lines += ["", [story.agency, story.signoff].compactMap { $0 }.joined(separator: " "), ""]
    lines.append(WireControl.etx + WireTime.stamp(story.versionTime))
    lines.append(WireControl.delete)
    return lines.joined(separator: "\r\n") + "\r\n" + WireControl.delete + WireControl.eot
  }

  /// The slug and keywords, `/`-separated and ending in `/`, within the line width.
  static func slugline(_ story: WireStory) -> String {
    var line = story.slugline + "/"
    for keyword in story.keywords {
      let part =
        keyword.replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "/", with: "-")
        + "/"
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
