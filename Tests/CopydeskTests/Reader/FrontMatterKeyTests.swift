import CopydeskAST
import CopydeskReader
import Foundation
import Testing

/// Each front-matter key of story-format.md §1 is read into its typed field.
@Suite struct FrontMatterKeyTests {
  let base = "headline: Harbour reopens\ndate: 2026-03-04T09:15:00+01:00"

  func metadata(_ extra: String = "") throws -> Metadata {
    try Stories.frontMatter(base + (extra.isEmpty ? "" : "\n" + extra)).article.metadata
  }

  @Test func defaultsFillWhatIsMissing() throws {
    let metadata = try metadata()
    #expect(metadata.headline == "Harbour reopens")
    #expect(metadata.slug == "harbour-reopens")
    #expect(metadata.id == "urn:newsml:example.com:20260304:harbour-reopens")
    #expect(metadata.version == 1)
    #expect(metadata.status == .usable)
    #expect(metadata.language == "en")
    #expect(metadata.byline.isEmpty && metadata.subjects.isEmpty && metadata.corrections.isEmpty)
  }

  @Test func dateKeepsItsOffset() throws {
    let date = try metadata().date
    #expect(date.offsetMinutes == 60)
    #expect(date.secondsSinceEpoch == 1_772_612_100)
    #expect(RFC3339.format(date) == "2026-03-04T09:15:00+01:00")
  }

  @Test func idUsesTheDayInTheDatesOwnOffset() throws {
    let metadata = try Stories.frontMatter(
      "headline: Late vote\ndate: 2026-02-18T23:40:00-05:00"
    ).article.metadata
    #expect(metadata.id == "urn:newsml:example.com:20260218:late-vote")
  }

  @Test func providerComesFromOptions() throws {
    let options = ReaderOptions(provider: "news.example.org")
    let metadata = try Stories.frontMatter(base, options: options).article.metadata
    #expect(metadata.id == "urn:newsml:news.example.org:20260304:harbour-reopens")
  }

  @Test func textKeys() throws {
    let metadata = try metadata(
      """
      subhead: Ferries back on schedule
      slug: harbour-reopens-2
      id: urn:newsml:example.com:20260304:custom
      summary: The harbour reopened.
      ednote: Check the figures.
      signoff: iv/ps
      category: pl
      """)
    #expect(metadata.subhead == "Ferries back on schedule")
    #expect(metadata.slug == "harbour-reopens-2")
    #expect(metadata.id == "urn:newsml:example.com:20260304:custom")
    #expect(metadata.summary == "The harbour reopened.")
    #expect(metadata.ednote == "Check the figures.")
    #expect(metadata.signoff == "iv/ps")
    #expect(metadata.category == "pl")
  }

  @Test func timeKeys() throws {
    let metadata = try metadata(
      """
      updated: 2026-03-04T10:00:00+01:00
      embargo: 2026-03-04T12:00:00Z
      expires: 2026-03-10T00:00:00.250+05:30
      """)
    #expect(metadata.updated.map(RFC3339.format) == "2026-03-04T10:00:00+01:00")
    #expect(metadata.embargo.map(RFC3339.format) == "2026-03-04T12:00:00Z")
    #expect(metadata.expires.map(RFC3339.format) == "2026-03-10T00:00:00.25+05:30")
  }

  @Test(arguments: PublicationStatus.allCases)
  func status(_ status: PublicationStatus) throws {
    #expect(try metadata("status: \(status.rawValue)").status == status)
  }

  @Test func numbersAndLanguage() throws {
    let metadata = try metadata("version: 3\nurgency: 2\npriority: 5\nlanguage: de-CH")
    #expect(metadata.version == 3)
    #expect(metadata.urgency == 2)
    #expect(metadata.priority == 5)
    #expect(metadata.language == "de-CH")
  }

  @Test(arguments: [("flash", 1), ("urgent", 2), ("routine", 4), ("Flash", 1)])
  func priorityWords(word: String, value: Int) throws {
    #expect(try metadata("priority: \(word)").priority == value)
  }

