import CopydeskBuild
import CopydeskFormats
import CopydeskXML
import Foundation
import Testing

/// Each story field lands in its NewsML-G2 element (peers.md §2 field mapping).
@Suite struct NewsMLMappingTests {
  func item(_ frontMatter: String, body: String = "Body text here.") throws -> XMLElement {
    let folder = try ExternalValidator.temporaryFolder()
    let story = folder.appendingPathComponent("story.md")
    try Data("---\n\(frontMatter)\n---\n\n\(body)\n".utf8).write(to: story)
    let data = try Stories.render(story, as: .newsml).output.data
    return try XMLReader.parse(data, fileName: "story.xml")
  }

  func path(_ root: XMLElement, _ names: String...) -> [XMLElement] {
    names.reduce([root]) { elements, name in elements.flatMap { $0.elements(named: name) } }
  }

  let base = "headline: Harbour reopens\ndate: 2026-03-04T09:15:00+01:00"

  @Test func identityAndRootAttributes() throws {
    let root = try item(base + "\nversion: 2\nlanguage: de-CH")
    #expect(root.name == "newsItem")
    #expect(root.namespace == "http://iptc.org/std/nar/2006-10-01/")
    #expect(root.attribute("guid") == "urn:newsml:example.com:20260304:harbour-reopens")
    #expect(root.attribute("version") == "2")
    #expect(root.attribute("standard") == "NewsML-G2")
    #expect(root.attribute("standardversion") == "2.35")
    #expect(root.attribute("conformance") == "power")
    #expect(root.attribute("xml:lang") == "de-CH")
    #expect(root.attribute("xsi:schemaLocation") == nil)
  }

  @Test func itemMetaTimesStatusAndSignals() throws {
    let root = try item(
      base + "\nversion: 2\nupdated: 2026-03-04T10:00:00+01:00\nembargo: 2026-03-04T12:00:00Z\n"
        + "status: withheld\nednote: Check figures\ncorrections: [{date: 2026-03-04T10:00:00+01:00, note: Fixed}]"
    )
    let meta = try #require(root.elements(named: "itemMeta").first)
    #expect(
      meta.elements.map(\.name) == [
        "itemClass", "provider", "versionCreated", "firstCreated", "embargoed", "pubStatus",
        "edNote", "edNote", "signal", "signal", "link",
      ])
    // Version 2 names the version it replaces (peers.md: irel:previousVersion).
    let previous = try #require(path(meta, "link").first)
    #expect(previous.attribute("rel") == "irel:previousVersion")
    #expect(previous.attribute("residref") == root.attribute("guid"))
    #expect(previous.attribute("version") == "1")
    #expect(path(meta, "versionCreated").first?.text == "2026-03-04T10:00:00+01:00")
    #expect(path(meta, "firstCreated").first?.text == "2026-03-04T09:15:00+01:00")
    #expect(path(meta, "embargoed").first?.text == "2026-03-04T12:00:00Z")
    #expect(path(meta, "pubStatus").first?.attribute("qcode") == "stat:withheld")
    #expect(path(meta, "signal").map { $0.attribute("qcode") } == ["sig:correction", "sig:update"])
  }

  @Test func firstVersionNeverSignalsUpdate() throws {
    let meta = try #require(try item(base).elements(named: "itemMeta").first)
    #expect(meta.elements(named: "signal").isEmpty)
    #expect(path(meta, "pubStatus").first?.attribute("qcode") == "stat:usable")
  }

  @Test func canceledStoryIsCanceled() throws {
    let meta = try #require(try item(base + "\nstatus: canceled").elements(named: "itemMeta").first)
    #expect(path(meta, "pubStatus").first?.attribute("qcode") == "stat:canceled")
  }

  @Test func contentMetaInSchemaOrder() throws {
    let root = try item(
      base + """

        urgency: 3
        subhead: Ferries back
        dateline: {city: ROTTERDAM, country: Netherlands, agency: Example News}
        byline: [{name: Ana Ruiz, role: reporter}, {name: Tom Berg, role: editor}]
        genre: genre:Current
        subjects: [medtop:20000523, Ports]
        keywords: [ports]
        summary: The harbour reopened.
        """)
    let meta = try #require(root.elements(named: "contentMeta").first)
    #expect(
      meta.elements.map(\.name) == [
        "urgency", "contentCreated", "located", "infoSource", "creator", "contributor", "language",
        "genre",
        "keyword", "subject", "subject", "subject", "slugline", "headline", "headline", "dateline",
        "by",
        "creditline",
        "description",
      ])
    #expect(path(meta, "urgency").first?.text == "3")
    #expect(path(meta, "located", "name").first?.text == "ROTTERDAM")
    #expect(path(meta, "located", "broader", "name").first?.text == "Netherlands")
    #expect(path(meta, "infoSource", "name").first?.text == "Example News")
    #expect(path(meta, "creator").first?.attribute("role") == "cdrol:reporter")
    #expect(path(meta, "contributor", "name").first?.text == "Tom Berg")
    #expect(path(meta, "genre").first?.attribute("qcode") == "genre:Current")
    #expect(path(meta, "subject").first?.attribute("qcode") == "medtop:20000523")
    // The Media Topic is named (IPTC's English name) and its Subject Code follows it.
    #expect(
      path(meta, "subject").map { $0.attribute("qcode") } == [
        "medtop:20000523", "subj:09003001", nil,
      ])
    #expect(path(meta, "subject", "name").map(\.text) == ["labour market", "Ports"])
    #expect(path(meta, "headline").map(\.text) == ["Harbour reopens", "Ferries back"])
    #expect(path(meta, "dateline").first?.text == "ROTTERDAM, Netherlands (Example News)")
    #expect(path(meta, "by").first?.text == "Reporting by Ana Ruiz; Editing by Tom Berg")
    #expect(path(meta, "description").first?.attribute("role") == "drol:summary")
  }

  @Test func contentSetHasOneXHTMLRootAndPlainText() throws {
    let root = try item(base, body: "First *para*.\n\nSecond para.")
    let inlineXML = try #require(path(root, "contentSet", "inlineXML").first)
    #expect(inlineXML.attribute("contenttype") == "application/xhtml+xml")
    #expect(inlineXML.attribute("wordcount") == "4")
    #expect(inlineXML.elements.count == 1)
    #expect(inlineXML.elements.first?.namespace == "http://www.w3.org/1999/xhtml")
    #expect(path(inlineXML, "html", "body", "p").count == 2)
    let inlineData = try #require(path(root, "contentSet", "inlineData").first)
    #expect(inlineData.attribute("contenttype") == "text/plain")
    #expect(inlineData.text == "First para.\n\nSecond para.")
  }

  @Test func xmlIllegalCharactersNeverReachTheItem() throws {
    let root = try item("headline: \"Bell\\x07 and\\x01 null\"\ndate: 2026-03-04T09:15:00Z")
    #expect(path(root, "contentMeta", "headline").first?.text == "Bell and null")
  }
}
