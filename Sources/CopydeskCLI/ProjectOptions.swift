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

  @Option(
    name: .customLong("filter"),
    help: ArgumentHelp(
      "A program that rewrites each story's AST (JSON on stdin and stdout) before any format "
        + "renders it, after the filters: of copydesk.yml; repeatable.", valueName: "program"))
  var filters: [String] = []

  /// The plugins installed as `copydesk-render-<name>` on `PATH`.
  static var installedPlugins: [PluginSpec] {
    PluginDiscovery.onPath(ProcessInfo.processInfo.environment["PATH"])
  }

  /// The project: its config file's settings, or the defaults rooted here when there is none.
  func load() throws(Diagnostic) -> Project {
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let url = config.map { URL(fileURLWithPath: $0) } ?? ProjectConfig.find(from: here)
    let installed = Self.installedPlugins
    var project =
      try url.map { url throws(Diagnostic) in
        try ProjectConfig.load(url, installedPlugins: installed)
      } ?? ProjectConfig(root: here)
    project.installedPlugins = installed
    project.filters.commands += filters.map { [$0] }
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

/// A format name from the command line; it names a built-in format or a plugin, which is known
/// only once the project is loaded (`resolve`).
struct FormatName: ExpressibleByArgument {
  /// The name as given.
  let name: String

  init?(argument: String) {
    // Format names are lower-case; `--to HTML` means html.
    let lowered = argument.lowercased()
    guard PluginSpec.isValidName(lowered) else { return nil }
    name = lowered
  }

  /// The format in `registry`, or a usage error listing the formats there are.
  func resolve(in registry: FormatRegistry) throws -> any OutputFormat {
    guard let format = registry.format(named: name) else {
      throw ExitStatus.usage.fail(registry.unknown(name, file: "--to"))
    }
    return format
  }

  /// The built-in formats and the plugins installed on `PATH`, for help and completions.
  private static var known: FormatRegistry {
    FormatRegistry.builtIn.adding(ProjectOptions.installedPlugins)
  }

  static var allValueStrings: [String] { known.names }

  /// The `--help` list of the built-in formats: name and summary, one per line.
  ///
  /// Plugins are left to `copydesk formats`: every command builds this text when it starts,
  /// and looking for plugins on `PATH` would slow every one of them down.
  static var helpList: String {
    FormatRegistry.builtIn.formats.map {
      "  \($0.name.padding(toLength: 10, withPad: " ", startingAt: 0))\($0.summary)"
    }.joined(separator: "\n")
  }
}
