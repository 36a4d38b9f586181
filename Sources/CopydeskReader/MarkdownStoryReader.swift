import CopydeskAST
import CopydeskCore

/// Reads Markdown stories with YAML front matter (story-format.md §1).
enum MarkdownStoryReader {
  /// Reads one story's text (already checked to be UTF-8).
  static func read(_ text: String, fileName: String, options: ReaderOptions) throws(Diagnostic)
    -> ReadResult
  {
    let normalized =
      ByteScan.any(in: text) { ByteScan.flag($0 == UInt8(ascii: "\r")) }
      ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    let parts = try FrontMatter.split(normalized, fileName: fileName)
    var decoder = FrontMatterDecoder(fileName: fileName, options: options)
    var draft =
      try parts.yaml.map { yaml throws(Diagnostic) in try decoder.decode(yaml) } ?? MetadataDraft()
    try MarkdownShapeLimits.check(
      parts.body, fileName: fileName, firstLine: parts.bodyFirstLine)
    var body = try CommonMarkConverter.convert(
      parts.body, fileName: fileName, firstLine: parts.bodyFirstLine)
    if draft.headline == nil, case .heading(1, let content)? = body.blocks.first {
      draft.headline = content.plainText.trimmingCharacters(in: .whitespaces)
      body.blocks.removeFirst()
    }
    let metadata = try MetadataBuilder.build(
      draft, fileName: fileName, options: options, earlier: decoder.errors)
    return ReadResult(
      article: Article(metadata: metadata, body: body.blocks),
      warnings: decoder.warnings + body.warnings, keyLines: draft.lines)
  }
}
