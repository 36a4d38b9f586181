import Foundation
import Testing

@testable import CopydeskBuild

/// The build state's content fingerprints must not change between versions: a changed hash
/// makes a build rewrite what did not change.
@Suite struct ContentHashTests {
  /// Published FNV-1a 64-bit test vectors.
  @Test func bytesHashAsFNV1a64() {
    #expect(ContentHash.of(Data()) == "cbf29ce484222325")
    #expect(ContentHash.of(Data("a".utf8)) == "af63dc4c8601ec8c")
    #expect(ContentHash.of(Data("foobar".utf8)) == "85944171f73967e8")
  }

  /// Several texts hash as their length-prefixed concatenation, whatever their shape.
  @Test func partsHashAsTheirLengthPrefixedConcatenation() {
    let samples: [[String]] = [
      [], [""], ["", ""], ["a", "bc"], ["ab", "c"], ["0/3", "cbf29ce484222325"],
      ["€uro", "naïve café", String(repeating: "long text ", count: 40)],
    ]
    for parts in samples {
      let joined = parts.map { "\($0.utf8.count):\($0)" }.joined()
      #expect(ContentHash.of(parts) == ContentHash.of(Data(joined.utf8)), "\(parts)")
    }
    #expect(ContentHash.of(["a", "bc"]) != ContentHash.of(["ab", "c"]))
  }
}
