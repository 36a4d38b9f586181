import ArgumentParser
import CopydeskAST
import CopydeskBuild
import CopydeskCore
import Foundation

/// `copydesk history`: every version of a story that builds sent, and what each format wrote.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Show every version of a story that was sent, when, and what each format wrote.",
    discussion: """
      Reads the build state in the output folder (OUTPUT/.copydesk/state.sqlite): the \
      story's guid, slug and first publication, then one line per version with its status \
      and the build's clock, and the outputs written for it.

      Examples:
        copydesk history Stories/welcome.md
        copydesk history Stories/welcome.md --out /srv/site
      """)

  @Argument(help: "The story file, in the project's stories folder.")
  var story: String

  @Option(name: .customLong("out"), help: ArgumentHelp("The output folder.", valueName: "dir"))
  var output: String?

  @OptionGroup var project: ProjectOptions

  func run() throws {
    let history: StoryHistory?
    do throws(Diagnostic) {
      let loaded = try project.load()
      history = try StoryHistory.load(
        story: story, config: loaded.config, outputFolder: output.map { URL(fileURLWithPath: $0) })
    } catch {
      throw ExitStatus.cannotRun.fail(error)
    }
    guard let history else {
      throw ExitStatus.badInput.fail(
        Diagnostic(
          .error, file: story,
          message: "no build has published this story here yet; run copydesk build first"))
    }
    try StandardOutput.print("\(story): \(history.guid)")
    try StandardOutput.print(
      "slug \(history.slug), first published \(RFC3339.format(history.firstPublished))")
    for sending in history.versions {
      try StandardOutput.print("v\(sending.version)  \(sending.sentAt)  \(sending.status)")
      for output in sending.outputs {
        try StandardOutput.print(
          "    \(output.format.padding(toLength: 9, withPad: " ", startingAt: 0)) \(output.path)")
      }
    }
  }
}
