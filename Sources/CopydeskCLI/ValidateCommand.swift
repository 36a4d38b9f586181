import ArgumentParser
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// `copydesk validate`: NewsML-G2 files against the official schema and copydesk's rules.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Validate NewsML-G2 files against the official IPTC schema and business rules.",
    discussion: """
      Compiles the schema once and checks every FILE: the XML Schema first, then the rules \
      it cannot express (guid is a URN; firstCreated <= versionCreated; no sig:update on \
      version 1; embargo after creation; known QCode schemes; inlineXML contenttype matches \
      its root). Files are parsed with network access off.

      The schema comes from --schema, else from $COPYDESK_NEWSML_SCHEMA: IPTC's \
      NewsML-G2_2.35-spec-All-Power.xsd with xml.xsd beside it (the examples call it \
      NewsML-G2.xsd).

      Examples:
        copydesk validate --schema NewsML-G2.xsd Output/newsml/*.xml
        COPYDESK_NEWSML_SCHEMA=/srv/xsd/NewsML-G2.xsd copydesk validate a.xml
        copydesk validate --format json item.xml     # one JSON object per line

      Warnings (a guid that is not a URN, a scheme alias an external catalog may declare) are \
      printed but do not make a file invalid.

      Exit status: 0 all valid, 1 any invalid, 2 usage error or no schema.
      """
  )

  @Argument(help: "NewsML-G2 files to check.")
  var files: [String]

  @Option(help: ArgumentHelp("The NewsML-G2 XSD (xml.xsd must sit beside it).", valueName: "xsd"))
  var schema: String?

  @Option(
    help: "How to print problems: text (file:line: error: message) or json (one object per line).")
  var format: DiagnosticFormat = .text

  func run() throws {
    let validator: NewsMLValidator
    do throws(Diagnostic) {
      let path = try NewsMLValidator.schemaPath(
        option: schema, environment: ProcessInfo.processInfo.environment)
      validator = try NewsMLValidator(schemaFile: path)
    } catch {
      throw ExitStatus.cannotRun.fail(error)
    }
    var invalid = 0
    for file in files {
      let problems = validator.validate(contentsOf: URL(fileURLWithPath: file), displayPath: file)
      if problems.contains(where: { $0.severity == .error }) { invalid += 1 }
      for problem in problems { try format.print(problem) }
    }
    if format == .text {
      StandardError.print("\(files.count - invalid) valid, \(invalid) invalid")
    }
    if invalid > 0 { throw ExitStatus.someFailed.exit }
  }
}
