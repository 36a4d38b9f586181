public import CopydeskCore
import Foundation
import Yams

/// Edits a story's metadata as text: a Markdown story's front matter, or a raw wire copy's
/// sidecar, leaving every other byte as it was.
///
/// Only the lines of the keys it sets change: comments, key order and the body stay. Yams
/// finds where each top-level key is; the edit itself is a replacement of those lines.
public struct MetadataEditor {
  /// What the text is.
  public enum Document: Sendable {
    /// A Markdown story: YAML between `---` lines, then the body (never touched).
    case frontMatter
    /// A sidecar file: one YAML mapping, nothing else.
    case sidecar
  }

  /// The text before the YAML (the opening `---` line), kept as it was.
  private var head: String
  /// The YAML's lines, without their line ends.
  private var lines: [String]
  /// The text after the YAML (the closing `---` line and the body), kept as it was.
  private var tail: String
  /// The file's line end, `\n` or `\r\n`.
  private let lineEnd: String
  private let fileName: String

  /// Opens `text` for editing; YAML that cannot be read is an error naming `fileName`.
  public init(text: String, document: Document, fileName: String) throws(Diagnostic) {
    self.fileName = fileName
    lineEnd = text.contains("\r\n") ? "\r\n" : "\n"
    var yaml = text
    (head, tail) = ("", "")
    if document == .frontMatter {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      if let first = lines.first, Self.isDelimiter(first),
        let close = lines.dropFirst().firstIndex(where: { Self.isDelimiter($0) || $0 == "..." })
      {
        head = String(first) + "\n"
        yaml = lines[1..<close].joined(separator: "\n")
        tail = lines[close...].joined(separator: "\n")
        if close > 1 { yaml += "\n" }
      } else {
        // No front matter yet: one is added before the body.
        head = "---" + lineEnd
        yaml = ""
        tail = "---" + lineEnd + text
      }
    }
    lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    if lines.last == "" { lines.removeLast() }
    _ = try topLevel()
  }

  /// The edited text.
  public var text: String {
    head + lines.map { $0 + lineEnd }.joined() + tail
  }

  /// True when `key` is given at the top level.
  public func has(_ key: String) throws(Diagnostic) -> Bool {
    try topLevel().contains { $0.key == key }
  }

  /// The whole number `key` holds at the top level, when it holds one.
  public func integer(_ key: String) throws(Diagnostic) -> Int? {
    try topLevel().first { $0.key == key }?.value.wholeNumber
  }

  /// Sets `key` to `value` (YAML text, such as `2` or a quoted string), replacing its lines, or
  /// adding it after the last key.
  public mutating func set(_ key: String, to value: String) throws(Diagnostic) {
    let entry = "\(key): \(value)"
    if let found = try topLevel().first(where: { $0.key == key }) {
      lines.replaceSubrange(found.lines, with: [entry])
    } else {
      lines.insert(entry, at: try endOfKeys())
    }
  }

  /// Appends `item` (YAML flow text, such as `{date: …, note: "…"}`) to the list `key`,
  /// creating the list when there is none.
  public mutating func append(_ key: String, item: String) throws(Diagnostic) {
    guard let found = try topLevel().first(where: { $0.key == key }) else {
      lines.insert(contentsOf: ["\(key):", "  - \(item)"], at: try endOfKeys())
      return
    }
    let valueLines = lines[found.lines]
    if case .sequence = found.value,
      let firstItem = valueLines.dropFirst().first(where: {
        $0.trimmingCharacters(in: .whitespaces).hasPrefix("-")
      })
    {
      // A block list: one more item, indented as the first one.
      let indent = firstItem.prefix { $0 == " " }
      lines.insert("\(indent)- \(item)", at: found.lines.upperBound)
    } else if case .sequence = found.value, let last = valueLines.last,
      let close = last.lastIndex(of: "]")
    {
      // A flow list: the item goes before its closing bracket.
      let isEmpty = found.value.sequence?.isEmpty ?? true
      var edited = last
      edited.insert(contentsOf: (isEmpty ? "" : ", ") + item, at: close)
      lines[found.lines.upperBound - 1] = edited
    } else {
      // No value yet (`corrections:` alone): the list starts here.
      lines.replaceSubrange(found.lines, with: ["\(key):", "  - \(item)"])
    }
  }

  /// `text` as a double-quoted YAML string (JSON's escapes, which YAML reads the same way).
  public static func quoted(_ text: String) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .withoutEscapingSlashes
    return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
  }

  /// Each top-level key with its value and the range of lines it spans (comments and blank
  /// lines after it belong to what follows).
  private func topLevel() throws(Diagnostic) -> [(key: String, value: Node, lines: Range<Int>)] {
    let yaml = lines.joined(separator: "\n")
    let offset = head.isEmpty ? 0 : 1
    guard let root = try YAMLField.document(yaml, fileName: fileName, lineOffset: offset) else {
      return []
    }
    guard case .mapping(let mapping) = root.node else {
      throw root.diagnostic("the metadata must be a mapping of keys to values")
    }
    let starts = mapping.map {
      ($0.key.scalar?.string ?? "", $0.value, ($0.key.mark?.line ?? 1) - 1)
    }
    return starts.enumerated().map { index, entry in
      let next = index + 1 < starts.count ? starts[index + 1].2 : lines.count
      var end = next
      while end > entry.2 + 1, Self.isTrivia(lines[end - 1]) { end -= 1 }
      return (entry.0, entry.1, entry.2..<end)
    }
  }

  /// The line after the last key's value: where a new key goes.
  private func endOfKeys() throws(Diagnostic) -> Int {
    try topLevel().last?.lines.upperBound ?? lines.count
  }

  private static func isTrivia(_ line: String) -> Bool {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty || trimmed.hasPrefix("#")
  }

  private static func isDelimiter(_ line: Substring) -> Bool {
    let line = line.hasSuffix("\r") ? line.dropLast() : line
    return line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
  }
}
