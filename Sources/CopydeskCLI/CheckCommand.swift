import ArgumentParser
import CopydeskAST
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import Foundation

/// `copydesk check`: every problem of every story, config and template, at once.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Report every problem of every story at once, with the desk's editorial checks.",
    discussion: """
      Reads every story under STORIES (default: the config's stories folder), the config \
      and the templates, renders each story to every format the build writes (drafts and \
      embargoed stories too), and writes nothing. Every problem is reported, grouped by \
      file, each with its source line and a caret, and a count at the end.

      Besides the errors and warnings a build would report, check warns about what a desk \
      would catch: a Markdown story without a summary or a byline, a headline too long for \
      the wire (over \(WireFormat.headlineLimit) characters), heading levels that skip, a \
      picture path that is not a file beside the story, in the project folder or in \
      Static/, and an embargo already past. Two stories sharing a slug or guid is an \
      error: a build publishes only one of them.

      Examples:
        copydesk check
        copydesk check Stories/welcome.md
        copydesk check --format json > problems.json
        copydesk check --strict      # warnings fail the check too
        copydesk check --consistency # and every output agrees with the others

      Exit status: 0 no errors, 1 errors found (or warnings, with --strict), 64 usage error.
      """
  )

  @Argument(help: "Story files or folders to check (default: the config's stories folder).")
  var stories: [String] = []

  @OptionGroup var project: ProjectOptions

  @Option(
    help: ArgumentHelp(
      "The time embargoes are judged against (RFC 3339); default now.", valueName: "time"))
  var clock: Timestamp?

  @Flag(help: "Count warnings as failures: exit 1 when there are any.")
  var strict = false

  @Flag(
    help: ArgumentHelp(
      "Also read back every output the last build wrote and check that all formats agree on "
        + "each story's guid, version, status, headline, dateline, writers and times."))
  var consistency = false

  @Option(
    name: .customLong("out"),
    help: ArgumentHelp("The output folder --consistency reads.", valueName: "dir"))
  var output: String?

  @Option(
    help: "How to print the report: text (grouped by file, with source lines) or json (one object)."
  )
  var format: ReportFormat = .text

  /// The report's forms.
  enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    /// For people: grouped by file, with excerpts.
    case text
    /// For editors' tools and CI: one JSON object.
    case json
  }

  func run() throws {
    var report: CheckReport
    do throws(Diagnostic) {
      let loaded = try project.load()
      var settings = BuildSettings(
        config: loaded.config, version: CopydeskVersion.current, clock: clock ?? .now())
      settings.templates = loaded.templates
      if let output { settings.outputFolder = URL(fileURLWithPath: output) }
      report = try ProjectChecker.check(settings, paths: stories)
      if consistency { report.add(try ConsistencyCheck.run(settings)) }
    } catch {
      // The config, the templates or a stories folder could not be read: that is the report.
      report = CheckReport()
      report.add([error])
    }
    try print(report)
    if report.errors > 0 || (strict && report.warnings > 0) { throw ExitStatus.someFailed.exit }
  }

  private func print(_ report: CheckReport) throws {
    switch format {
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
      try StandardOutput.write(try encoder.encode(report) + Data("\n".utf8))
    case .text:
      let colours = DiagnosticText.colours(on: STDOUT_FILENO)
      for file in report.files {
        try StandardOutput.print(colours ? "\u{1B}[1m\(file.file)\u{1B}[0m" : file.file)
        for diagnostic in file.diagnostics {
          for line in DiagnosticText.lines(for: diagnostic, colours: colours) {
            try StandardOutput.print("  " + line)
          }
        }
        try StandardOutput.print("")
      }
      try StandardOutput.print(report.summary)
    }
  }
}
