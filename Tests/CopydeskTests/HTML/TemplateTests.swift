import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// Templates: the embedded defaults match `Templates/`, a project can override them, and a
/// broken template is reported with its file, line and column.
@Suite struct TemplateTests {
  @Test func embeddedDefaultsMatchTheTemplatesFolder() throws {
    let folder = Paths.repository.appendingPathComponent("Templates")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".mustache") }.sorted()
    #expect(files.map { String($0.dropLast(".mustache".count)) } == TemplateSet.names)
    let embedded = try TemplateSet(overridesIn: folder)
    for name in TemplateSet.names {
      let text = try String(
        contentsOf: folder.appendingPathComponent("\(name).mustache"), encoding: .utf8)
      #expect(
        TemplateSet.defaults.source(named: name) == text,
        "run scripts/embed-templates after editing \(name).mustache")
      #expect(embedded.source(named: name) == text)
    }
  }

  /// The example story `harbour-strike.md` as HTML, through the templates in `folder`.
  static func harbourStrike(templates folder: URL, site: SiteSettings = SiteSettings()) throws
    -> String
  {
    let rendering = try StoryRenderer.render(
      contentsOf: Paths.examples.appendingPathComponent("harbour-strike.md"), as: .html,
      options: Stories.options,
      context: RenderContext(
        sourceFile: "harbour-strike.md", site: site,
        templates: try TemplateSet(overridesIn: folder)))
    return String(decoding: rendering.output.data, as: UTF8.self)
  }

  @Test func projectTemplateOverridesTheDefault() throws {
    let folder = try ExternalValidator.temporaryFolder()
    try Data("<p class=\"custom-byline\">{{#credits}}{{label}}{{/credits}}</p>\n".utf8)
      .write(to: folder.appendingPathComponent("byline.mustache"))
    let html = try Self.harbourStrike(templates: folder)
    #expect(html.contains("<p class=\"custom-byline\">Reporting byEditing by</p>"))
    #expect(html.contains("<h1>Dock workers walk out as harbour talks stall</h1>"))
  }

  /// Text values take the Mustache library's transforms, open sections and are escaped.
  @Test func textValuesTransformAndOpenSections() throws {
    let folder = try ExternalValidator.temporaryFolder()
    try Data(
      ("<p>{{uppercased(headline)}}|{{#subhead}}{{lowercased(.)}}{{/subhead}}|"
        + "{{^summary}}none{{/summary}}{{#summary}}{{.}}{{/summary}}|{{^preview}}final{{/preview}}|"
        + "{{reversed(siteTitle)}}|{{#headline}}[{{.}}]{{/headline}}</p>\n").utf8
    ).write(to: folder.appendingPathComponent("article.mustache"))
    let html = try Self.harbourStrike(templates: folder)
    #expect(
      html == "<p>DOCK WORKERS WALK OUT AS HARBOUR TALKS STALL|"
        + "container traffic halted at three terminals; ferries still running|"
        + "Dock workers at Rotterdam&#39;s container terminals stopped work at dawn after "
        + "overnight pay talks broke up without a deal.|final|"
        + "\(String(RenderContext(sourceFile: "x").site.title.reversed()))|"
        + "[Dock workers walk out as harbour talks stall]</p>\n")
  }

  /// A template the project adds beside the built-in ones is a partial the others include by
  /// name; a name taken from a value (`{{>*siteTitle}}`) is refused (`NoCrashTests`).
  @Test func aTemplateTheProjectAddsIsIncludedByName() throws {
    let folder = try ExternalValidator.temporaryFolder()
    try Data("<p>{{> signature}}</p>\n".utf8).write(
      to: folder.appendingPathComponent("article.mustache"))
    try Data("<b>{{headline}}</b>".utf8).write(
      to: folder.appendingPathComponent("signature.mustache"))
    #expect(
      try Self.harbourStrike(templates: folder)
        == "<p><b>Dock workers walk out as harbour talks stall</b></p>\n")
    try Data("<p>{{>*siteTitle}}</p>\n".utf8).write(
      to: folder.appendingPathComponent("article.mustache"))
    #expect(throws: Diagnostic.self) { try TemplateSet(overridesIn: folder) }
  }

  @Test func brokenTemplateNamesFileLineAndColumn() throws {
    let folder = try ExternalValidator.temporaryFolder()
    try Data("<h1>{{headline}}</h1>\n{{#credits}}\n<p>{{label}}</p>\n{{/people}}\n".utf8)
      .write(to: folder.appendingPathComponent("article.mustache"))
    #expect(throws: Diagnostic.self) { try TemplateSet(overridesIn: folder) }
    do {
      _ = try TemplateSet(overridesIn: folder)
    } catch {
      #expect(error.file == folder.appendingPathComponent("article.mustache").path)
      #expect(error.line == 2)
      #expect(error.description.hasPrefix("\(folder.path)/article.mustache:2:1: error: "))
      #expect(
        error.message
          == "the section {{#credits}} opened here is closed by {{/people}} on line 4; close it "
          + "with {{/credits}} first")
      #expect(error.sourceLine == "{{#credits}}")
    }
  }
}
