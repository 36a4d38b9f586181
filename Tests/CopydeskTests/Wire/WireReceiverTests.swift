import CopydeskAST
import CopydeskFormats
import Foundation
import Testing

/// Wire text read back as receivers read it (receivers.md): Superdesk's ANPA ingest takes one
/// paragraph per TAB line and one header per `^` line; IPTC 7901 receivers take the first line
/// after STX as the headline and split the body on blank lines; telex circuits end a message
/// at a line starting `NNNN`.
@Suite struct WireReceiverTests {
  static let front = "---\nheadline: Council votes on the budget\ndate: 2026-03-04T09:15:00Z\n"

  static func anpa(_ markdown: String) throws -> (WireMessageReader.ANPA, StoryRendering) {
    let rendering = try WireRendererTests.renderText(markdown, profile: .anpa1312)
    return (try WireMessageReader.anpa(rendering.output.data), rendering)
  }

  static func lines(_ rendering: StoryRendering, separator: String = "\r\n") -> [String] {
    String(decoding: rendering.output.data, as: UTF8.self).components(separatedBy: separator)
  }

  @Test(.enabled(if: Paths.sharedAvailable, "needs ../shared/corpus (the seed story)"))
  func anpaParagraphIsOneTabLineNeverHardWrapped() throws {
    let rendering = try WireRendererTests.render(Paths.seedStory, profile: .anpa1312)
    let message = try WireMessageReader.anpa(rendering.output.data)
    let expected = PlainTextProbe.paragraphs(rendering.article)
    #expect(message.paragraphs == expected)
    #expect(message.paragraphs.count == rendering.article.body.count)
    let tabLines = Self.lines(rendering, separator: "\n").filter { $0.hasPrefix("\t") }
    #expect(tabLines.allSatisfy { $0.hasPrefix("\t   ") })
  }

  @Test func anpaEditorsNoteIsOneHeaderLine() throws {
    let note = String(repeating: "Hold for release by the desk in Brussels. ", count: 4)
      .trimmingCharacters(in: .whitespaces)
    let (message, _) = try Self.anpa(
      Self.front + "byline: Ana Ruiz\nednote: \(note)\n---\n\nThe council met.\n")
    #expect(message.ednote == note)
    #expect(message.byline == "By Ana Ruiz")
    #expect(message.headline == "Council votes on the budget")
  }

  @Test func anpaStoryWithoutBylineHasNoBylineLine() throws {
    let (message, _) = try Self.anpa(
      Self.front + "ednote: Check the figures.\n---\n\nThe council met.\n")
    #expect(message.byline == nil)
    #expect(!message.headerLines.contains { $0.hasPrefix("By ") })
    #expect(message.ednote == "Check the figures.")
  }

  @Test func anpaOriginalLeavesVersionAndReferenceBlank() throws {
    let (message, _) = try Self.anpa(Self.front + "---\n\nThe council met.\n")
    #expect(message.version == "")
    #expect(message.reference == "")
    #expect(message.headerLines.first == "BC-COUNCIL-VOTES-ON-THE,0003")
  }

  @Test func anpaWriteThroughNamesItsVersionAndTheStoryItReplaces() throws {
    let (message, _) = try Self.anpa(
      Self.front + "version: 2\nupdated: 2026-03-04T11:00:00Z\n---\n\nThe council met.\n")
    #expect(message.version == "1stLd-Writethru")
    #expect(message.reference == "a0001")
    #expect(message.headerLines.first == "BC-COUNCIL-VOTES-ON-THE, 1st Ld-Writethru,0003")
  }

  @Test func anpaKillIsMarkedInTheHeaderAndHeadline() throws {
    let (message, _) = try Self.anpa(
      Self.front + "version: 3\nstatus: canceled\n---\n\nThe council met.\n")
    #expect(message.version == "Kill")
    #expect(message.reference == "a0001")
    #expect(message.headerLines.first == "BC-COUNCIL-VOTES-ON-THE, KILL,0000")
    #expect(message.headline.hasPrefix("KILL _ Council votes"))
    #expect(!message.paragraphs.contains("The council met."))
  }

  /// dpa's converter breaks words longer than the line (`textwrap.fill(width=69)`).
  @Test(arguments: [WireProfile.iptc7901, .plain])
  func iptc7901NoLineExceeds69Columns(profile: WireProfile) throws {
    let token = String(repeating: "Donaudampfschifffahrt", count: 20)
    let rendering = try WireRendererTests.renderText(
      Self.front + "---\n\nWords \(token) and more words.\n", profile: profile)
    let lines = Self.lines(rendering, separator: profile == .plain ? "\n" : "\r\n")
    #expect(lines.allSatisfy { $0.count <= 69 })
    #expect(lines.joined().contains(String(token.prefix(69))))
    #expect(lines.joined().replacing(" ", with: "").contains(token))
  }

  @Test func telexMarkersNeverOpenABodyLine() throws {
    let rendering = try WireRendererTests.renderText(
      Self.front + "---\n\nNNNN\n\nZCZC and then the text.\n\n| NNNN | b |\n|---|---|\n| 1 | 2 |\n")
    let lines = Self.lines(rendering)
    #expect(!lines.contains { $0.hasPrefix("NNNN") || $0.hasPrefix("ZCZC") })
    #expect(lines.contains(" NNNN"))
    #expect(lines.contains(" ZCZC and then the text."))
  }

  @Test func iptc7901SluglineIsCappedWithAWarning() throws {
    let slug = String(repeating: "long-slug-", count: 18) + "end"
    let rendering = try WireRendererTests.renderText(
      Self.front + "slug: \(slug)\nkeywords: [budget]\n---\n\nText.\n")
    let message = try WireMessageReader.iptc7901(rendering.output.data)
    #expect(message.slugline.count <= 69)
    #expect(slug.hasPrefix(message.slugline.dropLast()))
    #expect(rendering.warnings.contains { $0.message.contains("slugline is limited to 69") })
  }

  @Test(arguments: [WireProfile.iptc7901, .plain])
  func killHasNoDanglingDateline(profile: WireProfile) throws {
    let rendering = try WireRendererTests.renderText(
      Self.front + "dateline: {city: Brussels, country: Belgium}\nstatus: canceled\n---\n\nText.\n",
      profile: profile)
    let text = String(decoding: rendering.output.data, as: UTF8.self)
    #expect(!text.contains("BRUSSELS"))
    if profile == .iptc7901 {
      let message = try WireMessageReader.iptc7901(rendering.output.data)
      #expect(message.headline.hasPrefix("KILL - Council votes"))
      #expect(message.paragraphs.first?.hasPrefix("KILL - This story has been withdrawn") == true)
    }
  }
}

/// The paragraphs a receiver should see: each body paragraph's text, the dateline opening
/// the first.
enum PlainTextProbe {
  static func paragraphs(_ article: Article) -> [String] {
    let dateline = article.metadata.dateline.map { WireTextProbe.ascii($0.textWithAgency) + " - " }
    return article.body.enumerated().map { index, block in
      (index == 0 ? dateline ?? "" : "") + WireTextProbe.ascii(block.plainText)
    }
  }
}

/// The seed's text is ASCII once its typographic quotes are folded, as the wire does.
enum WireTextProbe {
  static func ascii(_ text: String) -> String {
    text.replacing("’", with: "'").replacing("‘", with: "'").replacing("“", with: "\"")
      .replacing("”", with: "\"").replacing("—", with: "-").replacing("–", with: "-")
  }
}
