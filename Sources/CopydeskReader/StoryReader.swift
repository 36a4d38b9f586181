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
  /// The file line of each front-matter key the story gives, for messages about its value.
  public var keyLines: [String: Int] = [:]
}

/// Reads story files of either source form (story-format.md §1 and §2) into articles.
public enum StoryReader {
  /// The file extensions read as Markdown with front matter.
  public static let markdownExtensions: Set<String> = ["md", "markdown"]
  /// The file extensions read as raw wire copy.
  public static let wireCopyExtensions: Set<String> = ["txt"]

  /// The lowercased extension of the path's last name (`md` for `a/B.MD`), empty when it has
  /// none; `NSString.pathExtension` without bridging, for discovery's thousands of names.
  public static func fileExtension(of path: String) -> String {
    // From the end, on bytes: builds look at every story's extension on every run.
    let bytes = path.utf8
    var index = bytes.endIndex
    while index > bytes.startIndex {
      let before = bytes.index(before: index)
      switch bytes[before] {
      case UInt8(ascii: "/"):
        return ""
      case UInt8(ascii: "."):
        // A name that starts with its only dot (`.profile`) has no extension.
        let isFirst =
          before == bytes.startIndex || bytes[bytes.index(before: before)] == UInt8(ascii: "/")
        return isFirst ? "" : path[index...].lowercased()
      default:
        index = before
      }
    }
    return ""
  }
  /// The file extension of AST documents (`story.ast.json`), which `render` reads.
  public static let astExtension = "json"

  /// Reads the story at `url`, with its sidecar when it is raw wire copy that has one;
  /// `displayPath` is how diagnostics name the file.
  public static func read(
    contentsOf url: URL, displayPath: String? = nil, options: ReaderOptions = ReaderOptions()
  ) throws(Diagnostic) -> ReadResult {
    let name = displayPath ?? url.path
    let data = try RegularFile.read(
      url.path, display: name, limit: sizeLimit(of: name, options: options),
      limitKey: "limits.story_bytes in copydesk.yml"
    ).data
    let sidecar = try Sidecar.read(
      besideStory: url.path, display: name, limit: options.maximumFileSize, followLinks: true)
    return try read(data: data, fileName: name, options: options, sidecar: sidecar)
  }

  /// The largest file read as `fileName`: the story limit, or eight times it for an AST
  /// document, whose pretty JSON is that much larger than the story it holds.
  static func sizeLimit(of fileName: String, options: ReaderOptions) -> Int {
    let isAST = fileExtension(of: fileName) == astExtension
    return isAST ? options.maximumFileSize * 8 : options.maximumFileSize
  }

  /// Reads a story from bytes, the form chosen by the file name's extension; raw wire copy
  /// takes the desk's metadata from `sidecar`.
  public static func read(
    data: Data, fileName: String, options: ReaderOptions = ReaderOptions(),
    sidecar: Sidecar? = nil
  ) throws(Diagnostic) -> ReadResult {
    let fileExtension = fileExtension(of: fileName)
    if fileExtension == astExtension {
      let limit = sizeLimit(of: fileName, options: options)
      guard data.count <= limit else {
        throw Diagnostic(
          .error, file: fileName, key: "limits.story_bytes",
          message: "the AST document is \(data.count) bytes, over the limit of \(limit)")
      }
      return try ASTStoryReader.read(data, fileName: fileName)
    }
    let isWireCopy = wireCopyExtensions.contains(fileExtension)
    guard isWireCopy || markdownExtensions.contains(fileExtension) else {
      throw Diagnostic(
        .error, file: fileName,
        message: "unknown story type '.\(fileExtension)'; expected .md or .markdown (Markdown "
          + "with front matter), .txt (raw wire copy) or .json (an AST document)")
    }
    let (text, warnings) = try SourceText.decode(
      data, fileName: fileName, limit: options.maximumFileSize)
    var result: ReadResult
    do throws(Diagnostic) {
      result =
        isWireCopy
        ? try WireCopyReader.read(text, fileName: fileName, options: options, sidecar: sidecar)
        : try MarkdownStoryReader.read(text, fileName: fileName, options: options)
    } catch {
      throw error.withExcerpt(from: text, file: fileName).withExcerpt(
        from: sidecar?.text ?? "", file: sidecar?.fileName ?? "")
    }
    result.source = text
    result.warnings = (warnings + result.warnings).map {
      $0.withExcerpt(from: text, file: fileName).withExcerpt(
        from: sidecar?.text ?? "", file: sidecar?.fileName ?? "")
    }
    return result
  }
}
