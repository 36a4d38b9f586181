/// One format's own settings: what its `formats.<name>` section of copydesk.yml and its
/// command-line flags choose.
public protocol FormatSettings: Sendable, Hashable, CustomStringConvertible {
  /// The defaults.
  init()
}

extension FormatSettings {
  /// The settings as Swift prints them: the type and every field, in declaration order.
  public var description: String {
    String(
      reflecting: Mirror(reflecting: self).children.map {
        "\($0.label ?? "")=\($0.value)"
      })
  }
}

/// Every format's settings, each kept under its type, so a new format adds its own without
/// touching this file.
public struct FormatOptions: Sendable, Hashable, CustomStringConvertible {
  private var values: [String: any FormatSettings] = [:]

  /// No settings chosen: every format uses its defaults.
  public init() {}

  /// The settings of one format: the chosen ones, or its defaults.
  public subscript<Settings: FormatSettings>(_ type: Settings.Type) -> Settings {
    get { values[String(reflecting: type)] as? Settings ?? Settings() }
    set { values[String(reflecting: type)] = newValue }
  }

  /// The chosen settings, sorted by type, so the same choices always read the same.
  public var description: String {
    values.sorted { $0.key < $1.key }.map { "\($0.key)(\($0.value.description))" }
      .joined(separator: " ")
  }

  /// Equal when the same settings are chosen.
  public static func == (lhs: FormatOptions, rhs: FormatOptions) -> Bool {
    lhs.description == rhs.description
  }

  /// Hashes the chosen settings.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(description)
  }
}
