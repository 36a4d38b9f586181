import ArgumentParser
import Copydesk
import CopydeskAST
import CopydeskReader
import Foundation

/// `copydesk render`: one story to one format.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render one story to one format.",
    discussion: """
      Reads STORY (.md with front matter, or .txt raw wire copy), prints the rendered
      format to standard output or writes it to --output, and reports problems on
      standard error as file:line:col: severity: message.

      Formats:
      \(Format.allCases.map { "  \($0.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))\($0.summary)" }.joined(separator: "\n"))

      Examples:
        copydesk render Examples/Stories/harbour-strike.md --to ast
        copydesk render story.md --to html --base-url https://news.example.com/ -o story.html
        copydesk render story.md --to html --templates Templates/   # your own templates
        copydesk render story.md --to newsml --validate --schema NewsML-G2_2.35-spec-All-Power.xsd
        copydesk render story.md --to newsml --newsml-body nitf
        copydesk render story.md --to jsonfeed --clock 2026-03-04T12:00:00Z
        copydesk render story.md --to wire --sequence 42 -o story.7901
        copydesk render story.md --to wire --wire-profile anpa1312 --show-controls
        copydesk render wire.txt --to ast --date 2026-03-04T09:15:00+01:00
        copydesk render story.md --to ast --strict      # warnings fail the run
      """
  )

  @Argument(help: "The story file (.md, .markdown or .txt).")
  var story: String

  @Option(name: .customLong("to"), help: ArgumentHelp("The output format.", valueName: "format"))
  var format: Format

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  @OptionGroup var reading: ReadingOptions

  @OptionGroup var site: SiteOptions

  @OptionGroup(title: "Wire options") var wire: WireOptions

  @Flag(help: "Treat warnings as errors: nothing is written when there are any.")
  var strict = false

  @Option(help: "Body of NewsML-G2 items: xhtml or nitf.")
  var newsmlBody: NewsMLBody = .xhtml

  @Flag(
    name: .customLong("validate"),
    help: "Validate NewsML-G2 output against the schema (--schema or $COPYDESK_NEWSML_SCHEMA).")
  var validateOutput = false

  @Option(help: ArgumentHelp("The NewsML-G2 XSD for --validate.", valueName: "xsd"))
  var schema: String?

  func validate() throws {
    if validateOutput && format != .newsml {
      throw ValidationError("--validate checks NewsML-G2 output; use it with --to newsml.")
    }
  }

  func run() throws {
    let rendering: StoryRendering
    do {
      var settings = site.site
      settings.providerID = reading.provider
      let context = RenderContext(
        sourceFile: story, site: settings, templates: try site.templateSet(),
        options: RenderOptions(
          newsMLBody: newsmlBody, clock: reading.clock, wireProfile: wire.wireProfile,
          wireCharset: wire.wireCharset, wireService: wire.wireService,
          wireCategory: wire.wireCategory,
          wireSequence: wire.sequence, wireLinkURLs: wire.wireLinkURLs))
      rendering = try StoryRenderer.render(
        contentsOf: URL(fileURLWithPath: story), as: format, options: reading.readerOptions(),
        context: context)
    } catch {
      StandardError.print(error.description)
      throw ExitCode(65)
    }
    for warning in rendering.warnings { StandardError.print(warning.description) }
    if strict && !rendering.warnings.isEmpty {
      StandardError.print("\(story): error: \(rendering.warnings.count) warning(s) with --strict")
      throw ExitCode(65)
    }
    if validateOutput {
      let problems: [Diagnostic]
      do {
        let path = try NewsMLValidator.schemaPath(
          option: schema, environment: ProcessInfo.processInfo.environment)
        problems = try NewsMLValidator(schemaFile: path).validate(
          rendering.output.data, fileName: "\(story) (newsml)")
      } catch {
        StandardError.print(error.description)
        throw ExitCode(2)
      }
      for problem in problems { StandardError.print(problem.description) }
      if !problems.isEmpty { throw ExitCode(65) }
    }
    if wire.showControls && format == .wire {
      FileHandle.standardOutput.write(Data(WireInspector.showControls(rendering.output.data).utf8))
      return
    }
    guard let output else {
      FileHandle.standardOutput.write(rendering.output.data)
      return
    }
    do {
      try AtomicFile.write(rendering.output.data, to: URL(fileURLWithPath: output))
    } catch {
      StandardError.print(
        "\(output): error: cannot write the output: \(error.localizedDescription)")
      throw ExitCode(73)
    }
  }
}
