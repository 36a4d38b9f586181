/// The `plain` wire profile: readable text with no control characters.
///
/// The same story, wrapped at the same width, for e-mail, SMS gateways and pagers. Lines
/// end in LF.
enum PlainWireLayout {
  /// The message text.
  static func message(_ story: WireStory) -> String {
    var lines = WireWrap.wrap((story.isKill ? "KILL - " : "") + story.headline)
    if let credit = story.credit { lines += WireWrap.wrap(credit) }
    for advisory in story.advisories { lines += [""] + WireWrap.wrap(advisory) }
    for paragraph in story.paragraphs { lines += [""] + paragraph.lines }
    if let notes = story.notes { lines += ["", "NOT FOR PUBLICATION:"] + WireWrap.wrap(notes) }
    lines += ["", [story.agency, story.signoff].compactMap { $0 }.joined(separator: " ")]
    return lines.joined(separator: "\n") + "\n"
  }
}
