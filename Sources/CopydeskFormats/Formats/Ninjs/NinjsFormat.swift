public import CopydeskAST
public import CopydeskCore
public import CopydeskReader
import Foundation

/// The ninjs versions copydesk writes.
public enum NinjsVersion: String, CaseIterable, Sendable, Hashable {
  /// ninjs 3.1: camelCase properties (IPTC, 2025).
  case version31 = "3.1"
  /// ninjs 2.2: lowercase properties, which many receivers still consume.
  case version22 = "2.2"

  /// The `$id` of the version's JSON Schema, claimed in the document's `standard`.
  var schema: String { "http://www.iptc.org/std/ninjs/ninjs-schema_\(rawValue).json#" }

  /// How the version spells a 3.1 property name: 2.x writes every key in lowercase and calls
  /// the embargo `embargoed`.
  func keyName(_ name: String) -> String {
    switch self {
    case .version31: name
    case .version22: name == "embargoedUntil" ? "embargoed" : name.lowercased()
    }
  }
}

/// The `formats.ninjs` settings.
public struct NinjsSettings: FormatSettings {
  /// The ninjs version.
  public var version = NinjsVersion.version31

  /// The defaults.
  public init() {}
}

/// IPTC ninjs (News in JSON): one document per story for subscribers.
public struct NinjsFormat: OutputFormat {
  /// `ninjs`.
  public let name = "ninjs"
  /// What the format is.
  public let summary = "an IPTC ninjs 3.1 document (or 2.2 with formats.ninjs.version)"
  /// One document per story.
  public let kind = FormatKind.story
  /// Subscribers get embargoed, withheld and canceled stories with their status.
  public let audience = Audience.subscribers
  /// Where the documents go.
  public let outputPattern = "ninjs/{slug}.json"
  /// `version`.
  public let optionKeys = ["version"]

  /// The ninjs format.
  public init() {}

  /// Applies `formats.ninjs.version`.
  public func configure(
    _ options: inout FormatOptions, key: String, value: YAMLField
  ) throws(Diagnostic) {
    options[NinjsSettings.self].version = try value.choice(of: NinjsVersion.self)
  }

  /// The story's ninjs document.
  public func render(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> RenderedOutput
  {
    var builder = NinjsBuilder(context: context)
    let document = builder.document(article)
    let json = document.json(context.options[NinjsSettings.self].version)
    return RenderedOutput(data: RecordCoding.prettyFile(json), warnings: builder.warnings)
  }

  /// The story's document as `ninjs/{slug}.json`.
  public func publish(_ article: Article, context: RenderContext) throws(Diagnostic)
    -> Publication
  {
    let document = try render(article, context: context)
    return Publication(
      files: [Publication.File(path: "ninjs/\(article.metadata.slug).json", data: document.data)],
      warnings: document.warnings)
  }
}

extension OutputFormat where Self == NinjsFormat {
  /// The `ninjs` format, for `as: .ninjs` where a format is expected.
  public static var ninjs: NinjsFormat { NinjsFormat() }
}
