import ArgumentParser
import CopydeskAST
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskServe
import Foundation

/// `copydesk serve`: a live preview of every format while a story is written.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Preview every story in every format, rebuilt and reloaded as you write.",
    discussion: """
      Builds the project into a preview folder (default .copydesk-preview beside \
      copydesk.yml, never the publishing output unless --out names it), drafts and \
      embargoed stories included, and serves it on loopback. Saving a story, a template, a \
      static file or copydesk.yml rebuilds what changed, and every open page reloads itself; \
      a story that fails shows its errors, with the source line, in an overlay on the page.

      The desk view at /_desk/ lists every story with its state; /_desk/<slug> shows its \
      page beside its NewsML-G2 item (validated with --schema), wire text with its control \
      characters and a column ruler, ninjs and its JSON Feed entry.

      Examples:
        copydesk serve
        copydesk serve --port 9000 --schema NewsML-G2.xsd
        copydesk serve Stories --host 0.0.0.0     # let others on the network see it
      """)

  @Argument(help: "The stories folder (default: paths.stories from copydesk.yml, else Stories).")
  var stories: String?

  @Option(help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "port"))
  var port = 8080

  @Option(help: ArgumentHelp("The address to listen on.", valueName: "address"))
  var host = "127.0.0.1"

  @Option(
    name: .customLong("out"),
    help: ArgumentHelp("The preview folder (default: .copydesk-preview).", valueName: "dir"))
  var output: String?

  @Option(help: ArgumentHelp("The NewsML-G2 XSD the desk view validates with.", valueName: "xsd"))
  var schema: String?

  @OptionGroup var project: ProjectOptions

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535.") }
  }

  func run() async throws {
    let (project, stories, output) = (self.project, self.stories, self.output)
    let load: @Sendable () throws(Diagnostic) -> BuildSettings = { () throws(Diagnostic) in
      let loaded = try project.load()
      var settings = BuildSettings(
        config: loaded.config, version: CopydeskVersion.current, clock: .now())
      settings.templates = loaded.templates
      if let stories {
        settings.storiesFolder = URL(fileURLWithPath: stories)
        settings.displayPrefix = stories
      }
      settings.outputFolder =
        output.map { URL(fileURLWithPath: $0) }
        ?? loaded.config.root.appendingPathComponent(".copydesk-preview")
      settings.previewsEverything = true
      return settings
    }
    let first: BuildSettings
    do throws(Diagnostic) {
      first = try load()
    } catch {
      throw ExitStatus.cannotRun.fail(error)
    }
    let config = first.config
    var settings = PreviewSettings(
      load: load,
      watched: [
        first.storiesFolder, config.resolve(config.templatesPath),
        config.resolve(config.staticPath), config.root.appendingPathComponent("copydesk.yml"),
      ])
    settings.host = host
    settings.port = port
    if schema != nil || ProcessInfo.processInfo.environment["COPYDESK_NEWSML_SCHEMA"] != nil {
      do throws(Diagnostic) {
        settings.validator = try NewsMLValidator(
          schemaFile: try NewsMLValidator.schemaPath(
            option: schema, environment: ProcessInfo.processInfo.environment))
      } catch {
        throw ExitStatus.cannotRun.fail(error)
      }
    }
    settings.onReady = { address in
      StandardError.print("serving \(address) (desk: \(address)_desk/); Ctrl-C stops")
    }
    settings.onBuild = { summary in StandardError.print(summary) }
    try await PreviewServer.run(settings, first: first)
  }
}
