import CopydeskAST
import CopydeskBuild
import CopydeskFormats
import CopydeskReader
import Foundation

/// What the fuzz targets do with one input: read it as a story and, for the full path, render it
/// to every format; or load it as a template set or a copydesk.yml and use it.
///
/// Any crash, hang or leak is a finding; errors are expected.
enum FuzzHarness {
  /// The harness chosen by `COPYDESK_FUZZ_TARGET`: `markdown`, `wire`, `render` (default),
  /// `templates` or `config`.
  static let target = ProcessInfo.processInfo.environment["COPYDESK_FUZZ_TARGET"] ?? "render"

  private static let options = ReaderOptions(
    wireDate: Timestamp(secondsSinceEpoch: 1_772_612_100, offsetMinutes: 60),
    maximumFileSize: 1 << 20)

  /// Builds the values every run shares before the first input, so that the leak checker does
  /// not take their one-time allocation for a leak of that input.
  static func prepare() {
    _ = TemplateSet.defaults
    _ = FormatRegistry.builtIn
  }

  /// Runs the chosen harness on `data`.
  static func run(_ data: Data) {
    switch target {
    case "markdown": _ = try? StoryReader.read(data: data, fileName: "fuzz.md", options: options)
    case "wire": _ = try? StoryReader.read(data: data, fileName: "fuzz.txt", options: options)
    case "templates": renderWithTemplates(data)
    case "config": loadConfig(data)
    default: renderEverything(data)
    }
  }

  /// Reads the bytes as Markdown, then as wire copy, and renders each article to every format.
  private static func renderEverything(_ data: Data) {
    for name in ["fuzz.md", "fuzz.txt"] {
      guard
        let article = try? StoryReader.read(data: data, fileName: name, options: options).article
      else {
        continue
      }
      for format in FormatRegistry.builtIn.formats {
        _ = try? format.render(article, context: RenderContext(sourceFile: name))
      }
    }
  }

  /// The story every template set renders: one with every field filled in.
  ///
  /// It is read anew for each input: an article kept across inputs is reported as a leak, since the leak checker
  /// cannot follow pointers that Swift's enum layouts tag.
  static func sampleArticle() -> Article? {
    let story = """
      ---
      headline: Harbour reopens
      subhead: Ferries run again
      date: 2026-03-04T09:15:00+01:00
      byline: [{name: Ana Ruiz, role: reporter}]
      dateline: {city: Rotterdam, country: Netherlands}
      image: {url: /media/a.jpg, caption: Cranes, credit: Lea Brandt, alt: Cranes}
      corrections: [{date: 2026-03-04T10:00:00+01:00, note: Fixed a name.}]
      ---

      The port *reopened*.
      """
    return try? StoryReader.read(data: Data(story.utf8), fileName: "fuzz.md").article
  }

  /// Splits the bytes at NUL into up to five template texts (article, byline, head, index,
  /// style), loads them over the defaults, and renders the story page and an index page.
  private static func renderWithTemplates(_ data: Data) {
    let names = TemplateSet.names
    var templates: [String: String] = [:]
    for (index, part) in data.split(separator: 0, omittingEmptySubsequences: false).prefix(5)
      .enumerated()
    {
      templates[names[index]] = String(decoding: part, as: UTF8.self)
    }
    guard let article = sampleArticle(), let set = try? TemplateSet(overriding: templates) else {
      return
    }
    let context = RenderContext(sourceFile: "fuzz.md", templates: set)
    _ = try? HTMLFormat().render(article, context: context)
  }

  /// Reads the bytes as a copydesk.yml and, when it loads, reads a story with its settings and
  /// renders it to every format it builds.
  private static func loadConfig(_ data: Data) {
    guard
      let config = try? ProjectConfig.parse(
        String(decoding: data, as: UTF8.self), fileName: "copydesk.yml",
        root: URL(fileURLWithPath: "/nonexistent"))
    else { return }
    let story = "---\nheadline: Harbour reopens\ndate: 2026-03-04T09:15:00+01:00\n---\n\nText.\n"
    guard
      let article = try? StoryReader.read(
        data: Data(story.utf8), fileName: "fuzz.md", options: config.readerOptions
      ).article
    else { return }
    let context = RenderContext(
      sourceFile: "fuzz.md", site: config.site, options: config.options, layout: config.layout())
    for format in FormatRegistry.builtIn.formats where config.formats.contains(format.name) {
      _ = try? format.render(article, context: context)
    }
  }
}
