import CopydeskAST
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// Wire text: byte-exact goldens, the 69-column rule, ASCII safety, transliteration
/// reports, header values and round trips through a receiver-style reader.
@Suite struct WireRendererTests {
  static func render(
    _ story: URL, profile: WireProfile = .iptc7901, charset: WireCharset = .ascii, sequence: Int = 1
  ) throws -> StoryRendering {
    try StoryRenderer.render(
      contentsOf: story, as: .wire, options: Stories.options,
      context: RenderContext(
        sourceFile: story.lastPathComponent, site: Stories.site,
        options: .wire(profile: profile, charset: charset), sequence: sequence), preview: true)
  }

  static func renderText(
    _ markdown: String, profile: WireProfile = .iptc7901, charset: WireCharset = .ascii
  )
    throws -> StoryRendering
  {
    let folder = try ExternalValidator.temporaryFolder()
    let story = folder.appendingPathComponent("story.md")
    try Data(markdown.utf8).write(to: story)
    return try render(story, profile: profile, charset: charset)
  }

  static var stories: [URL] {
    Paths.exampleStories() + ["kitchen-sink.md"].map { Paths.fixtures.appendingPathComponent($0) }
      + (Paths.sharedAvailable ? [Paths.seedStory] : [])
  }

  /// The golden of a story in a profile; the default profile's is the wire format's golden of
  /// the format table (`FormatGoldenTests`).
  static func goldenName(_ story: String, _ profile: WireProfile) -> String {
    "\(story).\(profile == WireSettings().profile ? "wire" : profile.rawValue).txt"
  }

  @Test(arguments: WireProfile.allCases)
  func kitchenSinkGolden(profile: WireProfile) throws {
    let data = try Self.render(
      Paths.fixtures.appendingPathComponent("kitchen-sink.md"), profile: profile
    ).output.data
    try expectGolden(data, named: Self.goldenName("kitchen-sink", profile))
  }

  @Test(
    .enabled(if: Paths.sharedAvailable, "needs ../shared/corpus (the seed story)"),
    arguments: WireProfile.allCases)
  func seedGolden(profile: WireProfile) throws {
    try expectGolden(
      Self.render(Paths.seedStory, profile: profile).output.data,
      named: Self.goldenName("seed", profile))
  }

