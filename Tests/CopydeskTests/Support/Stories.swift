import CopydeskAST
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// Helpers to read stories written inline in tests.
enum Stories {
  /// A fixed date for raw wire copy, so test results never depend on the clock.
  static let wireDate = Timestamp(secondsSinceEpoch: 1_775_547_000, offsetMinutes: 120)

  /// Options with the fixed wire date.
  static let options = ReaderOptions(wireDate: wireDate)

  /// Reads Markdown text as the file `story.md`.
  static func markdown(_ text: String, options: ReaderOptions = options) throws(Diagnostic)
    -> ReadResult
  {
    try StoryReader.read(data: Data(text.utf8), fileName: "story.md", options: options)
  }

  /// Reads front matter lines followed by a one-paragraph body.
  static func frontMatter(_ lines: String, options: ReaderOptions = options) throws(Diagnostic)
    -> ReadResult
  {
    try markdown("---\n\(lines)\n---\n\nBody text.\n", options: options)
  }

  /// The error thrown while reading `text` as Markdown, or nil if it read cleanly.
  static func markdownError(_ text: String) -> Diagnostic? {
    do {
      _ = try markdown(text)
      return nil
    } catch {
      return error
    }
  }
}

extension Stories {
  /// The site the HTML tests publish to.
  static let site = SiteSettings(
    title: "Example News", baseURL: "https://news.example.com/", publisher: "Example News Ltd")

  /// Renders the story file at `url` to `format` with the fixed options and test site; a story
  /// the format's audience may not get yet renders as a preview.
  static func render(
    _ url: URL, as format: some OutputFormat, name: String? = nil, site: SiteSettings = site
  ) throws(Diagnostic) -> StoryRendering {
    try StoryRenderer.render(
      contentsOf: url, as: format, options: options,
      context: RenderContext(sourceFile: name ?? url.lastPathComponent, site: site), preview: true)
  }
}
