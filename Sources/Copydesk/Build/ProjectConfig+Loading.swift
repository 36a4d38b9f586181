public import CopydeskReader
public import Foundation

extension ProjectConfig {
  /// The top-level sections and the keys each allows.
  static let sections: [String: [String]] = [
    "site": ["title", "base_url", "language", "time_zone", "description", "icon", "favicon"],
    "provider": ["id", "name"],
    "formats": ["build", "html", "newsml", "wire", "jsonfeed"],
    "paths": ["stories", "templates", "output"],
    "limits": ["story_bytes"],
  ]

  /// Reads `copydesk.yml` at `url`; unknown keys and wrong values are errors naming the
  /// file, line and key, with a "did you mean" hint.
  public static func load(_ url: URL) throws(Diagnostic) -> ProjectConfig {
    var config = ProjectConfig(root: url.deletingLastPathComponent())
    let name = url.path
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw Diagnostic(.error, file: name, message: "cannot read the config file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Diagnostic(.error, file: name, message: "the config file is not UTF-8 text")
    }
    guard let root = try YAMLField.document(text, fileName: name, lineOffset: 0) else {
      return config
    }
    let sections = try root.mapping(allowed: Self.sections.keys.sorted())
    for (section, field) in sections {
      let keys = try field.mapping(allowed: Self.sections[section] ?? [])
      for (key, value) in keys {
        try config.apply(section: section, key: key, value)
      }
    }
    return config
  }

  private mutating func apply(section: String, key: String, _ value: YAMLField) throws(Diagnostic) {
    switch (section, key) {
    case ("site", "title"): site.title = try value.text()
    case ("site", "base_url"):
      let url = try value.text()
      guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
        throw value.diagnostic("'site.base_url' must be an absolute http(s) URL, got '\(url)'")
      }
      site.baseURL = url.hasSuffix("/") ? url : url + "/"
    case ("site", "language"): language = try value.text()
    case ("site", "time_zone"):
      let zone = try value.text()
      guard TimeZone(identifier: zone) != nil else {
        throw value.diagnostic(
          "'site.time_zone' must be an IANA time zone such as Europe/Berlin, got '\(zone)'")
      }
      timeZone = zone
    case ("site", "description"): site.description = try value.text()
    case ("site", "icon"): site.icon = try value.text()
    case ("site", "favicon"): site.favicon = try value.text()
    case ("provider", "id"): site.providerID = try value.text()
    case ("provider", "name"): site.publisher = try value.text()
    case ("formats", "build"):
      formats = try value.list().map { item throws(Diagnostic) in try Self.choice(item, Format.self)
      }
    case ("formats", "html"):
      let options = try value.mapping(allowed: ["index_limit"])
      if let limit = options["index_limit"] {
        indexLimit = try limit.integer(in: 1...100_000, meaning: "stories on the index page")
      }
    case ("formats", "newsml"):
      let options = try value.mapping(allowed: ["body"])
      if let body = options["body"] {
        self.options.newsMLBody = try Self.choice(body, NewsMLBody.self)
      }
    case ("formats", "wire"):
      try applyWire(value)
    case ("formats", "jsonfeed"):
      let options = try value.mapping(allowed: ["limit"])
      if let limit = options["limit"] {
        feedLimit = try limit.integer(in: 1...10_000, meaning: "stories per feed page")
      }
    case ("paths", "stories"): storiesPath = try value.text()
    case ("paths", "templates"): templatesPath = try value.text()
    case ("paths", "output"): outputPath = try value.text()
    case ("limits", "story_bytes"):
      maximumStoryBytes = try value.integer(
        in: 1_024...1_073_741_824, meaning: "the largest story file, in bytes")
    default: break
    }
  }

  private mutating func applyWire(_ value: YAMLField) throws(Diagnostic) {
    let wire = try value.mapping(allowed: ["profile", "charset", "service", "category"])
    if let profile = wire["profile"] {
      options.wireProfile = try Self.choice(profile, WireProfile.self)
    }
    if let charset = wire["charset"] {
      options.wireCharset = try Self.choice(charset, WireCharset.self)
    }
    if let service = wire["service"] {
      let text = try service.text()
      guard text.count == 3, text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
        throw service.diagnostic(
          "'formats.wire.service' must be 3 letters, such as cdk, got '\(text)'")
      }
      options.wireService = text
    }
    if let category = wire["category"] {
      let text = try category.text()
      guard (1...3).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
        throw category.diagnostic(
          "'formats.wire.category' must be 1 to 3 letters, such as i, got '\(text)'")
      }
      options.wireCategory = text
    }
  }

  private static func choice<Value: RawRepresentable & CaseIterable>(
    _ field: YAMLField, _ type: Value.Type
  ) throws(Diagnostic) -> Value where Value.RawValue == String {
    let text = try field.text()
    guard let value = Value(rawValue: text) else {
      let names = Value.allCases.map(\.rawValue)
      throw field.diagnostic(
        "'\(field.key)' must be one of \(names.joined(separator: ", ")), got '\(text)'")
    }
    return value
  }
}
