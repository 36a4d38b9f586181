import CopydeskAST
import CopydeskBuild
import CopydeskFormats
import Foundation

/// The real validator of each format, as a receiver would check the file.
enum FormatValidators {
  /// The problems the format's validator finds in `file`; a format without a validator is one.
  static func problems(in file: URL, format: any OutputFormat) throws -> [String] {
    let data = try Data(contentsOf: file)
    switch format.name {
    case "ast":
      // The AST's JSON form is the plugin protocol: it must match its schema and read back as
      // the same article.
      guard let document = try? JSONDecoder().decode(ASTDocument.self, from: data) else {
        return ["the AST does not decode as an AST document"]
      }
      let again = try ASTFormat().render(
        document.article, context: RenderContext(sourceFile: "golden"))
      return (again.data == data ? [] : ["the AST does not survive a round trip"])
        + (try outcome(ExternalValidator.jsonSchema(Paths.astSchema, [file])))
    case "html": return try outcome(ExternalValidator.nuHTMLChecker(folder: isolated(file)))
    case "newsml":
      let validator = try NewsMLValidator(schemaFile: Paths.newsMLSchema.path)
      return validator.validate(data, fileName: file.lastPathComponent)
        .filter { $0.severity == .error }.map(\.description)
        + (try NewsMLBodies.problems(data))
    case "wire": return OutputChecks.wire(data)
    case "jsonfeed": return try outcome(ExternalValidator.jsonFeedSchema([file]))
    case "ninjs": return try outcome(ExternalValidator.ninjsSchema(version: "3.1", [file]))
    case "atom": return try outcome(ExternalValidator.readAtom([file]))
    default: return ["no validator for the \(format.name) format"]
    }
  }

  /// The file alone in a new folder, for validators that check a whole folder.
  private static func isolated(_ file: URL) throws -> URL {
    let folder = try ExternalValidator.temporaryFolder()
    try FileManager.default.copyItem(
      at: file, to: folder.appendingPathComponent(file.lastPathComponent))
    return folder
  }

  /// A validator run's problems: none when it exits 0, else what it printed.
  private static func outcome(_ outcome: ExternalValidator.Outcome) -> [String] {
    outcome.status == 0 ? [] : [outcome.output]
  }
}
