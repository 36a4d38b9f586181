import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// Reads the `plugins:` and `filters:` sections of copydesk.yml.
///
/// ```yaml
/// plugins:
///   sms:
///     command: Examples/Plugins/copydesk-render-sms   # or [program, argument, …]
///     output: sms/{slug}.txt
///     audience: public                                # or subscribers, editors
///     timeout: 10                                     # seconds per story
///     options: {max_length: 160}                      # given to the plugin as context.options
/// filters: [Examples/Plugins/uppercase-dateline]
/// ```
enum PluginConfig {
  /// The keys a plugin entry allows.
  static let keys = ["command", "output", "audience", "kind", "timeout", "options"]

  /// The plugins of a `plugins:` section; a relative command path is taken from the project
  /// root.
  static func plugins(_ section: YAMLField, root: URL) throws(Diagnostic) -> [PluginSpec] {
    try section.mappingOfAnyKeys().sorted { $0.key < $1.key }.map {
      entry throws(Diagnostic) in
      guard PluginSpec.isValidName(entry.key) else {
        throw entry.value.diagnostic(
          "a plugin's name is its format's name: lower-case letters, digits and inner hyphens, "
            + "got '\(entry.key)'")
      }
      guard FormatRegistry.builtIn.format(named: entry.key) == nil else {
        throw entry.value.diagnostic(
          "'\(entry.key)' is a built-in format; give the plugin a name of its own")
      }
      let fields = try entry.value.mapping(allowed: keys)
      guard let commandField = fields["command"] else {
        throw entry.value.diagnostic(
          "the plugin '\(entry.key)' has no 'command'; name the program to run, as in "
            + "command: Plugins/copydesk-render-\(entry.key)")
      }
      var spec = PluginSpec(
        name: entry.key, command: try command(commandField, root: root),
        origin: "copydesk.yml")
      if let output = fields["output"] {
        spec.outputPattern = try outputPattern(output)
      }
      if let audience = fields["audience"] {
        spec.audience = try audience.choice(of: Audience.self)
      }
      if let kind = fields["kind"], try kind.text() != FormatKind.story.rawValue {
        throw kind.diagnostic(
          "plugins render one story at a time: 'kind' can only be story, got '\(try kind.text())'")
      }
      if let timeout = fields["timeout"] {
        spec.timeout = Double(try timeout.integer(in: 1...3_600, meaning: "seconds per story"))
      }
      if let options = fields["options"] {
        for (key, field) in try options.mappingOfAnyKeys() { spec.options[key] = try field.text() }
      }
      return spec
    }
  }

  /// The commands of a `filters:` section: each a program, or a program and its arguments.
  static func commands(_ section: YAMLField, root: URL) throws(Diagnostic) -> [[String]] {
    try section.list().map { item throws(Diagnostic) in try command(item, root: root) }
  }

  /// A command: a program (`path/to/program`) or a list of the program and its arguments.
  private static func command(_ field: YAMLField, root: URL) throws(Diagnostic) -> [String] {
    var command: [String] = []
    if let items = try? field.list() {
      for item in items { command.append(try item.text()) }
    } else {
      command = [try field.text()]
    }
    guard let program = command.first else {
      throw field.diagnostic("'\(field.key)' must name a program")
    }
    if program.contains("/") && !program.hasPrefix("/") {
      command[0] = root.appendingPathComponent(program).path
    }
    return command
  }

  private static func outputPattern(_ field: YAMLField) throws(Diagnostic) -> String {
    let pattern = try field.text()
    let parts = pattern.split(separator: "/", omittingEmptySubsequences: false)
    guard pattern.contains("{slug}"), !pattern.hasPrefix("/"), !pattern.hasPrefix("."),
      !parts.contains(where: { $0.isEmpty || $0 == ".." || $0 == "." })
    else {
      throw field.diagnostic(
        "'\(field.key)' must be a relative path inside the output folder with {slug} in it, "
          + "such as sms/{slug}.txt, got '\(pattern)'")
    }
    return pattern
  }
}
