import ArgumentParser
import CopydeskAST
import CopydeskBuild
import CopydeskCore
import Foundation

/// What every desk command takes: the story, the clock and the project.
struct DeskOptions: ParsableArguments {
  @Argument(
    help: "The story file (.md; for raw wire copy .txt, its sidecar NAME.txt.yml is edited).")
  var story: String

  @Option(
    help: ArgumentHelp(
      "The time of the change (RFC 3339), written as 'updated'; default now.", valueName: "time"))
  var clock: Timestamp?

  @OptionGroup var project: ProjectOptions

  /// Applies `action` and prints what it did; errors exit 65 with the reason.
  func apply(_ action: DeskAction) throws {
    let outcome: DeskEdit.Outcome
    do throws(Diagnostic) {
      let loaded = try project.load()
      outcome = try DeskEdit.apply(
        action, to: story, clock: clock ?? .nowInLocalOffset(), config: loaded.config)
    } catch {
      throw ExitStatus.badInput.fail(error)
    }
    try StandardOutput.print(outcome.summary)
  }
}

/// `copydesk correct`: a correction, sent as a new version of the story.
struct CorrectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "correct",
    abstract: "Correct a story: version + 1, 'updated', and a correction note.",
    discussion: """
      Rewrites only the story's metadata (the front matter of a .md story, the sidecar \
      NAME.txt.yml of raw wire copy), atomically, keeping comments, key order and every byte \
      of the body. The next build sends the new version to every format: NewsML-G2 with \
      sig:correction and the note as an edNote, wire text with a correction line, the page \
      with its corrections box.

      Examples:
        copydesk correct Stories/welcome.md --note "The vote was 31 to 12."
        copydesk correct Wire/ferry.txt --note "The ferry was the Nordlys."
      """)

  @OptionGroup var desk: DeskOptions

  @Option(help: "What was wrong and what is right, as readers will see it.")
  var note: String

  func run() throws { try desk.apply(.correct(note: note)) }
}

/// `copydesk update`: a write-through with new facts.
struct UpdateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update",
    abstract: "Mark a story updated (a write-through): version + 1 and 'updated'.",
    discussion: """
      Edit the story's text first, then run update so subscribers get it as a new version \
      (NewsML-G2 sig:update, a write-through in wire text) under the same guid.

      Examples:
        copydesk update Stories/welcome.md
        copydesk update Stories/welcome.md --note "Adds the mayor's comment."
      """)

  @OptionGroup var desk: DeskOptions

  @Option(help: "An editor's note for subscribers about what changed.")
  var note: String?

  func run() throws { try desk.apply(.update(note: note)) }
}

/// `copydesk kill`: withdraw a published story.
struct KillCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kill",
    abstract: "Kill a story: subscribers are told to delete it; its page and feed entry go.",
    discussion: """
      Sets status: canceled with the reason as the editor's note, as a new version. The next \
      build removes the page and the feed entries and sends kill notices (NewsML-G2 \
      stat:canceled, KILL in wire text) without the killed text.

      Examples:
        copydesk kill Stories/welcome.md --reason "Legal: withdrawn."
      """)

  @OptionGroup var desk: DeskOptions

  @Option(help: "Why the story is withdrawn; subscribers see it.")
  var reason: String

  func run() throws { try desk.apply(.kill(reason: reason)) }
}

/// `copydesk withhold`: hold a story back.
struct WithholdCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "withhold",
    abstract: "Withhold a story: its page and feed entry go until it is released.",
    discussion: """
      Sets status: withheld with the reason as the editor's note, as a new version. \
      Subscribers get the item marked stat:withheld; to release it, set status: usable and \
      run update.

      Examples:
        copydesk withhold Stories/welcome.md --reason "Hold for confirmation."
      """)

  @OptionGroup var desk: DeskOptions

  @Option(help: "Why the story is held; subscribers see it.")
  var reason: String

  func run() throws { try desk.apply(.withhold(reason: reason)) }
}
