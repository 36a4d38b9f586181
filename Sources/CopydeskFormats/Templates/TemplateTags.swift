import CopydeskCore
import Foundation

/// The tags of a Mustache template with their positions, for checks the Mustache library does
/// not make: sections closed in order (reported where they open) and names that no view model
/// has (which would render empty).
///
/// This only lists tags; rendering stays with the Mustache library.
struct TemplateTags {
  /// One `{{…}}` tag.
  struct Tag {
    /// The sigil after `{{`: `#`, `^`, `/`, `&`, `{`, `!`, `>`, `<`, `$`, `=`, `%`, or none.
    var sigil: Character?
    /// What the tag names, trimmed: `headline`, `picture.src`, `uppercased(headline)`.
    var content: String
    var line: Int
    var column: Int
  }

  /// The names sequences offer inside their sections (the Mustache library's
  /// `MustacheSequenceContext`).
  static let sequenceNames: Set<String> = ["first", "last", "index", "even", "odd"]

  /// The tags in order; nil when the template changes its delimiters (`{{=<% %>=}}`), whose
  /// tags this scan would not see.
  let tags: [Tag]?

  /// Lists the tags of `text`, in one pass over it.
  init(_ text: String) {
    var tags: [Tag] = []
    var line = 1
    var column = 1
    var position = text.startIndex
    /// Moves the line and column over `characters`.
    func advance(over characters: Substring) {
      for character in characters {
        if character == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      }
    }
    while let open = text[position...].range(of: "{{"),
      let close = text[open.upperBound...].range(of: "}}")
    {
      advance(over: text[position..<open.lowerBound])
      var inside = text[open.upperBound..<close.lowerBound]
      var end = close.upperBound
      let sigil: Character?
      if inside.first == "{" {
        sigil = "{"
        inside = inside.dropFirst()
        if end < text.endIndex, text[end] == "}" { end = text.index(after: end) }
      } else {
        inside = inside.drop { $0 == " " || $0 == "\t" }
        sigil = inside.first.flatMap { "#^/&!><$=%".contains($0) ? $0 : nil }
        if sigil != nil { inside = inside.dropFirst() }
      }
      if sigil == "=" {
        self.tags = nil
        return
      }
      tags.append(
        Tag(
          sigil: sigil, content: inside.trimmingCharacters(in: .whitespacesAndNewlines),
          line: line, column: column))
      advance(over: text[open.lowerBound..<end])
      position = end
    }
    self.tags = tags
  }

  /// The first section opened and not closed in order, as an error at the line where it
  /// opened (or at a closing tag that matches nothing).
  func unbalancedSection(file: String) -> Diagnostic? {
    var open: [Tag] = []
    for tag in tags ?? [] {
      switch tag.sigil {
      case "#", "^", "$", "<":
        open.append(tag)
      case "/":
        guard let last = open.popLast() else {
          return Diagnostic(
            .error, file: file, line: tag.line, column: tag.column,
            message: "{{/\(tag.content)}} closes a section that was never opened; remove it or "
              + "open the section with {{#\(tag.content)}}")
        }
        if last.content != tag.content {
          return Diagnostic(
            .error, file: file, line: last.line, column: last.column,
            message: "the section {{\(last.sigil.map(String.init) ?? "")\(last.content)}} opened "
              + "here is closed by {{/\(tag.content)}} on line \(tag.line); close it with "
              + "{{/\(last.content)}} first")
        }
      default:
        continue
      }
    }
    guard let unclosed = open.last else { return nil }
    return Diagnostic(
      .error, file: file, line: unclosed.line, column: unclosed.column,
      message: "the section {{\(unclosed.sigil.map(String.init) ?? "")\(unclosed.content)}} "
        + "opened here is never closed; add {{/\(unclosed.content)}} where it should end")
  }

  /// A warning for every value tag or section naming something no view model offers: it
  /// would render empty.
  func unknownNames(file: String, known: Set<String>) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    let names = known.union(Self.sequenceNames)
    for tag in tags ?? [] where [nil, "{", "&", "#", "^"].contains(tag.sigil) {
      for name in Self.names(in: tag.content) where !names.contains(name) {
        warnings.append(
          Diagnostic(
            .warning, file: file, line: tag.line, column: tag.column,
            message: "'\(name)' is not a value templates have"
              + "\(Suggestion.hint(for: name, among: names.sorted())), so it renders empty "
              + "(README.md, 'HTML templates', lists the values)"))
      }
    }
    return warnings
  }

  /// The names a tag's content looks up: each part of `a.b`, and the argument of a transform
  /// such as `uppercased(headline)`; none for `.`.
  static func names(in content: String) -> [String] {
    var path = Substring(content)
    if let open = path.lastIndex(of: "("), let close = path.firstIndex(of: ")"), open < close {
      path = path[path.index(after: open)..<close]
    }
    return path.split(separator: ".").map(String.init).filter { !$0.isEmpty }
  }
}
