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
      its root). Files are parsed once, with network access off, on every core; problems \
      print in the order the files were given.

      The schema comes from --schema, else from $COPYDESK_NEWSML_SCHEMA: IPTC's \
      NewsML-G2_2.35-spec-All-Power.xsd with xml.xsd beside it (the examples call it \
      NewsML-G2.xsd).

      Examples:
        copydesk validate --schema NewsML-G2.xsd Output/newsml/*.xml
        copydesk validate --schema NewsML-G2.xsd Output/newsml     # every .xml in it
        COPYDESK_NEWSML_SCHEMA=/srv/xsd/NewsML-G2.xsd copydesk validate a.xml
        copydesk validate --format json item.xml     # one JSON object per line

      Warnings (a guid that is not a URN, a scheme alias an external catalog may declare) are \
      printed but do not make a file invalid.

      Exit status: 0 all valid, 1 any invalid, 2 usage error or no schema.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "NewsML-G2 files to check; a folder stands for the .xml files directly in it.",
      valueName: "file-or-folder"))
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
    let files: [String]
    do throws(Diagnostic) {
      files = try Self.expand(self.files)
    } catch {
      throw ExitStatus.cannotRun.fail(error)
    }
    var invalid = 0
    let jobs = max(1, ProcessInfo.processInfo.activeProcessorCount)
    // Chunks keep the output flowing and only a chunk's problems in memory.
    for start in stride(from: 0, to: files.count, by: jobs * 64) {
      let chunk = Array(files[start..<min(start + jobs * 64, files.count)])
      for problems in Self.problems(in: chunk, validator: validator, jobs: jobs) {
        if problems.contains(where: { $0.severity == .error }) { invalid += 1 }
        for problem in problems { try format.print(problem) }
      }
    }
    if format == .text {
      StandardError.print("\(files.count - invalid) valid, \(invalid) invalid")
    }
    if invalid > 0 { throw ExitStatus.someFailed.exit }
  }

  /// The files to check: each argument that is a folder is replaced by the `.xml` regular files
  /// directly in it, by name (links are not followed); anything else stays as given.
  static func expand(_ arguments: [String]) throws(Diagnostic) -> [String] {
    var files: [String] = []
    for argument in arguments {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder),
        isFolder.boolValue
      else {
        files.append(argument)
        continue
      }
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: argument)
      } catch {
        throw Diagnostic(
          .error, file: argument, message: "cannot list the folder: \(SystemError.reason(error))")
      }
      let folder = argument.hasSuffix("/") ? argument : argument + "/"
      for name in names.sorted() where name.hasSuffix(".xml") && !name.hasPrefix(".") {
        var info = stat()
        if lstat(folder + name, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
          files.append(folder + name)
        }
      }
    }
    return files
  }

  /// Each file's problems, in the files' order, checked on `jobs` threads.
  private static func problems(in files: [String], validator: NewsMLValidator, jobs: Int)
    -> [[Diagnostic]]
  {
    let results = ResultSlots<[Diagnostic]>(count: files.count)
    ParallelWork.forEach(count: files.count, jobs: jobs) { index in
      let file = files[index]
      results.store(validator.validate(fileAt: file, displayPath: file), at: index)
    }
    return results.values
  }
}
