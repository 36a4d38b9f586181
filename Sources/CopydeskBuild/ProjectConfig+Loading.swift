public import CopydeskCore
public import CopydeskFormats
import CopydeskReader
public import Foundation

extension ProjectConfig {
  /// The top-level sections and the keys each allows; `formats` allows `build` and every
  /// format's name.
  static func sections(_ registry: FormatRegistry) -> [String: [String]] {
    [
      "site": ["title", "base_url", "language", "time_zone", "description", "icon", "favicon"],
      "provider": ["id", "name"],
      "formats": ["build"] + registry.names,
      "paths": ["stories", "templates", "output", "static"],
      "limits": ["story_bytes"],
      "plugins": [],
      "filters": [],
      "archive": [],
    ]
  }

  /// Reads `copydesk.yml` at `url`; each format reads its own section.
  ///
  /// Unknown keys and wrong values are errors naming the file, line and key, with a "did you
  /// mean" hint.
  public static func load(_ url: URL, installedPlugins: [PluginSpec] = []) throws(Diagnostic)
    -> ProjectConfig
  {
    var config = ProjectConfig(root: url.deletingLastPathComponent())
    config.installedPlugins = installedPlugins
    let name = url.path
    let data: Data
    do throws(Diagnostic) {
      data = try RegularFile.read(url.path, display: name, limit: 1 << 20).data
    } catch {
      throw Diagnostic(
        .error, file: name, message: "cannot read the config file: \(error.message)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Diagnostic(.error, file: name, message: "the config file is not UTF-8 text")
    }
    do throws(Diagnostic) {
      try config.apply(text, fileName: name)
    } catch {
      throw error.withExcerpt(from: text, file: name)
    }
    return config
  }

  /// Reads the text of a `copydesk.yml` whose folder is `root`, as `load` does with a file.
  public static func parse(
    _ text: String, fileName: String, root: URL, installedPlugins: [PluginSpec] = []
  ) throws(Diagnostic) -> ProjectConfig {
    var config = ProjectConfig(root: root)
    config.installedPlugins = installedPlugins
    do throws(Diagnostic) {
      try config.apply(text, fileName: fileName)
    } catch {
      throw error.withExcerpt(from: text, file: fileName)
    }
    return config
  }

  /// Applies one `--set KEY.PATH=VALUE` from the command line, such as
  /// `formats.ninjs.version=2.2`, checked exactly as the same key in copydesk.yml is.
  public mutating func set(_ assignment: String) throws(Diagnostic) {
    let parts = assignment.split(
      separator: "=", maxSplits: 1, omittingEmptySubsequences: false
    ).map(String.init)
    let path = (parts.first ?? "").split(separator: ".", omittingEmptySubsequences: false)
      .map(String.init)
    guard parts.count == 2, path.count >= 2, !path.contains(where: \.isEmpty) else {
      throw Diagnostic(
        .error, file: "--set",
        message: "'\(assignment)' is not KEY.PATH=VALUE, as in formats.ninjs.version=2.2")
    }
    let yaml = path.enumerated().map { depth, key in
      String(repeating: "  ", count: depth) + key + ":"
        + (depth == path.count - 1 ? " " + parts[1] : "")
    }.joined(separator: "\n")
    do {
      try apply(yaml, fileName: "--set")
    } catch {
      throw Diagnostic(.error, file: "--set", key: error.key, message: error.message)
    }
  }

  /// Applies a copydesk.yml document's sections over these settings.
  private mutating func apply(_ text: String, fileName: String) throws(Diagnostic) {
    guard let root = try YAMLField.document(text, fileName: fileName, lineOffset: 0) else {
      return
    }
    let sections = try root.mapping(allowed: Self.sections(.builtIn).keys.sorted())
    // Plugins first: they add formats the other sections may name.
    for (section, field) in sections where section == "plugins" || section == "filters" {
      if section == "plugins" {
        plugins = try PluginConfig.plugins(field, root: self.root)
      } else {
        filters = ASTFilters(try PluginConfig.commands(field, root: self.root))
      }
    }
    let registry = self.registry
    let allowed = Self.sections(registry)
    if let field = sections["archive"] { archive = try field.boolean() }
    for (section, field) in sections where !["plugins", "filters", "archive"].contains(section) {
      let keys = try field.mapping(allowed: allowed[section] ?? [])
      for (key, value) in keys {
        if section == "formats" {
          try applyFormats(key: key, value, registry: registry)
        } else {
          try apply(section: section, key: key, value)
        }
      }
    }
  }

  private mutating func applyFormats(
    key: String, _ value: YAMLField, registry: FormatRegistry
  ) throws(Diagnostic) {
    if key == "build" {
      formats = try value.list().map { item throws(Diagnostic) in
        let name = try item.text()
        guard registry.format(named: name) != nil else {
          throw item.diagnostic(registry.unknownMessage(name))
        }
        return name
      }
      guard !formats.isEmpty else {
        throw value.diagnostic(
          "'formats.build' names no format, so a build would publish nothing; list at least "
            + "one, such as [html, newsml, wire], or leave the key out for the defaults")
      }
      return
    }
    guard let format = registry.format(named: key) else { return }
    for (option, field) in try value.mapping(allowed: format.optionKeys) {
      try format.configure(&options, key: option, value: field)
    }
  }

  private mutating func apply(section: String, key: String, _ value: YAMLField) throws(Diagnostic) {
    switch (section, key) {
    case ("site", "title"): site.title = try value.text()
    case ("site", "base_url"):
      let url = try value.text()
      guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
        throw value.diagnostic("'site.base_url' must be an absolute http(s) URL, got '\(url)'")
      }
      site.baseURL = url
    case ("site", "language"): language = try value.languageTag()
    case ("site", "time_zone"):
      let zone = try value.text()
      guard TimeZone(identifier: zone) != nil else {
        throw value.diagnostic(
          "'site.time_zone' must be an IANA time zone such as Europe/Berlin, got '\(zone)'")
      }
      timeZone = zone
      site.displayZone = DisplayZone(
        identifier: zone, abbreviations: TimeZoneNames.abbreviations(of: zone))
    case ("site", "description"): site.description = try value.text()
    case ("site", "icon"): site.icon = try value.text()
    case ("site", "favicon"): site.favicon = try value.text()
    case ("provider", "id"): site.providerID = try value.providerID()
    case ("provider", "name"): site.publisher = try value.text()
    case ("paths", "stories"): storiesPath = try value.text()
    case ("paths", "templates"): templatesPath = try value.text()
    case ("paths", "output"): outputPath = try value.text()
    case ("paths", "static"): staticPath = try value.text()
    case ("limits", "story_bytes"):
      maximumStoryBytes = try value.integer(
        in: 1_024...1_073_741_824, meaning: "the largest story file, in bytes")
    default: break
    }
  }
}
