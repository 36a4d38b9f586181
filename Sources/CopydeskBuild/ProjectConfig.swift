public import CopydeskFormats
public import CopydeskReader
public import Foundation

/// A project's `copydesk.yml`: the site, the provider, the formats and their options, and where
/// stories, templates and output live.
///
/// Every key is optional.
public struct ProjectConfig: Sendable, Hashable {
  /// The config file's name, found from the working directory upward.
  public static let fileName = "copydesk.yml"

  /// The publication.
  public var site = SiteSettings()
  /// The language of stories that name none.
  public var language = "en"
  /// The IANA time zone for date-times written without an offset.
  public var timeZone: String?
  /// The names of the formats `build` writes.
  public var formats = FormatRegistry.builtIn.buildDefaults
  /// Every format's settings, from its `formats.<name>` section.
  public var options = FormatOptions()
  /// Where stories are read from, relative to the project root.
  public var storiesPath = "Stories"
  /// Where template overrides live, relative to the project root.
  public var templatesPath = "Templates"
  /// Where output is written, relative to the project root.
  public var outputPath = "Output"
  /// Pictures, logos and other files copied into the output's `static/`, relative to the
  /// project root.
  public var staticPath = "Static"
  /// The largest story file accepted, in bytes; larger files fail with a clear error.
  public var maximumStoryBytes = ReaderOptions().maximumFileSize
  /// The external renderers of the `plugins:` section.
  public var plugins: [PluginSpec] = []
  /// True to keep every subscriber output a build sends as
  /// `archive/<format>/<slug>/v<version>.<ext>` (`archive: true`).
  public var archive = false
  /// The `copydesk-render-<name>` executables found on `PATH` when the config was loaded.
  public var installedPlugins: [PluginSpec] = []
  /// The AST filters of the `filters:` section, run on every story before any format.
  public var filters = ASTFilters([])
  /// The project root: the folder holding the config file.
  public var root: URL

  /// The defaults, rooted at `root`.
  public init(root: URL) {
    self.root = root
  }

  /// The reader options this config implies.
  public var readerOptions: ReaderOptions {
    ReaderOptions(
      provider: site.providerID, defaultLanguage: language,
      defaultTimeZone: timeZone.flatMap(TimeZone.init(identifier:)),
      maximumFileSize: maximumStoryBytes)
  }

  /// A path from the config, resolved against the project root.
  public func resolve(_ path: String) -> URL {
    path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
  }

  /// The formats this project can use: the built-in ones, then its plugins, then the
  /// installed ones (a name already taken is not added again).
  public var registry: FormatRegistry {
    FormatRegistry.builtIn.adding(plugins + installedPlugins)
  }

  /// Where pages and feeds of this project live.
  public func layout() -> OutputLayout {
    registry.layout(building: formats)
  }

  /// The nearest `copydesk.yml` in `directory` or a folder above it.
  public static func find(from directory: URL) -> URL? {
    var folder = directory.standardizedFileURL
    while true {
      let candidate = folder.appendingPathComponent(fileName)
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return nil }
      folder = parent
    }
  }
}
