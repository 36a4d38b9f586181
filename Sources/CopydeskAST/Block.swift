/// A block-level element of a story body (story-format.md §3).
public indirect enum Block: Sendable, Hashable {
  /// A paragraph of inline content.
  case paragraph([Inline])
  /// A section heading; `level` is 1 to 6.
  case heading(level: Int, content: [Inline])
  /// A quoted passage.
  case blockQuote([Block])
  /// A bulleted (`ordered == false`) or numbered list; each item is a list of blocks. A
  /// tight list (no blank line between its items) shows its paragraphs without spacing.
  case list(ordered: Bool, start: Int, tight: Bool, items: [[Block]])
  /// Preformatted text, with an optional language name from the fence.
  case codeBlock(language: String?, text: String)
  /// A thematic break between sections.
  case thematicBreak
  /// A table: one header row, body rows, and one alignment per column.
  case table(header: [[Inline]], rows: [[[Inline]]], alignments: [TableAlignment])
  /// A picture with its caption and credit.
  case figure(image: ImageReference)
}

/// The horizontal alignment of a table column.
public enum TableAlignment: String, Codable, Sendable, Hashable {
  /// No alignment given.
  case none
  /// Left-aligned.
  case left
  /// Centred.
  case center
  /// Right-aligned.
  case right
}