  @Test(arguments: WireProfile.allCases)
  func everyLineFitsAndEveryByteIsASCII(profile: WireProfile) throws {
    for story in Self.stories {
      let data = try Self.render(story, profile: profile).output.data
      #expect(data.allSatisfy { $0 < 0x80 }, "\(story.lastPathComponent) is not pure ASCII")
      if profile == .plain {
        #expect(
          data.allSatisfy { $0 >= 0x20 || $0 == 0x0A }, "plain output carries control characters")
      }
      // ANPA paragraphs and header lines are one line each, never wrapped (AP practice).
      guard profile != .anpa1312 else { continue }
      let text = String(decoding: data, as: UTF8.self)
      for line in text.split(
        omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
      {
        let visible = line.filter { $0 != "\r" }
        #expect(
          visible.count <= 69,
          "\(story.lastPathComponent): line of \(visible.count) columns: \(visible)")
      }
    }
  }

  @Test func longUnbreakableTokenIsBrokenAtTheWidth() throws {
    let token = String(repeating: "x", count: 80)
    let lines = try String(
      decoding: Self.renderText(
        "---\nheadline: H\ndate: 2026-03-04T09:15:00Z\n---\n\nShort words then \(token) and more.\n",
        profile: .plain
      )
      .output.data, as: UTF8.self
    ).split(separator: "\n")
    #expect(lines.contains { $0 == "Short words then" })
    #expect(lines.contains { $0 == String(repeating: "x", count: 69) })
    #expect(lines.contains { $0 == String(repeating: "x", count: 11) + " and more." })
  }

  @Test func hyphenatedWordsAreNeverBroken() {
    let lines = WireWrapProbe.wrap(
      String(repeating: "a ", count: 30) + "well-known-long-hyphenated-compound word")
    #expect(lines.allSatisfy { $0.count <= 69 || !$0.contains(" ") })
    #expect(lines.contains { $0.contains("well-known-long-hyphenated-compound") })
  }

  @Test func transliterationTable() throws {
    let rendering = try Self.renderText(
      "---\nheadline: “Erdoğan’s” visit – Straße… café\ndate: 2026-03-04T09:15:00Z\n---\n\nÆsir — ½ price € 5\n",
      profile: .plain)
    let text = String(decoding: rendering.output.data, as: UTF8.self)
    #expect(text.hasPrefix("\"Erdogan's\" visit - Strasse... cafe\n"))
    #expect(text.contains("AEsir - 1/2 price EUR 5"))
    #expect(rendering.warnings.filter { $0.key == "wire" }.isEmpty)
  }

  @Test func untranslatableCharactersAreReportedWithTheirLine() throws {
    let rendering = try Self.renderText(
      "---\nheadline: Arrows\ndate: 2026-03-04T09:15:00Z\n---\n\nPrices ↑ sharply.\n\nThen ↓ again ☃.\n",
      profile: .plain)
    let text = String(decoding: rendering.output.data, as: UTF8.self)
    #expect(text.contains("Prices ? sharply."))
    #expect(
      rendering.warnings.map(\.description) == [
        "story.md:6: warning: '↑' (U+2191) has no ascii spelling and was sent as '?'",
        "story.md:8: warning: '↓' (U+2193) has no ascii spelling and was sent as '?'",
        "story.md:8: warning: '☃' (U+2603) has no ascii spelling and was sent as '?'",
      ])
  }

  @Test func nonLatinStoryIsRefusedInASCIIButCarriedInUTF8() throws {
    let story = Paths.fixtures.appendingPathComponent("rtl-arabic.md")
    #expect(throws: Diagnostic.self) { try Self.render(story) }
    do {
      _ = try Self.render(story)
    } catch let error as Diagnostic {
      #expect(error.message.hasPrefix("the story is mostly in a script ascii cannot carry"))
      #expect(error.message.hasSuffix("(formats.wire.charset_by_language: {ar: utf8})"))
    }
    let utf8 = try Self.render(story, charset: .utf8)
    #expect(String(decoding: utf8.output.data, as: UTF8.self).contains("افتتاح معرض الكتاب"))
  }

  @Test func latin1KeepsAccentsAsSingleBytes() throws {
    let data = try Self.renderText(
      "---\nheadline: Café “open”\ndate: 2026-03-04T09:15:00Z\n---\n\nBody.\n", profile: .plain,
      charset: .latin1
    ).output.data
    #expect(data.starts(with: [0x43, 0x61, 0x66, 0xE9, 0x20, 0x22, 0x6F]))
  }

  @Test func headerValuesComeFromMetadata() throws {
    let rendering = try Self.renderText(
      "---\nheadline: Vote\ndate: 2026-03-04T09:15:00+01:00\nupdated: 2026-03-04T23:50:00-05:00\npriority: flash\n"
        + "category: pl\nsignoff: ab\n---\n\nOne two three four five.\n")
    let message = try WireMessageReader.iptc7901(rendering.output.data)
    #expect(message.service == "cdk")
    #expect(message.sequence == 1)
    #expect(message.priority == 1)
    #expect(message.category == "pl")
    #expect(message.wordCount == 5)
    #expect(message.stamp == "050450 GMT Mar 26")
  }

  @Test func urgencyGivesPriorityWhenNoneIsSet() throws {
    let rendering = try Self.renderText(
      "---\nheadline: U\ndate: 2026-03-04T09:15:00Z\nurgency: 2\n---\n\nText.\n")
    #expect(try WireMessageReader.iptc7901(rendering.output.data).priority == 2)
  }

  @Test func advisoriesForEmbargoCorrectionKillAndNotes() throws {
    let embargoed = String(
      decoding: try Self.renderText(
        "---\nheadline: E\ndate: 2026-03-04T09:15:00Z\nembargo: 2026-03-04T12:00:00Z\nednote: Call desk.\n"
          + "corrections: [{date: 2026-03-04T10:00:00Z, note: Fixed a name.}]\n---\n\nText.\n"
      ).output.data, as: UTF8.self)
    #expect(
      embargoed.contains("\r\n\r\nEMBARGOED until 2026-03-04T12:00:00Z (041200 GMT Mar 26).\r\n"))
    #expect(embargoed.contains("CORRECTION (2026-03-04T10:00:00Z) - Fixed a name."))
    #expect(embargoed.contains("The following information is not for publication:\r\nCall desk."))
    let killed = try Self.renderText(
      "---\nheadline: K\ndate: 2026-03-04T09:15:00Z\nstatus: canceled\n---\n\nText.\n")
    let message = try WireMessageReader.iptc7901(killed.output.data)
    #expect(message.paragraphs.first?.hasPrefix("KILL - This story has been withdrawn") == true)
    #expect(!message.paragraphs.contains("Text."))
    #expect(message.wordCount == 0)
  }

  /// Keywords follow the slug in the IPTC 7901 slugline, each ended by `/`; a space or a slash
  /// inside one becomes a hyphen, so a receiver splitting on `/` reads each keyword whole (and
  /// the ASCII charset transliterates the rest).
  @Test func keywordsJoinTheSluglineHyphenated() throws {
    let rendering = try Self.renderText(
      "---\nheadline: K\ndate: 2026-03-04T09:15:00Z\nslug: council-vote\n"
        + "keywords: [city council, roads/bridges, ré forme]\n---\n\nText.\n")
    let message = try WireMessageReader.iptc7901(rendering.output.data)
    #expect(message.slugline == "council-vote/city-council/roads-bridges/re-forme/")
  }

  @Test(.enabled(if: Paths.sharedAvailable, "needs ../shared/corpus (the seed story)"))
  func seedRoundTripsThroughIPTC7901() throws {
    let rendering = try Self.render(Paths.seedStory, sequence: 42)
    let message = try WireMessageReader.iptc7901(rendering.output.data)
    #expect(message.sequence == 42)
    #expect(message.slugline == "putin-erdogan-hold-closed-door-meeting/")
    #expect(message.headline == "Putin, Erdogan hold closed-door meeting")
    #expect(message.byline == "Reporting by Muhammad al-Qadi")
    #expect(message.wordCount == rendering.article.wordCount)
    #expect(
      message.paragraphs.first?.hasPrefix("QAMISHLI, Syria (North Press) - On Wednesday,") == true)
    #expect(message.paragraphs.count == rendering.article.body.count + 1)
    #expect(message.paragraphs.last == "North Press")
  }

  @Test(.enabled(if: Paths.sharedAvailable, "needs ../shared/corpus (the seed story)"))
  func seedRoundTripsThroughANPA() throws {
    let rendering = try Self.render(Paths.seedStory, profile: .anpa1312, sequence: 7)
    let message = try WireMessageReader.anpa(rendering.output.data)
    #expect(message.storyNumber == 7)
    #expect(message.selector == "cdk")
    #expect(message.priority == "r")
    #expect(message.keyword == "bc-putin-erdogan-hold")
    #expect(message.version == "")
    #expect(message.wordCount == rendering.article.wordCount)
    #expect(message.headline == "Putin, Erdogan hold closed-door meeting")
    #expect(message.byline == "Reporting by Muhammad al-Qadi")
    #expect(message.paragraphs.count == rendering.article.body.count)
    #expect(
      message.paragraphs.first?.hasPrefix("QAMISHLI, Syria (North Press) - On Wednesday,") == true)
    #expect(message.trailer.wholeMatch(of: #/[A-Z]+-[A-Z]+-\d\d-\d\d-\d\d \d{4}GMT</#) != nil)
  }

  @Test func anpaKeywordIsLimitedTo24Characters() throws {
    let rendering = try Self.renderText(
      "---\nheadline: H\nslug: a-very-long-slug-for-the-anpa-keyword-field\ndate: 2026-03-04T09:15:00Z\n---\n\nT.\n",
      profile: .anpa1312)
    let message = try WireMessageReader.anpa(rendering.output.data)
    #expect(message.keyword.count <= 24)
    #expect(message.keyword == "bc-a-very-long-slug-for")
    #expect(
      rendering.warnings.map(\.message).contains(
        "the ANPA keyword is limited to 21 characters; 'a-very-long-slug-for-the-anpa-keyword-field' was shortened to 'a-very-long-slug-for'"
      ))
  }

  @Test func controlCharactersInTextNeverReachTheWire() throws {
    let data = try Self.renderText(
      "---\nheadline: \"Bad\\x02 \\x03 header\"\ndate: 2026-03-04T09:15:00Z\n---\n\nText.\n"
    ).output.data
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.filter { $0 == "\u{02}" }.count == 1)
    #expect(text.filter { $0 == "\u{03}" }.count == 1)
  }

  @Test func showControlsMakesFramingVisible() throws {
    let data = try Self.renderText("---\nheadline: H\ndate: 2026-03-04T09:15:00Z\n---\n\nText.\n")
      .output.data
    let shown = WireInspector.showControls(data)
    #expect(shown.hasPrefix("         1         2"))
    #expect(shown.contains("␁cdk0001 3 i 1 ␍␊\n"))
    #expect(shown.contains("␂H ="))
    #expect(shown.hasSuffix("␡␄"))
  }
}

/// Exposes the wrapping rule to tests through rendering a one-paragraph plain story.
enum WireWrapProbe {
  static func wrap(_ text: String) -> [String] {
    let rendering = try? WireRendererTests.renderText(
      "---\nheadline: H\ndate: 2026-03-04T09:15:00Z\n---\n\n\(text)\n", profile: .plain)
    let output = rendering.map { String(decoding: $0.output.data, as: UTF8.self) } ?? ""
    return output.split(separator: "\n").map(String.init)
  }
}
