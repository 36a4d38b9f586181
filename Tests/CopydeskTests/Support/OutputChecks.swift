import CopydeskBuild
import CopydeskFormats
import CopydeskXML
import Foundation
import Testing

/// Checks every rendered output must pass, whatever the story: the safety properties of
/// DEVELOPERS.md and the hardening issue, applied to HTML, NewsML-G2, wire text and JSON Feed.
enum OutputChecks {
  /// Every problem found in `data` rendered as `format`; empty when it is safe and valid.
  static func problems(_ data: Data, format: any OutputFormat) -> [String] {
    switch format.name {
    case "html": return html(String(decoding: data, as: UTF8.self), fragment: false)
    case "newsml": return newsML(data)
    case "wire": return wire(data)
    case "jsonfeed": return jsonFeed(data)
    case "ninjs": return ninjs(data)
    case "atom": return atom(data)
    case "ast":
      return (try? JSONSerialization.jsonObject(with: data)) == nil ? ["AST is not JSON"] : []
    default: return ["no safety check for the \(format.name) format"]
    }
  }

  /// HTML: no script but our JSON-LD, no event-handler attributes, only allowed URL schemes.
  static func html(_ text: String, fragment: Bool) -> [String] {
    var problems: [String] = []
    let lowered = text.lowercased()
    let scripts = lowered.components(separatedBy: "<script").count - 1
    let allowedScripts = fragment ? 0 : 1
    if scripts != allowedScripts { problems.append("\(scripts) <script> elements") }
    if !fragment, !lowered.contains("<script type=\"application/ld+json\">") {
      problems.append("the JSON-LD script is missing")
    }
    if lowered.contains("</script")
      && lowered.components(separatedBy: "</script").count - 1 != allowedScripts
    {
      problems.append("a stray </script>")
    }
    for name in attributeNames(in: lowered) where name.hasPrefix("on") {
      problems.append("event handler attribute: \(name)")
    }
    for match in lowered.matches(of: #/(?:href|src)\s*=\s*"([^"]*)"/#) {
      let value = String(match.output.1).trimmingCharacters(in: .whitespaces)
      if let colon = value.firstIndex(of: ":"), !value[..<colon].contains("/"),
        !value[..<colon].contains("?"),
        !value[..<colon].contains("#")
      {
        let scheme = value[..<colon]
        if !["http", "https", "mailto"].contains(String(scheme)) {
          problems.append("URL scheme \(scheme): \(value)")
        }
      }
    }
    for tag in ["<iframe", "<object", "<embed", "<style>body", "<svg", "<img src=x"]
    where lowered.contains(tag) {
      problems.append("raw markup \(tag)")
    }
    return problems
  }

  /// The attribute names of every tag, skipping quoted values, so text inside a value
  /// (escaped, and harmless) is never taken for an attribute.
  static func attributeNames(in html: String) -> [String] {
    var names: [String] = []
    let characters = Array(html.unicodeScalars)
    var index = 0
    while index < characters.count {
      guard characters[index] == "<", index + 1 < characters.count,
        characters[index + 1].properties.isAlphabetic
      else {
        index += 1
        continue
      }
      index += 1
      while index < characters.count, !characters[index].properties.isWhitespace,
        characters[index] != ">"
      {
        index += 1
      }
      var name = ""
      while index < characters.count, characters[index] != ">" {
        let character = characters[index]
        if character == "\"" || character == "'" {
          if !name.isEmpty { names.append(name) }
          name = ""
          index += 1
          while index < characters.count, characters[index] != character { index += 1 }
        } else if character == "=" || character.properties.isWhitespace || character == "/" {
          if !name.isEmpty { names.append(name) }
          name = ""
        } else {
          name.unicodeScalars.append(character)
        }
        index += 1
      }
      if !name.isEmpty { names.append(name) }
    }
    return names
  }

  /// NewsML-G2: well-formed XML (so no XML-illegal characters), one newsItem root.
  static func newsML(_ data: Data) -> [String] {
    do {
      let root = try XMLReader.parse(data, fileName: "item.xml")
      return root.name == "newsItem" ? [] : ["root is \(root.name)"]
    } catch {
      return error.problems.map(\.description)
    }
  }

  /// Wire: ASCII only, every line within 69 columns unless it is one long word, and exactly
  /// one of each framing character in IPTC 7901 output.
  static func wire(_ data: Data) -> [String] {
    var problems: [String] = []
    if let bad = data.first(where: { $0 >= 0x80 }) { problems.append("non-ASCII byte \(bad)") }
    for control: UInt8 in [0x01, 0x02, 0x03, 0x04] where data.filter({ $0 == control }).count != 1 {
      problems.append("\(data.filter { $0 == control }.count) bytes 0x0\(control)")
    }
    let text = String(decoding: data, as: UTF8.self)
    for line in text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    {
      let visible = line.filter { ($0.asciiValue ?? 0x20) >= 0x20 }
      if visible.count > 69 && visible.split(separator: " ").count > 1 {
        problems.append("line of \(visible.count) columns")
      }
    }
    return problems
  }

  /// JSON Feed: parses as JSON, and each item's HTML passes the HTML check.
  static func jsonFeed(_ data: Data) -> [String] {
    guard let feed = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
      return ["the feed is not a JSON object"]
    }
    let items = feed["items"] as? [[String: Any]] ?? []
    return items.flatMap { html($0["content_html"] as? String ?? "", fragment: true) }
  }

  /// ninjs: parses as JSON, its rich-text bodies pass the HTML check, the picture is http(s).
  static func ninjs(_ data: Data) -> [String] {
    guard let document = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
      return ["the ninjs document is not a JSON object"]
    }
    let bodies = document["bodies"] as? [[String: Any]] ?? []
    var problems = bodies.filter { $0["role"] as? String == "richtext" }.flatMap {
      html($0["value"] as? String ?? "", fragment: true)
    }
    for association in document["associations"] as? [[String: Any]] ?? [] {
      let uri = association["uri"] as? String ?? ""
      if !uri.hasPrefix("https://") && !uri.hasPrefix("http://") {
        problems.append("association URI '\(uri)'")
      }
    }
    return problems
  }

  /// Atom: well-formed XML with a `feed` root, and each entry's HTML content passes the HTML
  /// check once the XML escaping is undone.
  static func atom(_ data: Data) -> [String] {
    do {
      let root = try XMLReader.parse(data, fileName: "atom.xml")
      guard root.name == "feed" else { return ["root is \(root.name)"] }
      return root.elements(named: "entry").flatMap { entry in
        entry.elements(named: "content").flatMap { html($0.text, fragment: true) }
      }
    } catch {
      return error.problems.map(\.description)
    }
  }

  /// Renders the story file at `url` to every format and checks each output; a story that
  /// cannot be read or rendered is reported through `read`.
  static func renderAndCheck(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    for format in FormatRegistry.builtIn.formats {
      let rendering: StoryRendering
      do {
        rendering = try StoryRenderer.render(
          contentsOf: url, as: format, options: Stories.options,
          context: RenderContext(sourceFile: url.lastPathComponent, site: Stories.site),
          preview: true)
      } catch {
        // The wire renderer refuses non-Latin stories in ASCII, as it should.
        let refusedScript = error.message.hasPrefix(
          "the story is mostly in a script ascii cannot carry")
        if format.name == "wire" && refusedScript { continue }
        throw error
      }
      let found = problems(rendering.output.data, format: format)
      #expect(
        found.isEmpty, "\(url.lastPathComponent) as \(format.name): \(found)",
        sourceLocation: sourceLocation)
    }
  }
}
