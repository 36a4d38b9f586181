import CopydeskBuild
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// The kitchen-sink fixture uses every front-matter key and every Markdown construct the
/// AST has; its AST JSON is pinned by a golden file.
@Suite struct KitchenSinkTests {
  static let fixture = Paths.fixtures.appendingPathComponent("kitchen-sink.md")

  @Test func astMatchesGolden() throws {
    let rendering = try Stories.render(Self.fixture, as: .ast)
    try expectGolden(rendering.output.data, named: "kitchen-sink.ast.json")
  }

  @Test func rawHTMLMarkupIsDroppedWithItsLine() throws {
    let result = try StoryReader.read(
      contentsOf: Self.fixture, displayPath: "kitchen-sink.md", options: Stories.options)
    #expect(
      result.warnings.map(\.description) == [
        "kitchen-sink.md:87:1: warning: raw HTML is not allowed in stories; its markup was "
          + "dropped and its text kept",
        "kitchen-sink.md:89:11: warning: raw HTML '<span>' is not allowed and was dropped",
        "kitchen-sink.md:89:28: warning: raw HTML '</span>' is not allowed and was dropped",
      ])
  }

  @Test func renderingTwiceGivesTheSameBytes() throws {
    let first = try Stories.render(Self.fixture, as: .ast)
    let second = try Stories.render(Self.fixture, as: .ast)
    #expect(first.output.data == second.output.data)
  }
}
