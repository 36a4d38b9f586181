import CopydeskAST
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import Foundation
import Testing

/// External renderers and AST filters: the example plugins end to end, the protocol as a
/// plugin sees it, and plugins that crash, hang, print garbage or break the rules.
@Suite struct PluginTests {
  static let plugins = Paths.repository.appendingPathComponent("Examples/Plugins")
  static let sms = plugins.appendingPathComponent("copydesk-render-sms").path
  static let uppercase = plugins.appendingPathComponent("uppercase-dateline").path

  /// An executable script in a new folder.
  static func script(_ name: String, _ body: String) throws -> String {
    let folder = try ExternalValidator.temporaryFolder()
    let path = folder.appendingPathComponent(name).path
    try writeScript(body, to: path)
    return path
  }

  /// Writes an executable script at `path` through a close-on-exec descriptor: a plugin that
  /// another test starts meanwhile must not inherit it open for writing, or starting the script
  /// fails with "Text file busy" for as long as that plugin runs.
  static func writeScript(_ body: String, to path: String) throws {
    try AtomicFile.write(Data(body.utf8), to: URL(fileURLWithPath: path))
    #expect(chmod(path, 0o755) == 0)
  }

  /// A project holding the example stories and `config` as its copydesk.yml.
  static func project(_ config: String) throws -> BuildTests.Project {
    let project = try BuildTests.Project([:])
    for story in Paths.exampleStories() {
      try FileManager.default.copyItem(
        at: story, to: project.stories.appendingPathComponent(story.lastPathComponent))
    }
    try Data(config.utf8).write(to: project.root.appendingPathComponent("copydesk.yml"))
    return project
  }

  static func settings(_ project: BuildTests.Project, formats: [String]) throws -> BuildSettings {
    let config = try ProjectConfig.load(project.root.appendingPathComponent("copydesk.yml"))
    var settings = BuildSettings(config: config, version: "test", clock: BuildTests.clock)
    settings.formats = try settings.registry.formats(named: formats, file: "--to")
    settings.jobs = 2
    return settings
  }

