import CopydeskAST
import CopydeskFormats
import CopydeskReader
import Foundation

/// What the fuzz targets do with one input: read it as a story and, for the full path, render it to
/// every format.
///
/// Any crash, hang or leak is a finding; errors are expected.
enum FuzzHarness {
  /// The harness chosen by `COPYDESK_FUZZ_TARGET`: `markdown`, `wire` or `render` (default).
  static let target = ProcessInfo.processInfo.environment["COPYDESK_FUZZ_TARGET"] ?? "render"

  private static let options = ReaderOptions(
    wireDate: Timestamp(secondsSinceEpoch: 1_772_612_100, offsetMinutes: 60),
    maximumFileSize: 1 << 20)

  /// Runs the chosen harness on `data`.
  static func run(_ data: Data) {
    switch target {
    case "markdown": _ = try? StoryReader.read(data: data, fileName: "fuzz.md", options: options)
    case "wire": _ = try? StoryReader.read(data: data, fileName: "fuzz.txt", options: options)
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
}