  @Test func bylineAsList() throws {
    let byline = try metadata(
      """
      byline:
        - name: Ingrid Vos
          role: reporter
          url: https://news.example.com/staff/ingrid-vos
        - name: Pieter Smit
          role: editor
        - Lea Brandt
      """
    ).byline
    #expect(
      byline == [
        Contributor(
          name: "Ingrid Vos", role: .reporter, url: "https://news.example.com/staff/ingrid-vos"),
        Contributor(name: "Pieter Smit", role: .editor),
        Contributor(name: "Lea Brandt"),
      ])
  }

  @Test func bylineAsText() throws {
    let byline = try metadata("byline: By Marcus Hale, Ana Ruiz and Dana Ortiz").byline
    #expect(byline.map(\.name) == ["Marcus Hale", "Ana Ruiz", "Dana Ortiz"])
    #expect(byline.allSatisfy { $0.role == nil })
  }

  @Test func datelineAsText() throws {
    let dateline = try metadata("dateline: AUSTIN, Texas, United States (Example News)").dateline
    #expect(
      dateline
        == Dateline(
          city: "AUSTIN", region: "Texas", country: "United States", agency: "Example News",
          text: "AUSTIN, Texas, United States"))
  }

  @Test func datelineAsStructureDerivesItsText() throws {
    let dateline = try metadata(
      "dateline: {city: ROTTERDAM, country: Netherlands, agency: Example News}"
    )
    .dateline
    #expect(dateline?.text == "ROTTERDAM, Netherlands")
    #expect(dateline?.textWithAgency == "ROTTERDAM, Netherlands (Example News)")
  }

  @Test func genreAndSubjects() throws {
    let metadata = try metadata(
      "genre: genre:Current\nsubjects: [medtop:20000523, Labour disputes, subj:04000000]")
    #expect(metadata.genre == .qcode(scheme: "genre", code: "Current"))
    #expect(
      metadata.subjects == [
        .qcode(scheme: "medtop", code: "20000523"), .name("Labour disputes"),
        .qcode(scheme: "subj", code: "04000000"),
      ])
  }

  @Test func keywords() throws {
    #expect(try metadata("keywords: [ports, strike]").keywords == ["ports", "strike"])
  }

  @Test func imageAndRights() throws {
    let metadata = try metadata(
      """
      image: {url: https://example.com/a.jpg, caption: Cranes, credit: Jan Vos, alt: Blue cranes}
      rights: {holder: Example News, notice: © 2026 Example News, usage: No resale}
      """)
    #expect(
      metadata.image
        == ImageReference(
          url: "https://example.com/a.jpg", caption: "Cranes", credit: "Jan Vos", alt: "Blue cranes"
        ))
    #expect(
      metadata.rights
        == Rights(holder: "Example News", notice: "© 2026 Example News", usage: "No resale"))
  }

  @Test func corrections() throws {
    let corrections = try metadata(
      """
      corrections:
        - date: 2026-03-05T08:00:00+01:00
          note: Fixes the number of terminals.
      """
    ).corrections
    #expect(corrections.count == 1)
    #expect(corrections.first.map { RFC3339.format($0.date) } == "2026-03-05T08:00:00+01:00")
    #expect(corrections.first?.note == "Fixes the number of terminals.")
  }

  @Test func nullValuesAreAbsent() throws {
    let metadata = try metadata("subhead:\nsummary: ~")
    #expect(metadata.subhead == nil && metadata.summary == nil)
  }

  @Test func naiveDateTakesTheConfiguredZone() throws {
    let options = ReaderOptions(defaultTimeZone: TimeZone(identifier: "Europe/Berlin"))
    let summer = try Stories.frontMatter("headline: A\ndate: 2026-07-01T12:00:00", options: options)
    let winter = try Stories.frontMatter("headline: A\ndate: 2026-01-01 12:00", options: options)
    #expect(RFC3339.format(summer.article.metadata.date) == "2026-07-01T12:00:00+02:00")
    #expect(RFC3339.format(winter.article.metadata.date) == "2026-01-01T12:00:00+01:00")
  }

  @Test func crlfAndByteOrderMarkAreAccepted() throws {
    let text =
      "\u{FEFF}---\r\nheadline: Windows story\r\ndate: 2026-03-04T09:15:00Z\r\n---\r\n\r\nBody.\r\n"
    let article = try Stories.markdown(text).article
    #expect(article.metadata.headline == "Windows story")
    #expect(article.body == [.paragraph([.text("Body.")])])
  }

  @Test func unknownKeyWarnsWithASuggestion() throws {
    let result = try Stories.frontMatter(base + "\nheadlin: Typo")
    #expect(
      result.warnings.map(\.description) == [
        "story.md:4:1: warning: unknown key 'headlin' (did you mean 'headline'?); it is ignored"
      ])
  }
}
