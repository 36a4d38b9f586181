import CopydeskAST
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskXML
import Foundation
import Testing

/// NewsML-G2 read back as receivers read it (issue: receivers read it right): bodies valid
/// against XHTML 1.0 Strict and NITF 3.6, Superdesk's ingest getting marked-up bodies,
/// pictures, corrections, expiry, rights, names and priorities.
@Suite(.enabled(if: Paths.sharedAvailable, "needs ../shared/standards (the body schemas)"))
struct NewsMLReceiverTests {
  static let front =
    "headline: Harbour reopens\ndate: 2026-03-04T09:15:00+01:00\n"
    + "dateline: {city: Rotterdam, country: Netherlands, agency: Example News}\n"
  static let body =
    "ROTTERDAM — The port *reopened* on **Wednesday**.\n\n- cranes\n- ships\n\n"
    + "Unions called the walkout ~~very~~ \"premature\".\n"

  static func render(
    _ frontMatter: String, body: String = body, options: FormatOptions = FormatOptions(),
    site: SiteSettings = Stories.site
  ) throws -> StoryRendering {
    let folder = try ExternalValidator.temporaryFolder()
    let story = folder.appendingPathComponent("story.md")
    try Data("---\n\(frontMatter)---\n\n\(body)".utf8).write(to: story)
    return try StoryRenderer.render(
      contentsOf: story, as: .newsml, options: Stories.options,
      context: RenderContext(sourceFile: "story.md", site: site, options: options), preview: true)
  }

  static func meta(_ data: Data, _ names: String...) throws -> [XMLElement] {
    let root = try XMLReader.parse(data, fileName: "item.xml")
    return names.reduce([root]) { elements, name in elements.flatMap { $0.elements(named: name) } }
  }

  static func valid(_ data: Data) throws {
    let validator = try NewsMLValidator(schemaFile: Paths.newsMLSchema.path)
    #expect(validator.validate(data, fileName: "item.xml").filter { $0.severity == .error } == [])
    #expect(try NewsMLBodies.problems(data) == [])
  }

  static let withPicture =
    front
    + "image: {url: /media/cranes.jpg, caption: Idle cranes., credit: Lea Brandt, alt: Four cranes.}\n"

  @Test func pictureTravelsAsItsOwnItemLinkedFromTheTextAndInTheBody() throws {
    let rendering = try Self.render(Self.withPicture)
    let data = rendering.output.data
    try Self.valid(data)
    let link = try #require(try Self.meta(data, "itemMeta", "link").first)
    #expect(link.attribute("rel") == "irel:seeAlso")
    #expect(link.attribute("residref") == "urn:newsml:example.com:20260304:harbour-reopens:picture")
    #expect(link.elements(named: "itemClass").first?.attribute("qcode") == "ninat:picture")
    let received = try #require(try NewsMLReceiver.read(data).first)
    let image = received.bodyElements.first?.descendantsAndSelf.first { $0.name == "img" }
    #expect(image?.attribute("src") == "https://news.example.com/media/cranes.jpg")
    #expect(image?.attribute("alt") == "Four cranes.")

    let publication = try NewsMLFormat().publish(
      rendering.article, context: RenderContext(sourceFile: "story.md", site: Stories.site))
    let pictureFile = try #require(publication.files.first { $0.path.hasSuffix(".picture.xml") })
    #expect(pictureFile.path == "newsml/harbour-reopens.picture.xml")
    try Self.valid(pictureFile.data)
    let picture = try #require(try NewsMLReceiver.read(pictureFile.data).first)
    #expect(picture.guid == link.attribute("residref"))
    #expect(picture.itemClass == "ninat:picture")
    #expect(picture.renditions.first?.href == "https://news.example.com/media/cranes.jpg")
    #expect(picture.renditions.first?.type == "image/jpeg")
    let captions = try Self.meta(pictureFile.data, "contentMeta", "description")
    #expect(captions.map(\.text) == ["Idle cranes.", "Four cranes."])
  }

  @Test func nitfBodyCarriesThePictureAsMedia() throws {
    let data = try Self.render(Self.withPicture, options: .newsML(body: .nitf)).output.data
    try Self.valid(data)
    let received = try #require(try NewsMLReceiver.read(data).first)
    #expect(received.bodyElements.first?.name == "media")
    #expect(received.bodyElements.first?.attribute("media-type") == "image")
  }

  @Test func correctionTextsAreEditorialNotesWithACorrectionRole() throws {
    let data = try Self.render(
      Self.front
        + "version: 2\nupdated: 2026-03-04T11:00:00+01:00\n"
        + "corrections: [{date: 2026-03-04T11:00:00+01:00, note: Corrects the day.}]\n"
    ).output.data
    try Self.valid(data)
    let notes = try Self.meta(data, "itemMeta", "edNote")
    #expect(notes.map { $0.attribute("role") } == ["cdrol:correction"])
    #expect(notes.first?.text == "2026-03-04T11:00:00+01:00: Corrects the day.")
  }

