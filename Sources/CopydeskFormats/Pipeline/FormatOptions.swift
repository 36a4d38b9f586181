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
  /// The chosen settings by type, each with its type's full name (which only `description`
  /// needs: a format looks its settings up for every story, and naming a type is slow).
  private var values: [ObjectIdentifier: (typeName: String, settings: any FormatSettings)] = [:]

  /// No settings chosen: every format uses its defaults.
  public init() {}

  /// The settings of one format: the chosen ones, or its defaults.
  public subscript<Settings: FormatSettings>(_ type: Settings.Type) -> Settings {
    get { values[ObjectIdentifier(type)]?.settings as? Settings ?? Settings() }
    set { values[ObjectIdentifier(type)] = (String(reflecting: type), newValue) }
  }

  /// The chosen settings, sorted by type, so the same choices always read the same.
  public var description: String {
    values.values.sorted { $0.typeName < $1.typeName }
      .map { "\($0.typeName)(\($0.settings.description))" }.joined(separator: " ")
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
