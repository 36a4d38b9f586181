import ArgumentParser
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// `--config` and `--set`, and loading the project the way every command does: the defaults,
/// then `copydesk.yml` (this folder or above, or `--config`), then `--set`, then the command's
/// flags.
struct ProjectOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp("Config file (default: copydesk.yml here or above).", valueName: "file"))
  var config: String?

  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(
      "Override one copydesk.yml setting, as in formats.ninjs.version=2.2 or "
        + "formats.wire.charset_by_language={ru: utf8}; repeatable.", valueName: "key=value"))
  var settings: [String] = []

  /// The project: its config file's settings, or the defaults rooted here when there is none.
  func load() throws(Diagnostic) -> Project {
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let url = config.map { URL(fileURLWithPath: $0) } ?? ProjectConfig.find(from: here)
    var project =
      try url.map { url throws(Diagnostic) in try ProjectConfig.load(url) }
      ?? ProjectConfig(root: here)
    for assignment in settings { try project.set(assignment) }
    var templates = TemplateSet.defaults
    let folder = project.resolve(project.templatesPath)
    if url != nil, FileManager.default.fileExists(atPath: folder.path) {
      templates = try TemplateSet(overridesIn: folder)
    }
    return Project(config: project, templates: templates)
  }
}

/// A loaded project.
struct Project {
  /// The settings.
  var config: ProjectConfig
  /// The templates: the project's overrides over the built-in ones.
  var templates: TemplateSet
}

/// A format name from the command line, checked against the registry.
struct FormatName: ExpressibleByArgument {
  /// The format.
  let format: any OutputFormat

  init?(argument: String) {
    guard let format = FormatRegistry.builtIn.format(named: argument) else { return nil }
    self.format = format
  }

  static var allValueStrings: [String] { FormatRegistry.builtIn.names }

  /// The `--help` list of formats: name and summary, one per line.
  static var helpList: String {
    FormatRegistry.builtIn.formats.map {
      "  \($0.name.padding(toLength: 10, withPad: " ", startingAt: 0))\($0.summary)"
    }.joined(separator: "\n")
  }
}
