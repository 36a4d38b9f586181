import CopydeskFormats
import Foundation
import Testing

/// `PrettyJSON` lays out compact JSON exactly as `JSONEncoder`'s `.prettyPrinted` does, so
/// feed pages spliced from stored items keep the bytes they had when they were encoded whole.
@Suite struct PrettyJSONTests {
  struct Shape: Encodable {
    var text: String
    var number: Int
    var decimal: Double
    var flag: Bool
    var missing: String?
    var list: [String]
    var emptyList: [Int]
    var emptyObject: [String: Int]
    var nested: [[String: [Int]]]
  }

  static let shapes = [
    Shape(
      text: "plain", number: 7, decimal: 0.5, flag: true, missing: nil, list: ["a", "b"],
      emptyList: [], emptyObject: [:], nested: [["k": [1, 2]], [:]]),
    Shape(
      text: #"quotes " and \ backslash, {braces} [brackets] , : colons"#, number: -12,
      decimal: 1e21, flag: false, missing: "here", list: [], emptyList: [],
      emptyObject: ["z": 1, "a": 2], nested: []),
    Shape(
      text: "line\nbreak\ttab \u{1} control, é ü 東京 😀 </script> https://a.example/b",
      number: 0, decimal: -3.25, flag: true, missing: "", list: ["", "\\\""], emptyList: [3],
      emptyObject: [:], nested: [["": []]]),
    // Strings longer than the 64-byte blocks the string scan reads, with a quote or backslash
    // on either side of a block's end.
    Shape(
      text: String(repeating: "x", count: 62) + "\"" + String(repeating: "y", count: 63) + "\\"
        + String(repeating: "{,:}", count: 40),
      number: 1, decimal: 2, flag: false, missing: String(repeating: "é", count: 100),
      list: [String(repeating: "\\", count: 65), String(repeating: "a", count: 64) + "\""],
      emptyList: [], emptyObject: [:], nested: []),
  ]

  static func encoded(_ value: some Encodable, pretty: Bool) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    if pretty { encoder.outputFormatting.insert(.prettyPrinted) }
    return try encoder.encode(value)
  }

  @Test(arguments: shapes.indices)
  func layOutMatchesJSONEncoderPrettyPrinting(_ index: Int) throws {
    let shape = Self.shapes[index]
    let laidOut = PrettyJSON.layOut(try Self.encoded(shape, pretty: false))
    let expected = try Self.encoded(shape, pretty: true)
    #expect(String(decoding: laidOut, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
  }

  @Test func layOutMatchesForTopLevelListsAndScalars() throws {
    for value in [[Self.shapes[0]], []] {
      #expect(
        PrettyJSON.layOut(try Self.encoded(value, pretty: false))
          == (try Self.encoded(value, pretty: true)))
    }
    #expect(
      PrettyJSON.layOut(try Self.encoded("a \"b\"", pretty: false)) == Data(#""a \"b\"""#.utf8))
  }

  struct Page: Encodable {
    /// Sorts before `items`, so a look-alike in its text comes first.
    var about: String
    var items: [Shape]
    var version: Int
  }

  @Test func splicedItemsGiveTheWholeDocumentsBytes() throws {
    let whole = Page(about: "items:[] \"items\":[]", items: Self.shapes, version: 1)
    let empty = Page(about: whole.about, items: [], version: 1)
    let spliced = try #require(
      PrettyJSON.splice(
        try Self.shapes.map { try Self.encoded($0, pretty: false) },
        into: try Self.encoded(empty, pretty: false), at: "items"))
    #expect(spliced == (try Self.encoded(whole, pretty: false)))
    #expect(PrettyJSON.layOut(spliced) == (try Self.encoded(whole, pretty: true)))
    let none = try #require(
      PrettyJSON.splice([], into: try Self.encoded(empty, pretty: false), at: "items"))
    #expect(none == (try Self.encoded(empty, pretty: false)))
  }

  @Test func spliceRefusesADocumentWithoutTheEmptyList() throws {
    let document = try Self.encoded(["other": [1]], pretty: false)
    #expect(PrettyJSON.splice([Data("{}".utf8)], into: document, at: "items") == nil)
  }
}
