import CopydeskAST
import CopydeskBuild
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// Property tests: random stories, built from hostile and ordinary pieces by a seeded
/// generator, always render to safe, well-formed output in every format.
@Suite struct RandomStoryPropertyTests {
  /// A small deterministic generator (SplitMix64), so every run tests the same stories.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
  }

  static let words = [
    "harbour", "vote", "<script>", "</script>", "&amp;", "&", "<", ">", "\"", "'", "]]>", "<!--",
    "\u{01}", "\u{1B}",
    "\u{7F}", "\u{FFFE}", "\u{202E}", "\u{200B}", "Erdoğan", "“quoted”", "–", "…", "東京", "اجتماع",
    "🙂", "*", "_", "`",
    "\\", "[x]", "#", "|", "<b onclick=x()>", "javascript:alert(1)", "\t", "a\u{0301}",
  ]
  static let urls = [
    "https://example.com/a", "/relative", "javascript:alert(1)", "JAVASCRIPT:x", "data:text/html,x",
    "vbscript:x", "mailto:desk@example.com", "&#106;avascript:x", "#anchor",
    "http://example.com/<x>",
  ]

  /// Random words, after one ordinary word so that no field is only white space or controls.
  static func text<G: RandomNumberGenerator>(_ generator: inout G, words count: Int) -> String {
    "news "
      + (0..<count).map { _ in words.randomElement(using: &generator) ?? "x" }.joined(
        separator: " ")
  }

  static func yamlQuoted(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": escaped += "\\\\"
      case "\"": escaped += "\\\""
      case "\t": escaped += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE {
          escaped += "\\u" + String(format: "%04X", scalar.value)
        } else {
          escaped.unicodeScalars.append(scalar)
        }
      }
    }
    return "\"\(escaped)\""
  }

  static func story(seed: UInt64) -> String {
    var generator = SeededGenerator(state: seed)
    var lines = [
      "---",
      "headline: \(yamlQuoted(text(&generator, words: Int.random(in: 1...8, using: &generator)) + " \(seed)"))",
      "date: 2026-03-04T09:15:00+01:00",
      "summary: \(yamlQuoted(text(&generator, words: 6)))",
      "ednote: \(yamlQuoted("NEVER-PUBLIC " + text(&generator, words: 3)))",
      "byline: [{name: \(yamlQuoted(text(&generator, words: 2))), role: reporter, url: \(yamlQuoted(urls[Int.random(in: 0..<urls.count, using: &generator)]))}]",
      "dateline: {city: \(yamlQuoted(text(&generator, words: 1))), country: \(yamlQuoted(text(&generator, words: 1)))}",
      "keywords: [\(yamlQuoted(text(&generator, words: 1))), \(yamlQuoted(text(&generator, words: 2)))]",
      "image: {url: \(yamlQuoted(urls[Int.random(in: 0..<urls.count, using: &generator)])), caption: \(yamlQuoted(text(&generator, words: 3)))}",
      "---", "",
    ]
    for _ in 0..<Int.random(in: 1...8, using: &generator) {
      let body = text(&generator, words: Int.random(in: 1...30, using: &generator))
      let url = urls[Int.random(in: 0..<urls.count, using: &generator)]
      switch Int.random(in: 0..<9, using: &generator) {
      case 0: lines.append("## " + body)
      case 1: lines.append("> " + body)
      case 2: lines.append("- " + body + "\n- [link](<\(url)>)")
      case 3: lines.append("| a | b |\n|---|:-:|\n| \(body) | x |")
      case 4: lines.append("```\n" + body + "\n```")
      case 5: lines.append("![alt \(body)](<\(url)> \"cap | credit\")")
      case 6: lines.append("*\(body)* **[\(body)](<\(url)>)** ~~\(body)~~")
      default: lines.append(body)
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  @Test(arguments: Array(stride(from: UInt64(1), through: 120, by: 1)))
  func randomStoryRendersSafely(seed: UInt64) throws {
    let folder = try ExternalValidator.temporaryFolder()
    let url = folder.appendingPathComponent("random-\(seed).md")
    try Data(Self.story(seed: seed).utf8).write(to: url)
    do {
      _ = try StoryReader.read(
        contentsOf: url, displayPath: url.lastPathComponent, options: Stories.options)
    } catch {
      // Some random stories are rightly refused (say, a headline of only spaces); the
      // property under test is that whatever is accepted renders safely.
      return
    }
    try OutputChecks.renderAndCheck(url)
    for format in [FormatRegistry.builtIn.format(named: "html")!, JSONFeedFormat()] {
      guard let data = try? Stories.render(url, as: format).output.data else { continue }
      #expect(!String(decoding: data, as: UTF8.self).contains("NEVER-PUBLIC"))
    }
  }

  @Test func mostRandomStoriesAreAccepted() throws {
    var accepted = 0
    for seed in UInt64(1)...120 {
      let data = Data(Self.story(seed: seed).utf8)
      if (try? StoryReader.read(data: data, fileName: "r.md", options: Stories.options)) != nil {
        accepted += 1
      }
    }
    #expect(
      accepted >= 100, "only \(accepted) of 120 random stories were read; the generator is off")
  }
}
