import CopydeskCore
import Foundation
import Testing

@testable import CopydeskFormats

/// Templates are checked when they load: names no view model has warn (they would render
/// empty), and a section left open is reported where it opens, in our words.
@Suite struct TemplateCheckTests {
  @Test func theBuiltInTemplatesUseOnlyNamesTheViewModelsHave() {
    #expect(TemplateSet.defaults.warnings.isEmpty)
  }

  @Test func aMisspeltValueWarnsAtItsTagWithTheNameItMeant() throws {
    let templates = try TemplateSet(overriding: [
      "article": "<main>\n  <h1>{{headlne}}</h1>\n</main>\n"
    ])
    let warning = try #require(templates.warnings.first)
    #expect(templates.warnings.count == 1)
    #expect(warning.severity == .warning)
    #expect(warning.file == "Templates/article.mustache")
    #expect(warning.line == 2)
    #expect(warning.column == 7)
    #expect(
      warning.message.hasPrefix(
        "'headlne' is not a value templates have (did you mean 'headline'?)"))
    #expect(warning.sourceLine == "  <h1>{{headlne}}</h1>")
  }

  @Test func sectionsTransformsAndSequenceNamesAreKnown() throws {
    let text = """
      {{#stories}}{{#first}}<ol>{{/first}}<li>{{uppercased(headline)}} {{published.display}}\
      {{^summary}}-{{/summary}}{{.}}</li>{{#last}}</ol>{{/last}}{{/stories}}{{! a note }}
      {{> head}}{{{body}}}{{&jsonLD}}
      """
    #expect(try TemplateSet(overriding: ["index": text]).warnings.isEmpty)
  }

  @Test func everyUnknownPartOfADottedNameWarns() throws {
    let templates = try TemplateSet(overriding: [
      "article": "{{picture.scr}} {{#pictur}}{{/pictur}}"
    ])
    #expect(templates.warnings.map(\.message).map { $0.prefix(9) } == ["'scr' is ", "'pictur' "])
  }

  @Test func anUnclosedSectionIsReportedWhereItOpens() {
    #expect {
      try TemplateSet(overriding: [
        "article": "<h1>{{headline}}</h1>\n{{#picture}}\n<img src=\"{{src}}\">\n"
      ])
    } throws: { error in
      guard let error = error as? Diagnostic else { return false }
      return error.line == 2 && error.column == 1
        && error.message
          == "the section {{#picture}} opened here is never closed; add {{/picture}} where it "
          + "should end"
    }
  }

  @Test(arguments: [1, 3])
  func aParseErrorOfTheLibraryNamesTheTemplatesOwnLine(_ line: Int) {
    let text = String(repeating: "<p>{{headline}}</p>\n", count: line - 1) + "<p>{{=<%%>=}}</p>"
    #expect {
      try TemplateSet(overriding: ["article": text])
    } throws: { error in
      (error as? Diagnostic)?.line == line
        && (error as? Diagnostic)?.message.hasPrefix("a delimiter change is written") == true
    }
  }

  /// A view model with one value.
  struct Headline: TemplateViewModel {
    let headline: String
    static let templateFields: [String: @Sendable (Self) -> Any?] = ["headline": { $0.headline }]
  }

  @Test func valuesAreEscapedAsTheMustacheLibraryEscapesThem() throws {
    let templates = try TemplateSet(overriding: ["article": "{{headline}}|{{{headline}}}\n"])
    let rendered = templates.render(
      Headline(headline: "<a href=\"x\">Tom & Jerry's</a> é"), template: "article")
    #expect(
      rendered
        == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; é|<a href=\"x\">Tom & Jerry's</a> é\n"
    )
  }

  @Test func aClosingTagWithNothingOpenIsReported() {
    #expect {
      try TemplateSet(overriding: ["article": "{{headline}}\n{{/picture}}\n"])
    } throws: { error in
      (error as? Diagnostic)?.line == 2
        && (error as? Diagnostic)?.message.hasPrefix(
          "{{/picture}} closes a section that was never opened") == true
    }
  }

  @Test func renderStrictFailsOnATemplateWarning() throws {
    let folder = try ExternalValidator.temporaryFolder()
    let templates = folder.appendingPathComponent("Templates")
    try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
    try Data("<h1>{{headlne}}</h1>{{{body}}}\n".utf8).write(
      to: templates.appendingPathComponent("article.mustache"))
    try Data("site: {title: Desk}\n".utf8).write(to: folder.appendingPathComponent("copydesk.yml"))
    try Data(BuildTests.story("Harbour open").utf8).write(
      to: folder.appendingPathComponent("story.md"))
    let lenient = try CommandLineTool.run(["render", "story.md", "--to", "html"], in: folder)
    #expect(lenient.status == 0)
    #expect(lenient.standardError.contains("article.mustache:1:5: warning: 'headlne'"))
    let strict = try CommandLineTool.run(
      ["render", "story.md", "--to", "html", "--strict"], in: folder)
    #expect(strict.status == 65)
    let newsml = try CommandLineTool.run(
      ["render", "story.md", "--to", "newsml", "--strict"], in: folder)
    #expect(newsml.status == 0)
    let build = try CommandLineTool.run(["build", "--strict"], in: folder)
    #expect(build.status == 2)
    #expect(build.standardError.contains("template warning(s) with --strict; nothing was built"))
  }
}
