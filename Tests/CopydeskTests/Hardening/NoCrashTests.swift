import CopydeskAST
import CopydeskBuild
import CopydeskCore
import CopydeskReader
import Foundation
import Testing

@testable import CopydeskFormats

/// Hostile and unlucky inputs beyond story content.
///
/// Templates, standard output, state, huge and special files, odd values: each must end in a clear message and the right exit status,
/// never a crash, a stall or invalid output.
@Suite struct NoCrashTests {
  static let story =
    "---\nheadline: Harbour reopens\ndate: 2026-03-04T09:15:00Z\n---\n\nThe port reopened.\n"

  /// A temporary folder holding `story.md`.
  static func folder() throws -> URL {
    let folder = try ExternalValidator.temporaryFolder()
    try Data(story.utf8).write(to: folder.appendingPathComponent("story.md"))
    return folder
  }

  /// `copydesk render story.md --to html --templates T` with `templates` (text by file name)
  /// in `T`; the result and the templates folder.
  static func render(templates: [String: String]) throws -> (CommandLineTool.Result, URL) {
    let folder = try Self.folder()
    let templatesFolder = folder.appendingPathComponent("T")
    try FileManager.default.createDirectory(at: templatesFolder, withIntermediateDirectories: true)
    for (name, text) in templates {
      try Data(text.utf8).write(to: templatesFolder.appendingPathComponent(name))
    }
    let result = try CommandLineTool.run(
      ["render", "story.md", "--to", "html", "--templates", "T"], in: folder)
    return (result, templatesFolder)
  }

  // MARK: Crashes

