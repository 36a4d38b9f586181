public import CopydeskAST
public import CopydeskCore
public import Foundation

/// An article read from a file, with the warnings found on the way.
public struct ReadResult: Sendable {
  /// The article.
  public var article: Article
  /// Problems that did not stop the reading, in source order.
  public var warnings: [Diagnostic]
  /// The story's text as read, for renderers that point at source lines.
  public var source: String = ""
}

/// Reads story files of either source form (story-format.md §1 and §2) into articles.
public enum StoryReader {
  /// The file extensions read as Markdown with front matter.
  public static let markdownExtensions: Set<String> = ["md", "markdown"]
  /// The file extensions read as raw wire copy.
  public static let wireCopyExtensions: Set<String> = ["txt"]

  /// Reads the story at `url`; `displayPath` is how diagnostics name the file.
  public static func read(
    contentsOf url: URL, displayPath: String? = nil, options: ReaderOptions = ReaderOptions()
  ) throws(Diagnostic) -> ReadResult {
    let name = displayPath ?? url.path
    let data = try RegularFile.read(
      url.path, display: name, limit: options.maximumFileSize,
      limitKey: "limits.story_bytes in copydesk.yml"
    ).data
    return try read(data: data, fileName: name, options: options)
  }

  /// Reads a story from bytes; the form is chosen by the file name's extension.
  public static func read(
    data: Data, fileName: String, options: ReaderOptions = ReaderOptions()
  ) throws(Diagnostic) -> ReadResult {
    let fileExtension = (fileName as NSString).pathExtension.lowercased()
    let isWireCopy = wireCopyExtensions.contains(fileExtension)
    guard isWireCopy || markdownExtensions.contains(fileExtension) else {
      throw Diagnostic(
        .error, file: fileName,
        message: "unknown story type '.\(fileExtension)'; expected .md or .markdown (Markdown "
          + "with front matter) or .txt (raw wire copy)")
    }
    let (text, warnings) = try SourceText.decode(
      data, fileName: fileName, limit: options.maximumFileSize)
    var result =
      isWireCopy
      ? try WireCopyReader.read(text, fileName: fileName, options: options)
      : try MarkdownStoryReader.read(text, fileName: fileName, options: options)
    result.source = text
    result.warnings = warnings + result.warnings
    return result
  }
}
