import ArgumentParser
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import Foundation

/// `copydesk formats`: the output formats, from the registry.
struct FormatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "formats",
    abstract: "List the output formats: name, kind, audience, where outputs go, what they are.",
    discussion: """
      Every format here works with `render --to`, `build --to`, `formats.build` and its own \
      `formats.<name>` section in copydesk.yml. Kind: story (one output per story) or \
      collection (pages over every story). Audience: public outputs never carry embargoed, \
      withheld or canceled stories; subscriber outputs carry them with their markers and \
      kills; editors' outputs carry drafts too. * marks the formats `build` writes by default. \
      Plugins (copydesk-render-<name> on PATH, or plugins: in copydesk.yml) are listed after \
      the built-in formats, with their command as the summary and their origin in the JSON.

      Examples:
        copydesk formats
        copydesk formats --format json | jq -r '.[].name'
      """
  )

  /// How the list is printed.
  enum Output: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(help: "text (a table) or json (an array of objects).")
  var format: Output = .text

  @OptionGroup var project: ProjectOptions

  func run() throws {
    let registry: FormatRegistry
    do throws(Diagnostic) {
      registry = try project.load().config.registry
    } catch {
      throw ExitStatus.cannotRun.fail(error)
    }
    let formats = registry.formats.map(Listing.init)
    switch format {
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      try StandardOutput.write(try encoder.encode(formats) + Data("\n".utf8))
    case .text:
      let header = Listing.Row(["name", "kind", "audience", "outputs", "summary"])
      let rows =
        [header]
        + formats.map {
          Listing.Row([
            $0.name + ($0.buildsByDefault ? "*" : ""), $0.kind, $0.audience, $0.outputs, $0.summary,
          ])
        }
      let widths = (0..<4).map { column in rows.map { $0.cells[column].count }.max() ?? 0 }
      for row in rows {
        let padded = (0..<4).map {
          row.cells[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0)
        }
        try StandardOutput.print((padded + [row.cells[4]]).joined(separator: "  "))
      }
    }
  }
}

/// One format as `copydesk formats` prints it.
private struct Listing: Encodable {
  /// A line of the text table.
  struct Row {
    let cells: [String]
    init(_ cells: [String]) { self.cells = cells }
  }

  let name: String
  let kind: String
  let audience: String
  let outputs: String
  let summary: String
  let origin: String
  let buildsByDefault: Bool
  let options: [String]

  init(_ format: any OutputFormat) {
    name = format.name
    kind = format.kind.rawValue
    audience = format.audience.rawValue
    outputs = format.outputPattern
    summary = format.summary
    origin = format.origin
    buildsByDefault = format.buildsByDefault
    options = format.optionKeys
  }
}
