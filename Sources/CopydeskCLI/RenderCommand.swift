import ArgumentParser
import CopydeskAST
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// `copydesk render`: one story to one format.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render one story to one format.",
    discussion: """
      Reads STORY (.md with front matter, or .txt raw wire copy), prints the rendered \
      format to standard output or writes it to --output, and reports problems on \
      standard error as file:line:col: severity: message.

      Settings come from the defaults, then copydesk.yml (this folder or above, or \
      --config), then the flags given, as in `copydesk build`. The build's publication \
      rules apply: a story the format's audience may not get (a draft; for pages and feeds \
      an embargoed, withheld or canceled story) is refused with the reason; --preview \
      writes it anyway, marked as not for publication.

      Built-in formats (`copydesk formats` lists every format, with the plugins installed \
      as copydesk-render-<name> on PATH or named in copydesk.yml):
      \(FormatName.helpList)

      Examples:
        copydesk render Stories/welcome.md --to ast
        copydesk render story.md --to html -o story.html
        copydesk render story.md --to html --base-url https://news.example.com/
        copydesk render story.md --to html --templates Templates/  # your templates
        copydesk render story.md --to html --preview   # embargoed, marked preview
        copydesk render story.md --to newsml --validate --schema NewsML-G2.xsd
        copydesk render story.md --to newsml --newsml-body nitf
        copydesk render story.md --to jsonfeed --clock 2026-03-04T12:00:00Z
        copydesk render story.md --to wire --sequence 42 -o story.7901
        copydesk render story.md --to wire --wire-profile anpa1312 --show-controls
        copydesk render wire.txt --to ast --date 2026-03-04T09:15:00+01:00
        copydesk render story.md --to ast --strict      # warnings fail the run

      Exit status: 0 success, 2 the config or schema cannot be used, 64 usage error, \
      65 bad story (or refused by the publication rules), 73 cannot write the output.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "The story file (.md, .markdown, .txt or an .ast.json document), or - to read it from "
        + "standard input (Markdown when it starts with ---, else raw wire copy)."))
  var story: String

  @Option(name: .customLong("to"), help: ArgumentHelp("The output format.", valueName: "format"))
  var format: FormatName

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  @OptionGroup var project: ProjectOptions

  @OptionGroup var reading: ReadingOptions

  @OptionGroup var site: SiteOptions

  @OptionGroup(title: "Wire options") var wire: WireOptions

  @Flag(help: "Treat warnings as errors: nothing is written when there are any.")
  var strict = false

  @Flag(
    help: ArgumentHelp(
      "Render a story its format's audience may not get yet (embargoed, withheld, killed, "
        + "draft), marked as not for publication."))
  var preview = false

  @Option(help: "Body of NewsML-G2 items: xhtml (default) or nitf.")
  var newsmlBody: NewsMLBody?

  @Flag(
    name: .customLong("validate"),
    help: "Validate NewsML-G2 output against the schema (--schema or $COPYDESK_NEWSML_SCHEMA).")
  var validateOutput = false

  @Option(help: ArgumentHelp("The NewsML-G2 XSD for --validate.", valueName: "xsd"))
  var schema: String?

  func validate() throws {
    if validateOutput && format.name != "newsml" {
      throw ValidationError("--validate checks NewsML-G2 output; use it with --to newsml.")
    }
  }

  func run() throws {
    var loaded: Project
    do throws(Diagnostic) {
      loaded = try project.load()
      try site.apply(to: &loaded)
    } catch {
      throw ExitStatus.cannotRun.fail(error)
    }
    reading.apply(to: &loaded.config)
    let chosen = try format.resolve(in: loaded.config.registry)
    var options = loaded.config.options
    wire.apply(to: &options)
    if let newsmlBody { options[NewsMLSettings.self].body = newsmlBody }
    let readerOptions = reading.readerOptions(loaded.config)
    let input = story == "-" ? try StandardInput.story(limit: readerOptions.maximumFileSize) : nil
    var context = RenderContext(
      sourceFile: input?.name ?? story, site: loaded.config.site, templates: loaded.templates,
      options: options, layout: loaded.config.layout(), clock: reading.clock)
    context.sequence = wire.sequence
    let rendering: StoryRendering
    do throws(Diagnostic) {
      if let input {
        rendering = try StoryRenderer.render(
          data: input.data, as: chosen, options: readerOptions, context: context,
          preview: preview, filters: loaded.config.filters)
      } else {
        rendering = try StoryRenderer.render(
          contentsOf: URL(fileURLWithPath: story), as: chosen, options: readerOptions,
          context: context, preview: preview, filters: loaded.config.filters)
      }
    } catch {
      throw ExitStatus.badInput.fail(error)
    }
    let warnings = loaded.templates.warnings(concerning: [chosen]) + rendering.warnings
    for warning in warnings { StandardError.print(warning) }
    if strict && !warnings.isEmpty {
      StandardError.print("\(story): error: \(warnings.count) warning(s) with --strict")
      throw ExitStatus.badInput.exit
    }
    if validateOutput { try validateNewsML(rendering.output.data) }
    try write(rendering.output.data)
  }

  private func validateNewsML(_ data: Data) throws {
    let problems: [Diagnostic]
    do throws(Diagnostic) {
      let path = try NewsMLValidator.schemaPath(
        option: schema, environment: ProcessInfo.processInfo.environment)
      problems = try NewsMLValidator(schemaFile: path).validate(
        data, fileName: "\(story) (newsml)")
    } catch {
      throw ExitStatus.cannotRun.fail(error)
    }
    for problem in problems { StandardError.print(problem) }
    if problems.contains(where: { $0.severity == .error }) { throw ExitStatus.badInput.exit }
  }

  private func write(_ data: Data) throws {
    if wire.showControls && format.name == "wire" {
      try StandardOutput.write(Data(WireInspector.showControls(data).utf8))
      return
    }
    guard let output else {
      try StandardOutput.write(data)
      return
    }
    // The file is replaced by renaming a new one over it: never do that to a device or a pipe.
    var info = stat()
    if lstat(output, &info) == 0, ![S_IFREG, S_IFLNK].contains(info.st_mode & S_IFMT) {
      throw ExitStatus.cannotWrite.fail(
        Diagnostic(
          .error, file: output,
          message: "not a regular file, so it was left alone; choose another path for -o, or "
            + "leave -o out to write to standard output"))
    }
    do {
      try AtomicFile.write(data, to: URL(fileURLWithPath: output))
    } catch {
      throw ExitStatus.cannotWrite.fail(
        Diagnostic(
          .error, file: output, message: "cannot write the output: \(SystemError.reason(error))"))
    }
  }
}
