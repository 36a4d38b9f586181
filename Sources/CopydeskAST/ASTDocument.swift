/// The versioned JSON form of an article: the plugin protocol and `--to ast` output.
///
/// `{"copydesk-ast": "1.0", "metadata": {…}, "body": […]}`; the schema is
/// `Schemas/copydesk-ast-1.schema.json`. A reader accepts every 1.x document and refuses
/// another major version.
public struct ASTDocument: Codable, Sendable, Hashable {
  /// The version written: major 1, minor 0.
  public static let version = "1.0"
  /// The key that carries the version.
  public static let versionKey = "copydesk-ast"

  /// The article.
  public var article: Article

  /// Wraps `article` for writing.
  public init(_ article: Article) {
    self.article = article
  }

  private enum CodingKeys: String, CodingKey {
    case version = "copydesk-ast"
    case metadata, body
  }

  /// Why a document cannot be read.
  public enum VersionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The document has no version marker.
    case missing
    /// The document's major version is not one copydesk reads.
    case unsupported(String)

    /// The problem in one sentence, with what is accepted.
    public var description: String {
      switch self {
      case .missing:
        "the document has no \"copydesk-ast\" version; an AST document starts with "
          + "\"copydesk-ast\": \"\(ASTDocument.version)\""
      case .unsupported(let found):
        "the document is copydesk-ast version \(found); this copydesk reads version 1.x"
      }
    }
  }

  /// Reads a document of any 1.x version.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    guard let found = try container.decodeIfPresent(String.self, forKey: .version) else {
      throw VersionError.missing
    }
    guard found.split(separator: ".").first == "1" else { throw VersionError.unsupported(found) }
    article = Article(
      metadata: try container.decode(Metadata.self, forKey: .metadata),
      body: try container.decode([Block].self, forKey: .body))
  }

  /// Writes the version, then the article's metadata and body.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(Self.version, forKey: .version)
    try container.encode(article.metadata, forKey: .metadata)
    try container.encode(article.body, forKey: .body)
  }
}