  @Test func examplePluginAndFilterBuildTheExampleStories() throws {
    let project = try Self.project(
      """
      site: {base_url: "https://news.example.com/"}
      plugins:
        sms: {command: \(Self.sms), output: "sms/{slug}.txt"}
      filters: [\(Self.uppercase)]
      """)
    let report = try ProjectBuilder.build(try Self.settings(project, formats: ["html", "sms"]))
    #expect(!report.hasFailures, "\(report.diagnostics)")
    let tree = try project.tree()
    let alert = String(
      decoding: try #require(tree["sms/harbour-strike-talks-stall.txt"]), as: UTF8.self)
    #expect(
      alert
        == "ROTTERDAM: Dock workers walk out as harbour talks stall "
        + "https://news.example.com/html/harbour-strike-talks-stall.html\n")
    for (path, data) in tree where path.hasPrefix("sms/") { #expect(data.count <= 161) }
    let page = String(
      decoding: try #require(tree["html/harbour-strike-talks-stall.html"]), as: UTF8.self)
    #expect(page.contains("ROTTERDAM"))
  }

  @Test func renderAppliesAFilterFromTheCommandLine() throws {
    let folder = try ExternalValidator.temporaryFolder()
    try Data(
      "---\nheadline: H\ndate: 2026-03-04T09:15:00Z\ndateline: {city: Brussels, country: Belgium}\n---\n\nText.\n"
        .utf8
    ).write(to: folder.appendingPathComponent("story.md"))
    let result = try CommandLineTool.run(
      ["render", "story.md", "--to", "newsml", "--filter", Self.uppercase], in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("<dateline>BRUSSELS, Belgium</dateline>"))
  }

  @Test func pluginOnPathIsAFormatWithItsOrigin() throws {
    let program = try Self.script(
      "copydesk-render-echo", "#!/bin/sh\ncat\n")
    let folder = URL(fileURLWithPath: program).deletingLastPathComponent()
    try Data("---\nheadline: Harbour reopens\ndate: 2026-03-04T09:15:00Z\n---\n\nText.\n".utf8)
      .write(to: folder.appendingPathComponent("story.md"))
    let path = folder.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
    let listed = try CommandLineTool.run(
      ["formats", "--format", "json"], in: folder, environment: ["PATH": path])
    #expect(listed.standardOutput.contains("\"origin\" : \"\(program)\""))
    let rendered = try CommandLineTool.run(
      ["render", "story.md", "--to", "echo"], in: folder, environment: ["PATH": path])
    #expect(rendered.status == 0, "\(rendered.standardError)")
    let request = try #require(
      try JSONSerialization.jsonObject(with: Data(rendered.standardOutput.utf8)) as? [String: Any])
    #expect(request["protocol"] as? String == "copydesk-plugin/1")
    let article = try #require(request["article"] as? [String: Any])
    #expect(article["copydesk-ast"] as? String == "1.0")
    let context = try #require(request["context"] as? [String: Any])
    #expect(context["outputPath"] as? String == "echo/harbour-reopens.txt")
    #expect(context["sourceFile"] as? String == "story.md")
  }

  /// Each misbehaving plugin fails its own format for each story, named in the message; the
  /// stories' other formats publish.
  @Test(arguments: [
    ("crash", "#!/bin/sh\nkill -SEGV $$\n", "it crashed (signal 11)"),
    ("hang", "#!/bin/sh\nsleep 30\n", "it took more than 1 s and was stopped"),
    (
      "fail", "#!/bin/sh\necho '{\"severity\": \"error\", \"message\": \"no city\"}' >&2\nexit 3\n",
      "it exited with status 3; it said: fail: no city"
    ),
    ("garbage", "#!/bin/sh\necho 'Traceback: garbage' >&2\nexit 1\n", "fail"),
  ])
  func misbehavingPluginsFailOnlyTheirFormat(name: String, body: String, reason: String) throws {
    let program = try Self.script(name, body)
    let project = try Self.project(
      "plugins:\n  \(name): {command: \(program), timeout: 1}\n")
    let report = try ProjectBuilder.build(try Self.settings(project, formats: ["html", name]))
    #expect(report.formatFailures.count == 3)
    #expect(report.summary.hasPrefix("3 published (3 with format failures: \(name)),"))
    let message = try #require(report.diagnostics.first { $0.severity == .error }).message
    #expect(
      message.hasPrefix("\(name) output not published: the plugin '\(name)' (\(program)) failed"))
    if reason != "fail" { #expect(message.contains(reason), "\(message)") }
    if name == "garbage" { #expect(message.contains("garbage said: Traceback: garbage")) }
    #expect(try project.tree().keys.filter { $0.hasPrefix("html/") }.count == 4)
  }

  @Test func pluginWarningsAndOversizedOutput() throws {
    let chatty = try Self.script(
      "chatty",
      "#!/bin/sh\necho 'not json' >&2\necho '{\"message\": \"careful\", \"line\": 2}' >&2\necho ok\n"
    )
    let article = try Stories.markdown("---\nheadline: H\ndate: 2026-03-04T09:15:00Z\n---\n\nT.\n")
      .article
    let context = RenderContext(sourceFile: "story.md")
    let output = try ExternalFormat(PluginSpec(name: "chatty", command: [chatty], origin: "test"))
      .render(article, context: context)
    #expect(output.data == Data("ok\n".utf8))
    #expect(
      output.warnings.map(\.description) == [
        "story.md: warning: chatty said: not json", "story.md:2: warning: chatty: careful",
      ])
    let flood = try Self.script("flood", "#!/bin/sh\nhead -c 3000000 /dev/zero\n")
    var spec = PluginSpec(name: "flood", command: [flood], origin: "test")
    spec.outputLimit = 1_000_000
    #expect(throws: Diagnostic.self) { try ExternalFormat(spec).render(article, context: context) }
  }

  @Test func filtersMustReturnTheSameStoryAsAValidDocument() throws {
    let article = try Stories.markdown("---\nheadline: H\ndate: 2026-03-04T09:15:00Z\n---\n\nT.\n")
      .article
    let garbage = try Self.script("garbage-filter", "#!/bin/sh\necho 'not an AST'\n")
    let renamer = try Self.script(
      "renamer",
      "#!/usr/bin/env python3\nimport json, sys\nd = json.load(sys.stdin)\n"
        + "d['metadata']['slug'] = 'other'\njson.dump(d, sys.stdout)\n")
    let future = try Self.script(
      "future",
      "#!/usr/bin/env python3\nimport json, sys\nd = json.load(sys.stdin)\n"
        + "d['copydesk-ast'] = '2.0'\njson.dump(d, sys.stdout)\n")
    let expectations = [
      (garbage, "wrote something that is not an AST document"),
      (renamer, "changed the story's identity"),
      (future, "this copydesk reads version 1.x"),
    ]
    for (program, message) in expectations {
      do {
        _ = try ASTFilters([[program]]).apply(article, sourceFile: "story.md")
        Issue.record("\(program) was accepted")
      } catch {
        #expect(error.message.contains(message), "\(error.message)")
      }
    }
  }

  /// A changed plugin re-renders the stories, but only the files whose bytes change are
  /// written: the plugin's own.
  @Test func changingThePluginRewritesOnlyItsOutputs() throws {
    let program = try Self.script("stamp", "#!/bin/sh\necho one\n")
    let project = try Self.project("plugins:\n  stamp: {command: \(program)}\n")
    let settings = try Self.settings(project, formats: ["html", "stamp"])
    #expect(try !ProjectBuilder.build(settings).hasFailures)
    let page = project.output.appendingPathComponent("html/council-budget-vote.html").path
    let before = try FileManager.default.attributesOfItem(atPath: page)[.systemFileNumber] as? Int
    try Self.writeScript("#!/bin/sh\necho two\n", to: program)
    #expect(try !ProjectBuilder.build(settings).hasFailures)
    let after = try FileManager.default.attributesOfItem(atPath: page)[.systemFileNumber] as? Int
    #expect(before == after, "the page was written again")
    #expect(try project.tree()["stamp/council-budget-vote.txt"] == Data("two\n".utf8))
  }
}
