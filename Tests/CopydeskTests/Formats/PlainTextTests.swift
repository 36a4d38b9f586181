import Foundation
import Testing

@testable import CopydeskFormats

/// Quotes and list items in plain text (`content_text`, the NewsML-G2 text rendition) carry
/// their marker or indent on every following line, by the same rule Foundation's replacement
/// of "\n" applied.
@Suite struct PlainTextTests {
  @Test(arguments: [
    "", "one line", "two\nlines", "\nleading", "trailing\n", "\n\n", "crlf\r\nline",
    "é\nü\n中文\n", "a\u{0301}\nb", "🇺🇦\n\n🇺🇦", "tab\n\tindented",
  ])
  func everyLineFeedGetsTheContinuation(_ text: String) {
    for continuation in ["> ", "   ", ""] {
      #expect(
        PlainText.continuing(text, with: continuation)
          == text.replacingOccurrences(of: "\n", with: "\n" + continuation))
    }
  }

  /// Foundation's replacement skips a line feed followed by a combining mark; the next line
  /// still begins there, so it gets the continuation too.
  @Test func aLineStartingWithACombiningMarkIsContinued() {
    #expect(
      PlainText.continuing("a\n\u{0301}b\r\n\u{0301}", with: "> ") == "a\n> \u{0301}b\r\n> \u{0301}"
    )
  }
}
