import ArgumentParser
import CopydeskBuild
import CopydeskFormats
import Foundation

/// The `copydesk` command: publish one story to every format a newsroom distributes.
@main
struct CopydeskCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "copydesk",
    abstract: "Publish news stories to HTML, NewsML-G2, wire text, ninjs, JSON Feed and Atom.",
    discussion: """
      A story is a Markdown file with YAML front matter (.md) or raw wire copy (.txt). \
      copydesk reads it into a typed article and renders it to the formats you ask for.

      Examples (in a project made by copydesk init):
        copydesk check                    # every problem of every story at once
        copydesk build                    # every story in Stories/ to Output/
        copydesk render Stories/welcome.md --to ast
        copydesk render Stories/welcome.md --to html -o welcome.html
        copydesk render Stories/welcome.md --to newsml -o welcome.xml
        copydesk validate --schema NewsML-G2_2.35-spec-All-Power.xsd welcome.xml
        copydesk render wire.txt --to ast --date 2026-03-04T09:15:00+01:00
        copydesk formats                  # every format, its audience and paths
        copydesk serve                    # preview at http://127.0.0.1:8080/

      Exit status: 0 success, 1 a story or format failed (build, check), 2 cannot run, \
      64 usage error, 65 bad story, 73 cannot write output.

      Shell completions: copydesk --generate-completion-script bash|zsh|fish
      """,
    version: CopydeskVersion.current,
    subcommands: [
      BuildCommand.self, CheckCommand.self, RenderCommand.self, ValidateCommand.self,
      FormatsCommand.self, InitCommand.self, NewCommand.self, CorrectCommand.self,
      UpdateCommand.self, KillCommand.self, WithholdCommand.self, HistoryCommand.self,
      ServeCommand.self,
    ]
  )

  /// Runs the command line; a reader that closes the pipe early (`| head`) makes writes fail
  /// with a message and exit status 73 instead of killing copydesk with SIGPIPE.
  static func main() async {
    signal(SIGPIPE, SIG_IGN)
    await main(nil)
  }
}