  @Test func templatesThatIncludeEachOtherAreRefusedNamingTheFiles() throws {
    let (result, templates) = try Self.render(templates: [
      "head.mustache": "{{> byline}}", "byline.mustache": "<p>{{> head}}</p>",
    ])
    #expect(result.status == 2)
    #expect(
      result.standardError.contains(
        "error: the templates include each other without end: "
          + "\(templates.path)/head.mustache → \(templates.path)/byline.mustache → "
          + "\(templates.path)/head.mustache"))
    #expect(throws: Diagnostic.self) { try TemplateSet(overriding: ["head": "{{> head}}"]) }
    #expect(throws: Never.self) { try TemplateSet(overriding: ["head": "{{> byline}}"]) }
  }

  /// A template named by a value (`{{>*genre}}`) could be one that includes itself, chosen by a
  /// story: rendering would recurse until the stack overflows, so such inclusions are refused
  /// when the templates load.
  @Test func templatesNamedByAValueAreRefusedWhereTheyAreIncluded() throws {
    let (result, templates) = try Self.render(templates: [
      "article.mustache": "<p>\n{{>*direction}}</p>", "ltr.mustache": "{{>*direction}}",
    ])
    #expect(result.status == 2)
    #expect(
      result.standardError.contains(
        "\(templates.path)/article.mustache:2:1: error: {{>*direction}} includes the template a "
          + "value names"))
    #expect(throws: Diagnostic.self) {
      try TemplateSet(overriding: ["head": "{{< *name}}{{/ *name}}"])
    }
  }

  /// Changed delimiters hide no inclusion from the cycle check; a change lasts to the end of
  /// the section it is made in, as the Mustache library reads it.
  @Test func aCycleBehindChangedDelimitersIsRefused() throws {
    let hidden = "{{=<% %>=}}x<%> head%>"
    #expect(throws: Diagnostic.self) { try TemplateSet(overriding: ["head": hidden]) }
    let afterTheSection = "{{#feeds}}{{=<% %>=}}<%/feeds%>{{> head}}"
    #expect(throws: Diagnostic.self) { try TemplateSet(overriding: ["head": afterTheSection]) }
    let insideTheSection = "{{#feeds}}{{=<% %>=}}{{> head}}<%/feeds%>"
    let set = try TemplateSet(overriding: ["head": insideTheSection])
    #expect(set.source(named: "head") == insideTheSection)
    let (result, _) = try Self.render(templates: ["head.mustache": hidden])
    #expect(result.status == 2)
    #expect(result.standardError.contains("error: the templates include each other without end"))
  }

  /// The library parses and renders nested sections by recursion: fifty thousand levels
  /// stalled a render for over a minute; more than `TemplateTags.maximumDepth` are refused at
  /// once.
  @Test func sectionsNestedBeyondTheLimitAreRefused() throws {
    func nested(_ depth: Int) -> String {
      String(repeating: "{{#headline}}", count: depth) + "x"
        + String(repeating: "{{/headline}}", count: depth)
    }
    let deepest = TemplateTags.maximumDepth
    #expect(throws: Never.self) { try TemplateSet(overriding: ["article": nested(deepest)]) }
    for depth in [deepest + 1, 50_000] {
      #expect {
        try TemplateSet(overriding: ["article": nested(depth)])
      } throws: { error in
        (error as? Diagnostic)?.message.hasPrefix("this section is nested \(deepest + 1) deep")
          == true
      }
    }
  }

  @Test func templateCycleStopsTheBuildBeforeItStartsAndLeavesNoLock() throws {
    let project = try BuildTests.Project(["a.md": Self.story])
    let templates = project.root.appendingPathComponent("Templates")
    try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
    try Data("{{> head}}".utf8).write(to: templates.appendingPathComponent("head.mustache"))
    let config = "paths: {stories: Stories, templates: Templates, output: Output}\n"
    try Data(config.utf8).write(to: project.root.appendingPathComponent("copydesk.yml"))
    let failed = try CommandLineTool.run(["build"], in: project.root)
    #expect(failed.status == 2)
    #expect(failed.standardError.contains("head.mustache → "))
    try FileManager.default.removeItem(at: templates.appendingPathComponent("head.mustache"))
    let fixed = try CommandLineTool.run(["build"], in: project.root)
    #expect(fixed.status == 0, "\(fixed.standardError)")
  }

  @Test(arguments: [
    "\"$COPYDESK\" render story.md --to html > /dev/full",
    "\"$COPYDESK\" render story.md --to html >&-",
    "\"$COPYDESK\" render story.md --to wire --show-controls > /dev/full",
    "\"$COPYDESK\" formats > /dev/full",
  ])
  func fullOrClosedStandardOutputExits73(command: String) throws {
    let result = try CommandLineTool.shell(command, in: try Self.folder())
    #expect(result.status == 73, "\(result.standardError)")
    #expect(result.standardError.hasPrefix("standard output: error: cannot write the output: "))
    #expect(!result.standardError.contains("Fatal error"))
  }

  @Test func buildSummaryLostToAFullDiskIsNotSuccess() throws {
    let project = try BuildTests.Project(["a.md": Self.story])
    let result = try CommandLineTool.shell("\"$COPYDESK\" build > /dev/full", in: project.root)
    #expect(result.status == 73)
    #expect(result.standardError.contains("No space left on device"))
  }

  @Test func exhaustedSequenceCounterFailsOnlyTheWire() throws {
    let project = try BuildTests.Project(["a.md": Self.story])
    #expect(try !project.build().hasFailures)
    let database = project.output.appendingPathComponent(".copydesk/state.sqlite")
    let update = Process()
    update.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    update.arguments = [
      "sqlite3", database.path, "UPDATE counter SET next = 9223372036854775807",
    ]
    try update.run()
    update.waitUntilExit()
    #expect(update.terminationStatus == 0)
    try project.write("b.md", Self.story.replacing("Harbour reopens", with: "Second story"))
    let report = try project.build()
    #expect(report.formatFailures.count == 1)
    #expect(
      report.diagnostics.contains {
        $0.message.contains("the sequence counter of service 'cdk' is exhausted")
      })
    #expect(try project.tree()["html/second-story.html"] != nil)
  }

  @Test(.enabled(if: Paths.sharedAvailable, "needs ../shared/standards (the NewsML-G2 schema)"))
  func validateRefusesAHugeFileBeforeReadingIt() throws {
    let folder = try Self.folder()
    let huge = folder.appendingPathComponent("huge.xml")
    #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
    let handle = try FileHandle(forWritingTo: huge)
    try handle.truncate(atOffset: 3 << 30)
    try handle.close()
    let result = try CommandLineTool.run(
      ["validate", "--schema", Paths.newsMLSchema.path, "huge.xml"], in: folder)
    #expect(result.status == 1)
    #expect(
      result.standardError.hasPrefix(
        "huge.xml: error: the file is 3221225472 bytes, over the limit of 268435456"))
  }

  // MARK: Stalls

  @Test func storySizeIsCheckedBeforeReading() throws {
    let folder = try Self.folder()
    let huge = folder.appendingPathComponent("huge.md")
    #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
    let handle = try FileHandle(forWritingTo: huge)
    try handle.truncate(atOffset: 2 << 30)
    try handle.close()
    #expect(ReaderOptions().maximumFileSize == 256 * 1024)
    do {
      _ = try StoryReader.read(contentsOf: huge, displayPath: "huge.md")
      Issue.record("a 2 GiB story was read")
    } catch {
      #expect(
        error.description
          == "huge.md: error: the file is 2147483648 bytes, over the limit of 262144; split it "
          + "or raise limits.story_bytes in copydesk.yml")
    }
  }

  @Test func onlyRegularFilesAreRead() throws {
    let folder = try Self.folder()
    let fifo = folder.appendingPathComponent("pipe.md")
    #expect(mkfifo(fifo.path, 0o644) == 0)
    for (path, kind) in [
      (fifo.path, "a named pipe"), ("/dev/zero", "a device"), (folder.path, "a folder"),
    ] {
      do {
        _ = try StoryReader.read(contentsOf: URL(fileURLWithPath: path), displayPath: "x.md")
        Issue.record("\(path) was read")
      } catch {
        #expect(
          error.description
            == "x.md: error: not a regular file (\(kind)); only ordinary files are read")
      }
    }
  }

  /// The shapes cmark-gfm parses in quadratic time are refused at their line
  /// (`scripts/benchmark --slow-inputs` times the largest accepted ones).
  @Test(arguments: [
    (String(repeating: "www.a_", count: 700), "a run of more than 4096 characters without a space"),
    (String(repeating: "| a ", count: 300) + "|", "a table row with more than 256 columns"),
    (String(repeating: "![[]() ", count: 600), "a paragraph with more than 1000 '[' characters"),
  ])
  func pathologicalMarkdownShapesAreRefused(body: String, message: String) throws {
    do {
      _ = try Stories.markdown(
        "---\nheadline: H\ndate: 2026-03-04T09:15:00Z\n---\n\nFirst paragraph.\n\n" + body + "\n")
      Issue.record("the shape was read")
    } catch {
      #expect(error.description.hasPrefix("story.md:8: error: \(message)"))
    }
  }

  @Test func shapesUnderTheLimitsAndInsideCodeAreRead() throws {
    let fence = "```\n" + String(repeating: "[", count: 5000) + "\n```\n"
    let text =
      "---\nheadline: H\ndate: 2026-03-04T09:15:00Z\n---\n\n"
      + String(repeating: "www.a_", count: 680) + "\n\n"
      + String(repeating: "| a ", count: 250) + "|\n\n" + String(repeating: "[a] ", count: 999)
      + "\n\n" + fence + "\n" + String(repeating: "日本語", count: 1300) + "\n"
    #expect(throws: Never.self) { try Stories.markdown(text) }
  }

  @Test(.enabled(if: Paths.sharedAvailable, "needs ../shared/standards (the NewsML-G2 schema)"))
  func validateCapsRepeatedMessagesAndRefusesAttributeFloods() throws {
    let validator = try NewsMLValidator(schemaFile: Paths.newsMLSchema.path)
    func item(attributes: Int) -> Data {
      let list = (0..<attributes).map { "a\($0)=\"x\"" }.joined(separator: " ")
      return Data(
        ("<?xml version=\"1.0\"?>\n<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" "
          + list + " guid=\"a\" version=\"1\"><itemMeta/></newsItem>\n").utf8)
    }
    #expect(
      validator.validate(item(attributes: 50_000), fileName: "flood.xml").map(\.description) == [
        "flood.xml:2: error: an element with more than 1000 attributes; the document was not parsed"
      ])
    let capped = validator.validate(item(attributes: 900), fileName: "many.xml")
    #expect(capped.count == 101)
    #expect(capped.last?.message.hasSuffix("more problems like these were not listed") == true)
  }
}
