import ArgumentParser
import CopydeskAST
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import Foundation

/// `copydesk init`: a new project skeleton.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create copydesk.yml, a Stories folder with a sample story, and an Output folder.",
    discussion: """
      Existing files are never overwritten. With --templates, copies of the built-in HTML \
      templates go into Templates/ for you to edit.

      Examples:
        copydesk init                 # in the current folder
        copydesk init newsroom --templates
      """
  )

  @Argument(help: "The project folder (default: the current folder).")
  var folder = "."

  @Flag(help: "Also copy the built-in HTML templates into Templates/.")
  var templates = false

  func run() throws {
    let result: (created: [String], kept: [String])
    do throws(Diagnostic) {
      result = try ProjectScaffold.initialize(
        URL(fileURLWithPath: folder), copyTemplates: templates, now: .nowInLocalOffset())
    } catch {
      throw ExitStatus.cannotWrite.fail(error)
    }
    for path in result.created { try StandardOutput.print("created \(folder)/\(path)") }
    for path in result.kept {
      try StandardOutput.print("kept    \(folder)/\(path) (already there)")
    }
    let enter = folder == "." ? "" : "cd \(folder) && "
    try StandardOutput.print(
      "next: \(enter)copydesk new \"Your headline\" && copydesk build, then open "
        + "Output/html/index.html")
  }
}

/// `copydesk new`: a new draft story with its front matter filled in.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Start a new story: a draft with headline and date (now, with offset) filled in.",
    discussion: """
      Examples:
        copydesk new "Harbour reopens after strike"
        copydesk new "Council votes on budget" --dir Examples/Stories
      """
  )

  @Argument(help: "The headline; quotes are optional (copydesk new Harbour reopens).")
  var words: [String] = []

  /// The headline: the words given, joined by spaces.
  var headline: String { words.joined(separator: " ") }

  @Option(
    help: ArgumentHelp(
      "Where to write the story (default: paths.stories from copydesk.yml, else Stories).",
      valueName: "dir"))
  var dir: String?

  func validate() throws {
    guard headline.contains(where: { !$0.isWhitespace }) else {
      throw ValidationError(
        "The headline is empty; give the story's headline, as in copydesk new \"Harbour reopens\".")
    }
  }

  func run() throws {
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let url: URL
    do throws(Diagnostic) {
      let folder: URL
      if let dir {
        folder = URL(fileURLWithPath: dir)
      } else if let configURL = ProjectConfig.find(from: here) {
        let config = try ProjectConfig.load(configURL)
        folder = config.resolve(config.storiesPath)
      } else {
        folder = here.appendingPathComponent("Stories")
      }
      url = try ProjectScaffold.newStory(headline: headline, in: folder, now: .nowInLocalOffset())
    } catch {
      throw ExitStatus.cannotWrite.fail(error)
    }
    try StandardOutput.print("created \(url.path)")
  }
}
