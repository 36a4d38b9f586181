import CopydeskAST
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// Values that would make invalid output are refused where they are read, naming the file,
/// line and field with the accepted form; messages are in copydesk's words.
@Suite struct InputValidationTests {
  static func read(_ frontMatter: String, body: String = "Text.\n") throws(Diagnostic)
    -> ReadResult
  {
    try Stories.markdown("---\nheadline: H\n\(frontMatter)---\n\n\(body)")
  }

  static func message(_ frontMatter: String) -> String? {
    do throws(Diagnostic) {
      _ = try read(frontMatter)
      return nil
    } catch {
      return error.description
    }
  }

  static func configMessage(_ text: String) -> String? {
    do {
      _ = try ProjectConfig.parse(text, fileName: "copydesk.yml", root: URL(fileURLWithPath: "/"))
      return nil
    } catch {
      return error.description
    }
  }

  /// XML Schema's dateTime (NewsML-G2, Atom) has no year 0000 and no offset past ±14:00.
  @Test func datesEveryFormatCanCarry() throws {
    #expect(
      Self.message("date: 0000-01-01T00:00:00Z\n")
        == "story.md:3:7: error: 'date' is in the year 0000 ('0000-01-01T00:00:00Z'); dates run "
        + "from 0001-01-01 (XML Schema dateTime has no year zero)")
    #expect(
      Self.message("date: 2026-03-04T09:15:00+14:59\n")
        == "story.md:3:7: error: 'date' has the UTC offset +14:59 ('2026-03-04T09:15:00+14:59'); "
        + "offsets run from -14:00 to +14:00")
    #expect(Self.message("date: 2026-03-04T09:15:00-14:00\n") == nil)
    let clock = try CommandLineTool.run(
      ["render", "story.md", "--to", "ast", "--clock", "2026-03-04T09:15:00+15:00"],
      in: try NoCrashTests.folder())
    #expect(clock.status == 64)
  }

  @Test func configLanguageAndProviderAreChecked() {
    #expect(
      Self.configMessage("site:\n  language: \"zz-notalang-123456789\"\n")
        == "copydesk.yml:2:13: error: 'site.language' must be a BCP 47 tag such as en, de-CH or "
        + "ar, got 'zz-notalang-123456789'")
    #expect(
      Self.configMessage("provider:\n  id: 'a b:c\"<x>'\n")
        == "copydesk.yml:2:7: error: 'provider.id' must be a domain-like name of letters, digits, "
        + "dots and hyphens, such as example.com, got 'a b:c\"<x>'")
    #expect(
      Self.configMessage("site: {language: zh-Hant-TW}\nprovider: {id: news.example.org}\n") == nil)
  }

  @Test func embargoBeforeTheStoryDateIsRefused() {
    #expect(
      Self.message("date: 2026-03-04T09:15:00Z\nembargo: 2026-03-04T08:00:00Z\n")
        == "story.md:4: error: 'embargo' (2026-03-04T08:00:00Z) is before 'date' "
        + "(2026-03-04T09:15:00Z); an embargo holds a story until after it is written: move the "
        + "embargo later or remove it")
  }

  @Test func lineBreaksInValuesReadAsSpaces() throws {
    let article = try Stories.markdown(
      "---\nheadline: \"Title\\nNNNN\"\nbyline: \"By A\\nB\"\nsummary: |\n  One.\n  Two.\n"
        + "date: 2026-03-04T09:15:00Z\n---\n\nText.\n"
    ).article
    #expect(article.metadata.headline == "Title NNNN")
    #expect(article.metadata.byline.map(\.name) == ["A B"])
    #expect(article.metadata.summary == "One. Two.")
  }

  @Test func lineEndsOfEveryKindAndRepeatedByteOrderMarksAreRead() throws {
    let text = "---\rheadline: Old Mac\rdate: 2026-03-04T09:15:00Z\r---\r\rText.\r"
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    for data in [
      Data(text.utf8), Data(bom + bom + Array(Self.storyText.utf8)),
      Data(Self.storyText.replacing("\n", with: "\r\n").utf8),
    ] {
      let result = try StoryReader.read(data: data, fileName: "story.md")
      #expect(result.article.body == [.paragraph([.text("Text.")])])
    }
  }

  static let storyText = "---\nheadline: H\ndate: 2026-03-04T09:15:00Z\n---\n\nText.\n"

  @Test func renderNeverReplacesAPipeOrADevice() throws {
    let folder = try NoCrashTests.folder()
    let fifo = folder.appendingPathComponent("out.html")
    #expect(mkfifo(fifo.path, 0o644) == 0)
    let result = try CommandLineTool.run(
      ["render", "story.md", "--to", "html", "-o", "out.html"], in: folder)
    #expect(result.status == 73)
    #expect(
      result.standardError
        == "out.html: error: not a regular file, so it was left alone; choose another path for "
        + "-o, or leave -o out to write to standard output\n")
    var info = stat()
    #expect(lstat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
  }

  @Test func emptyHeadlineForNewIsAUsageError() throws {
    let folder = try ExternalValidator.temporaryFolder()
    let result = try CommandLineTool.run(["new", "  "], in: folder)
    #expect(result.status == 64)
    #expect(result.standardError.hasPrefix("Error: The headline is empty"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Stories").path))
  }

  @Test func aBuildListWithNoFormatIsRefused() {
    #expect(
      Self.configMessage("formats:\n  build: []\n")
        == "copydesk.yml:2:10: error: 'formats.build' names no format, so a build would publish "
        + "nothing; list at least one, such as [html, newsml, wire], or leave the key out for the "
        + "defaults")
  }

  @Test func stateDatabaseThatIsAFolderIsAClearError() throws {
    let project = try BuildTests.Project(["a.md": Self.storyText])
    try FileManager.default.createDirectory(
      at: project.output.appendingPathComponent(".copydesk/state.sqlite"),
      withIntermediateDirectories: true)
    do {
      _ = try project.build()
      Issue.record("the build ran on a folder for its state")
    } catch let error as Diagnostic {
      #expect(error.message == "refusing to open the build state: this is not a regular file")
    }
  }

  /// Messages name the problem in plain words, never a Foundation error domain.
  @Test func messagesAreInPlainWords() throws {
    let folder = try NoCrashTests.folder()
    let runs = [
      ["render", "story.md", "--to", "html", "--templates", "missing"],
      ["build", "--config", "missing.yml"],
      ["render", "story.md", "--to", "html", "-o", "missing/out.html"],
      ["render", "missing.md", "--to", "html"],
    ]
    let expected = [
      "missing: error: cannot read the templates folder: No such file or directory",
      "missing.yml: error: cannot read the config file: no such file",
      "missing/out.html: error: cannot write the output: cannot create a file in",
      "missing.md: error: no such file",
    ]
    for (arguments, message) in zip(runs, expected) {
      let result = try CommandLineTool.run(arguments, in: folder)
      #expect(result.status != 0)
      #expect(result.standardError.contains(message), "\(result.standardError)")
      #expect(!result.standardError.contains("NSCocoaErrorDomain"))
      #expect(!result.standardError.contains("could not be completed"))
    }
  }
}
