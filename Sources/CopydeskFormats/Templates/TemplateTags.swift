import CopydeskCore
import Foundation

/// The tags of a Mustache template with their positions, for checks the Mustache library does
/// not make: sections closed in order (reported where they open) and not nested without bound,
/// templates included by name only, and names that no view model has (which would render
/// empty).
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

  /// The deepest sections may nest.
  ///
  /// The Mustache library parses and renders a section inside another by recursion, so
  /// thousands of levels stall a build or overflow the stack; a page needs a handful.
  static let maximumDepth = 100

  /// The tags in order, delimiter changes (`{{=<% %>=}}`) followed as the library follows them;
  /// the scan stops at a delimiter change the library refuses.
  let tags: [Tag]

  /// Lists the tags of `text`, in one pass over it.
  init(_ text: String) {
    var tags: [Tag] = []
    var line = 1
    var column = 1
    var position = text.startIndex
    var delimiters = (open: "{{", close: "}}")
    // The library scopes a delimiter change to the section it is made in: each open section
    // keeps the delimiters to go back to after its closing tag.
    var outer: [(open: String, close: String)] = []
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
    while let open = text[position...].range(of: delimiters.open),
      let close = text[open.upperBound...].range(of: delimiters.close)
    {
      advance(over: text[position..<open.lowerBound])
      var inside = text[open.upperBound..<close.lowerBound]
      var end = close.upperBound
      let sigil: Character?
      if inside.first == "{" {
        sigil = "{"
        inside = inside.dropFirst()
        if inside.last == "}" {
          inside = inside.dropLast()
        } else if end < text.endIndex, text[end] == "}" {
          end = text.index(after: end)
        }
      } else {
        inside = inside.drop { $0 == " " || $0 == "\t" }
        sigil = inside.first.flatMap { "#^/&!><$=%".contains($0) ? $0 : nil }
        if sigil != nil { inside = inside.dropFirst() }
      }
      let tag = Tag(
        sigil: sigil, content: inside.trimmingCharacters(in: .whitespacesAndNewlines),
        line: line, column: column)
      advance(over: text[open.lowerBound..<end])
      position = end
      switch sigil {
      case "=":
        guard let changed = Self.delimiters(in: inside) else {
          self.tags = tags
          return
        }
        delimiters = changed
        continue
      case "#", "^", "$", "<":
        outer.append(delimiters)
      case "/":
        delimiters = outer.popLast() ?? delimiters
      default:
        break
      }
      tags.append(tag)
    }
    self.tags = tags
  }

  /// The new delimiters of a `{{=<% %>=}}` tag's content (`<% %>=`): two words and a closing
  /// `=`, as the library reads them; nil when the library refuses them.
  private static func delimiters(in content: Substring) -> (open: String, close: String)? {
    guard content.last == "=" else { return nil }
    let words = content.dropLast().split(whereSeparator: \.isWhitespace)
    guard words.count == 2, !words[1].contains("=") else { return nil }
    return (String(words[0]), String(words[1]))
  }

  /// The first section opened and not closed in order, as an error at the line where it
  /// opened (or at a closing tag that matches nothing).
  func unbalancedSection(file: String) -> Diagnostic? {
    var open: [Tag] = []
    for tag in tags {
      switch tag.sigil {
      case "#", "^", "$", "<":
        open.append(tag)
        if open.count > Self.maximumDepth {
          return Diagnostic(
            .error, file: file, line: tag.line, column: tag.column,
            message: "this section is nested \(open.count) deep, more than the "
              + "\(Self.maximumDepth) copydesk renders; close some sections before opening more")
        }
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

  /// The templates this one includes (`{{> name}}`) or extends (`{{< name}}`), in order.
  var inclusions: [String] {
    tags.filter { $0.sigil == ">" || $0.sigil == "<" }.map(\.content)
  }

  /// An error at the first inclusion whose template is named by a value (`{{>*genre}}`): the
  /// value may come from a story, so a story could make a template include itself without
  /// end, which no check at load can rule out.
  func dynamicInclusion(file: String) -> Diagnostic? {
    guard
      let tag = tags.first(where: {
        ($0.sigil == ">" || $0.sigil == "<") && $0.content.first == "*"
      })
    else { return nil }
    return Diagnostic(
      .error, file: file, line: tag.line, column: tag.column,
      message: "{{\(tag.sigil.map(String.init) ?? "")\(tag.content)}} includes the template a "
        + "value names, and a value (a story's genre, say) could name one that includes itself "
        + "without end; include templates by name ({{> name}}) and choose with sections "
        + "({{#value}}…{{/value}})")
  }

  /// A warning for every value tag or section naming something no view model offers: it
  /// would render empty.
  func unknownNames(file: String, known: Set<String>) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    let names = known.union(Self.sequenceNames)
    for tag in tags where [nil, "{", "&", "#", "^"].contains(tag.sigil) {
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
