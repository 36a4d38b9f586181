import CopydeskFormats
import Foundation
import Testing

@testable import CopydeskBuild

/// The build state's content fingerprints must not change between versions: a changed hash
/// makes a build rewrite what did not change, and a changed source hash loses a renamed story.
@Suite struct ContentHashTests {
  /// Outputs, records and pages: XXH64 with seed 0.
  ///
  /// The expected values are the reference implementation's (the `xxhash` Python package), for every path through the algorithm:
  /// under 4, 8 and 32 bytes, whole 32-byte rounds with 8-, 4- and 1-byte tails.
  @Test func outputsHashAsXXH64() {
    let samples: [(Data, String)] = [
      (Data(), "ef46db3751d8e999"), (Data("a".utf8), "d24ec4f1a98c6e5b"),
      (Data("abc".utf8), "44bc2cf5ad770999"), (Data("foobar".utf8), "a2aa05ed9085aaf9"),
      (Data(String(repeating: "0123456789", count: 10).utf8), "f80e7b96315afffa"),
      (Data((0..<768).map { UInt8($0 % 256) }), "8e03c838c596036f"),
    ]
    for (data, expected) in samples {
      #expect(ContentHash.of(data) == "2:" + expected, "\(data.count) bytes")
    }
  }

  /// Story sources: published FNV-1a 64-bit test vectors, as every version has recorded them.
  @Test func sourcesHashAsFNV1a64() {
    #expect(ContentHash.identity(of: Data()) == "cbf29ce484222325")
    #expect(ContentHash.identity(of: Data("a".utf8)) == "af63dc4c8601ec8c")
    #expect(ContentHash.identity(of: Data("foobar".utf8)) == "85944171f73967e8")
  }

  /// A hash recorded in either form is recognized for the same bytes, and for no other.
  @Test func recordedHashesMatchInTheFormTheyWereRecorded() {
    let data = Data("<p>Harbour strike ends</p>".utf8)
    let changed = Data("<p>Harbour strike ends.</p>".utf8)
    for recorded in [ContentHash.of(data), ContentHash.identity(of: data)] {
      #expect(ContentHash.matches(data, recorded: recorded))
      #expect(!ContentHash.matches(changed, recorded: recorded))
    }
  }

  /// A state written by a version that hashed outputs with FNV-1a: an output only touched is
  /// recognized, one edited by hand is written again with a warning, and a removed story's
  /// outputs, unchanged, are deleted; nothing else changes.
  @Test func outputsRecordedWithFNV1aAreRecognized() throws {
    let project = try BuildTests.Project([
      "a.md": BuildTests.story("Alpha story", "slug: alpha"),
      "b.md": BuildTests.story("Beta story", "slug: beta"),
    ])
    _ = try project.build()
    let before = try project.tree()
    let state = project.output.appendingPathComponent(".copydesk/state.sqlite").path
    let paths = try CommandLineTool.shell(
      "sqlite3 '\(state)' 'SELECT path FROM output'", in: project.root
    ).standardOutput.split(separator: "\n").map(String.init)
    #expect(paths.contains("html/beta.html"))
    let updates = try paths.map { path in
      let data = try Data(contentsOf: project.output.appendingPathComponent(path))
      return "UPDATE output SET hash = '\(ContentHash.identity(of: data))' WHERE path = '\(path)';"
    }
    #expect(
      try CommandLineTool.shell("sqlite3 '\(state)' \"\(updates.joined())\"", in: project.root)
        .status == 0)
    let touched = project.output.appendingPathComponent("html/alpha.html")
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: touched.path)
    try Data("edited by hand".utf8).write(
      to: project.output.appendingPathComponent("newsml/alpha.xml"))
    try FileManager.default.removeItem(at: project.stories.appendingPathComponent("b.md"))

    let report = try project.build()
    let warnings = report.diagnostics.map(\.message)
    #expect(
      warnings.filter { $0.hasSuffix("it is written again") }.count == 1, "\(warnings)")
    #expect(!warnings.contains { $0.hasPrefix("left in place") }, "\(warnings)")
    #expect(Set(report.removed).isSuperset(of: ["html/beta.html", "newsml/beta.xml"]))
    let after = try project.tree()
    let alpha = before.filter { $0.key.contains("alpha") }
    #expect(alpha.count >= 3)
    for (path, data) in alpha { #expect(after[path] == data, "\(path)") }
  }

  /// Several texts hash as their length-prefixed concatenation, whatever their shape.
  @Test func partsHashAsTheirLengthPrefixedConcatenation() {
    let samples: [[String]] = [
      [], [""], ["", ""], ["a", "bc"], ["ab", "c"], ["0/3", "cbf29ce484222325"],
      ["€uro", "naïve café", String(repeating: "long text ", count: 40)],
    ]
    for parts in samples {
      let joined = parts.map { "\($0.utf8.count):\($0)" }.joined()
      #expect(ContentHash.identity(of: parts) == ContentHash.identity(of: Data(joined.utf8)))
    }
    #expect(ContentHash.identity(of: ["a", "bc"]) != ContentHash.identity(of: ["ab", "c"]))
  }
}
