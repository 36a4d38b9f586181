import Foundation

/// Trimming whitespace, without Foundation's character-set scan when there is none to trim:
/// most front-matter values and links have none.
public enum EdgeTrimming {
  /// True when `text` starts and ends with visible ASCII (U+0021 to U+007E), so there is no
  /// whitespace to trim.
  public static func hasVisibleEdges(_ text: String) -> Bool {
    let visible: ClosedRange<UInt8> = 0x21...0x7E
    guard let first = text.utf8.first, let last = text.utf8.last else { return false }
    return visible.contains(first) && visible.contains(last)
  }

  /// `text` without leading and trailing whitespace and line breaks.
  public static func trimmed(_ text: String) -> String {
    hasVisibleEdges(text) ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