  @Test func expiryIsCarried() throws {
    let data = try Self.render(Self.front + "expires: 2026-03-11T00:00:00Z\n").output.data
    try Self.valid(data)
    #expect(try Self.meta(data, "itemMeta", "expires").map(\.text) == ["2026-03-11T00:00:00Z"])
  }

  /// XHTML 1.0 has no `figure`, `figcaption` or `start`: the body must still validate.
  @Test func xhtmlBodyIsXHTML10Strict() throws {
    let data = try Self.render(
      Self.front, body: Self.body + "\n![Cranes](/c.jpg \"Idle cranes\")\n\n3. three\n4. four\n"
    ).output.data
    try Self.valid(data)
  }

  @Test func nitfBodyIsNITF36WithBoldAndItalicEmphasis() throws {
    let data = try Self.render(Self.front, options: .newsML(body: .nitf)).output.data
    try Self.valid(data)
    let received = try #require(try NewsMLReceiver.read(data).first)
    let emphasis = received.bodyElements.flatMap(\.descendantsAndSelf).filter { $0.name == "em" }
    #expect(emphasis.map { $0.attribute("class") } == ["italic", "bold"])
    // Markdown quotes arrive typographic (cmark's smart punctuation).
    #expect(received.bodyText.contains("the walkout “premature”."))
    let text = try Self.meta(data, "contentSet", "inlineData").first?.text
    #expect(text?.contains("the walkout “premature”.") == true)
  }

  @Test func datelineRightsCreditAndSourceRole() throws {
    let unconfigured = SiteSettings(title: "Example News", baseURL: "https://news.example.com/")
    let data = try Self.render(Self.front, site: unconfigured).output.data
    try Self.valid(data)
    #expect(
      try Self.meta(data, "contentMeta", "dateline").map(\.text)
        == ["Rotterdam, Netherlands (Example News)"])
    #expect(
      try Self.meta(data, "contentMeta", "infoSource").first?.attribute("role") == "cdrol:source")
    #expect(
      try Self.meta(data, "rightsInfo", "copyrightHolder", "name").map(\.text) == ["Example News"])
    #expect(try Self.meta(data, "contentMeta", "creditline").map(\.text) == ["Example News"])
    #expect(!String(decoding: data, as: UTF8.self).contains("copydesk<"))
    let noAgency = try Self.render(
      "headline: Harbour reopens\ndate: 2026-03-04T09:15:00+01:00\n", site: unconfigured
    ).output.data
    #expect(try Self.meta(noAgency, "contentMeta", "creditline").isEmpty)
    #expect(try Self.meta(noAgency, "itemMeta", "provider", "name").isEmpty)
    #expect(
      try Self.meta(noAgency, "rightsInfo", "copyrightHolder").first?.attribute("literal")
        == "example.com")
  }

  @Test func superdeskIngestGetsTheMarkedUpBody() throws {
    for body in [NewsMLBody.xhtml, .nitf] {
      let data = try Self.render(Self.front, options: .newsML(body: body)).output.data
      let received = try #require(try NewsMLReceiver.read(data).first)
      #expect(received.bodyIsMarkup, "\(body): the text rendition replaced the body")
      #expect(received.bodyElements.map(\.name) == ["p", "ul", "p"], "\(body)")
    }
  }

  @Test func messageEnvelopeCarriesPriorityAndThePictureItem() throws {
    var options = FormatOptions()
    options[NewsMLSettings.self].envelope = .message
    let data = try Self.render(Self.withPicture + "urgency: 2\n", options: options).output.data
    try Self.valid(data)
    let items = try NewsMLReceiver.read(data)
    #expect(items.map(\.priority) == [2, 2])
    #expect(items.map(\.itemClass) == ["ninat:text", "ninat:picture"])
  }

  @Test func namesCarryLanguageSubjectsTheirSubjectCodesAndCreatorsTheirPage() throws {
    let data = try Self.render(
      Self.front
        + "genre: Analysis\nsubjects: [medtop:20000523, Ports]\n"
        + "byline: [{name: Ana Ruiz, role: reporter, url: \"https://example.com/ana\"}]\n"
    ).output.data
    try Self.valid(data)
    let received = try #require(try NewsMLReceiver.read(data).first)
    #expect(received.genres == ["Analysis"])
    // IPTC maps medtop:20000523 (labour market) exactly to subj:09003001.
    #expect(received.subjects == ["subj:09003001"])
    #expect(received.authors.first?.uri == "https://example.com/ana")
    let names = try Self.meta(data, "contentMeta", "subject", "name")
    #expect(names.allSatisfy { $0.attribute("xml:lang") != nil })
    #expect(names.map(\.text) == ["labour market", "Ports"])
  }
}
