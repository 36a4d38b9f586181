import CopydeskAST
import Foundation
import Testing

@testable import CopydeskReader

/// Stories are read on several threads at once, and every one is read as if alone.
///
/// cmark-gfm keeps the characters that start an extension's inline syntax (`~` for
/// strikethrough, `:` and `w` for autolinks) in one table for the whole process, added when a
/// parser's inline pass starts and removed when it ends: a story whose inline pass overlapped
/// another's end lost its strikethrough and bare-URL links.
@Suite struct CommonMarkConcurrencyTests {
  static let markdown = (1...40).map {
    "Line \($0) links https://example.com/\($0) and ~~drops~~ this.\n\n"
  }
  .joined()

  /// How many links and struck-through spans the paragraphs of `blocks` hold.
  static func counts(_ blocks: [Block]) -> (links: Int, struck: Int) {
    var links = 0
    var struck = 0
    func visit(_ inlines: [Inline]) {
      for inline in inlines {
        switch inline {
        case .link(_, _, let inner):
          links += 1
          visit(inner)
        case .strikethrough(let inner):
          struck += 1
          visit(inner)
        case .emphasis(let inner), .strong(let inner): visit(inner)
        default: break
        }
      }
    }
    for case .paragraph(let content) in blocks { visit(content) }
    return (links, struck)
  }

  @Test func storiesReadAtOnceKeepTheirExtensionSyntax() throws {
    let alone = try CommonMarkConverter.convert(Self.markdown, fileName: "a.md", firstLine: 1)
    let expected = Self.counts(alone.blocks)
    #expect(expected.links == 40 && expected.struck == 40)
    let results = ResultBox()
    DispatchQueue.concurrentPerform(iterations: 400) { index in
      let body = try? CommonMarkConverter.convert(
        Self.markdown, fileName: "s\(index).md", firstLine: 1)
      results.add(body.map { Self.counts($0.blocks) })
    }
    let differing = results.all.filter {
      $0?.links != expected.links || $0?.struck != expected.struck
    }
    #expect(differing.isEmpty, "\(differing.count) of 400 read differently: \(differing.prefix(5))")
  }

  /// What the threads found.
  final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [(links: Int, struck: Int)?] = []

    func add(_ counts: (links: Int, struck: Int)?) {
      lock.withLock { found.append(counts) }
    }

    var all: [(links: Int, struck: Int)?] { lock.withLock { found } }
  }
}
