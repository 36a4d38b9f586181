/// An external renderer, a format in the registry like the built-in ones.
///
/// It is a `copydesk-render-<name>` executable on `PATH` or a `plugins:` entry in copydesk.yml.
public struct PluginSpec: Sendable, Hashable {
  /// The format's name (`sms`).
  public var name: String
  /// The command and its arguments, run with no shell.
  public var command: [String]
  /// Where a story's output goes; `{slug}` is replaced (`sms/{slug}.txt`).
  public var outputPattern: String
  /// Who reads the outputs, which decides the stories the plugin is given.
  public var audience: Audience
  /// The most seconds one story may take.
  public var timeout: Double
  /// The most bytes one story's output may have.
  public var outputLimit: Int
  /// The plugin's own settings, passed to it as `context.options`.
  public var options: [String: String]
  /// Where the plugin was found: `copydesk.yml` or the executable's path.
  public var origin: String

  /// The default timeout, 10 seconds.
  public static let defaultTimeout = 10.0
  /// The default output limit, 16 MiB.
  public static let defaultOutputLimit = 16 * 1024 * 1024

  /// Describes a plugin; the output pattern defaults to `<name>/{slug}.txt`.
  public init(
    name: String, command: [String], outputPattern: String? = nil,
    audience: Audience = .public, timeout: Double = defaultTimeout,
    outputLimit: Int = defaultOutputLimit, options: [String: String] = [:], origin: String
  ) {
    self.name = name
    self.command = command
    self.outputPattern = outputPattern ?? "\(name)/{slug}.txt"
    self.audience = audience
    self.timeout = timeout
    self.outputLimit = outputLimit
    self.options = options
    self.origin = origin
  }

  /// True for a name a plugin may have: lower-case letters, digits and inner hyphens.
  public static func isValidName(_ name: String) -> Bool {
    guard let first = name.first, first.isASCII, first.isLetter, name.last != "-" else {
      return false
    }
    return name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
  }
}
