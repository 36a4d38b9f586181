import ArgumentParser
import CopydeskAST
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// `copydesk build`: publish a whole folder of stories to every format.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Publish every story in a folder to every format: pages, NewsML-G2, wire, feeds.",
    discussion: """
      Reads every .md and .txt story under STORIES (default: the config's stories folder; \
      hidden and _-prefixed files are skipped), renders each to every selected format in \
      parallel, and writes each format's outputs into the output folder (html/<slug>.html \
      with html/index.html, newsml/<slug>.xml, wire/<slug>.txt, feed.json; `copydesk \
      formats` lists them all). Only changed stories are \
      rebuilt; the state in OUTPUT/.copydesk/state.sqlite remembers what was written and \
      each published story's identity, so renaming a file or editing a headline keeps its \
      guid, URL and wire number. Only files copydesk wrote are ever deleted.

      Drafts are skipped; stories embargoed past --clock stay out of HTML and the feed but \
      go out as NewsML-G2 (with embargoed) and wire (with an advisory); canceled stories \
      lose their page and feed item and go out as kills. One bad story never stops the rest, \
      and one failing format never stops a story's other formats.

      Settings come from copydesk.yml, found from the current folder upward (or --config); \
      --set KEY.PATH=VALUE overrides one key, as in --set formats.ninjs.version=2.2.

      Examples:
        copydesk build                       # the project in this folder
        copydesk build Stories --out /tmp/site --clock 2026-03-04T12:00:00Z
        copydesk build --to html,jsonfeed --dry-run     # the plan; writes nothing
        copydesk build --validate --schema NewsML-G2.xsd --strict

      Exit status: 0 success, 1 a story or one of its formats failed, 2 the build could not \
      run, 64 usage error.
      """
  )

  @Argument(help: "The stories folder (default: paths.stories from copydesk.yml, else Stories).")
  var stories: String?

  @Option(name: .customLong("out"), help: ArgumentHelp("The output folder.", valueName: "dir"))
  var output: String?

  @OptionGroup var project: ProjectOptions

  @Option(
    name: .customLong("to"),
    help: ArgumentHelp(
      "Formats to write, comma-separated (default: formats.build, else "
        + "\(FormatRegistry.builtIn.buildDefaults.joined(separator: ","))); other formats' "
        + "outputs are kept.", valueName: "list"))
  var formats: String?

  @Option(
    help: ArgumentHelp(
      "Stories to read and render at once (default: all cores); above 1, the next few are read "
        + "while those before are written. 1 does one thing at a time.", valueName: "n"))
  var jobs: Int?

  @Option(help: ArgumentHelp("The time to publish as (RFC 3339); default now.", valueName: "time"))
  var clock: Timestamp?

  @Flag(help: "Treat warnings as failures of their story.")
  var strict = false

  @Flag(
    name: .customLong("validate"),
    help: "Validate NewsML-G2 items against the schema (--schema or $COPYDESK_NEWSML_SCHEMA).")
  var validateNewsML = false

  @Option(help: ArgumentHelp("The NewsML-G2 XSD for --validate.", valueName: "xsd"))
  var schema: String?

  @Flag(help: "Rebuild every story, changed or not.")
  var force = false

  @Flag(help: "Print the plan (new, changed, unchanged, withheld, killed) and write nothing.")
  var dryRun = false

  @Flag(help: "Print only errors; the exit status tells the rest.")
  var quiet = false

  @Option(
    help:
      "How to print diagnostics: text (file:line:col: level: message) or json (one object per line)."
  )
  var diagnostics: DiagnosticFormat = .text

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
  }

  func run() throws {
    let started = Date()
    var settings: BuildSettings
    do throws(Diagnostic) {
      settings = try buildSettings()
    } catch {
      throw ExitStatus.cannotRun.fail(error)
    }
    do throws(Diagnostic) {
      // An unknown --to format is a usage error, like any other bad flag.
      if let chosen = try selectedFormats(in: settings.registry) { settings.formats = chosen }
    } catch {
      throw ExitStatus.usage.fail(error)
    }
    try checkTemplates(settings)
    var report: BuildReport
    do throws(Diagnostic) {
      report = try ProjectBuilder.build(settings)
    } catch {
      Progress.finish()
      throw ExitStatus.cannotRun.fail(error)
    }
    Progress.finish()
    if strict && !dryRun {
      // Under --strict every output is read back: the formats must tell one story.
      do throws(Diagnostic) {
        report.diagnostics += try ConsistencyCheck.run(settings)
      } catch {
        throw ExitStatus.cannotRun.fail(error)
      }
    }
    for diagnostic in report.diagnostics where !quiet || diagnostic.severity == .error {
      try diagnostics.print(diagnostic)
    }
    if !quiet {
      let elapsed = String(format: "%.1f", Date().timeIntervalSince(started))
      let summary =
        (report.dryRun ? "plan: " : "") + report.summary
        + " in \(elapsed) s, into \(output ?? settings.config.outputPath)"
      switch diagnostics {
      case .text:
        for line in report.details { try StandardOutput.print(line) }
        try StandardOutput.print(summary)
      case .json:
        // One clean JSON stream: the details and the summary are objects too.
        for line in report.details { try diagnostics.printObject(["detail": line]) }
        try diagnostics.printObject(["summary": summary])
      }
    }
    if report.hasFailures || report.diagnostics.contains(where: { $0.severity == .error }) {
      throw ExitStatus.someFailed.exit
    }
  }

  /// Prints the templates' warnings when a format being built uses them; under `--strict`
  /// they stop the build before anything is written.
  private func checkTemplates(_ settings: BuildSettings) throws {
    let warnings = settings.templates.warnings(concerning: settings.formats)
    for warning in warnings where !quiet || strict { try diagnostics.print(warning) }
    if strict && !warnings.isEmpty {
      throw ExitStatus.cannotRun.fail(
        Diagnostic(
          .error, file: settings.config.templatesPath,
          message: "\(warnings.count) template warning(s) with --strict; nothing was built"))
    }
  }

  /// The formats `--to` names, from the project's registry (built-in formats and plugins).
  private func selectedFormats(in registry: FormatRegistry) throws(Diagnostic)
    -> [any OutputFormat]?
  {
    guard let formats else { return nil }
    let names = formats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    return try registry.formats(named: names, file: "--to")
  }

  private func buildSettings() throws(Diagnostic) -> BuildSettings {
    let loaded = try project.load()
    var settings = BuildSettings(
      config: loaded.config, version: CopydeskVersion.current, clock: clock ?? .now())
    settings.templates = loaded.templates
    if let stories {
      settings.storiesFolder = URL(fileURLWithPath: stories)
      settings.displayPrefix = stories
    }
    if let output { settings.outputFolder = URL(fileURLWithPath: output) }
    if let jobs { settings.jobs = jobs }
    settings.strict = strict
    settings.force = force
    settings.dryRun = dryRun
    if validateNewsML {
      let path = try NewsMLValidator.schemaPath(
        option: schema, environment: ProcessInfo.processInfo.environment)
      let validator = try NewsMLValidator(schemaFile: path)
      settings.checks[NewsMLFormat().name] = { data, fileName in
        validator.validate(data, fileName: fileName)
      }
    }
    if !quiet && isatty(STDERR_FILENO) == 1 { settings.progress = Progress.report }
    return settings
  }
}
