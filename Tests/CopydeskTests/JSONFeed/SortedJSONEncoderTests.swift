import CopydeskFormats
import Foundation
import Testing

/// `SortedJSONEncoder` writes the bytes `JSONEncoder` writes with sorted keys and unescaped
/// slashes, for every shape copydesk's formats encode.
@Suite struct SortedJSONEncoderTests {
  struct Inner: Encodable {
    var name: String
    var count: Int8
    var tags: [String]?
  }

  struct Shape: Encodable {
    var text: String
    var number: Int
    var unsigned: UInt64
    var flag: Bool
    var missing: String?
    var inner: Inner
    var inners: [Inner]
    var table: [String: Int]
    var nested: [[String: [Int?]]]
    var empty: [String]
    var explicitNull: String?

    enum CodingKeys: String, CodingKey {
      case text = "@text"
      case number = "_number"
      case unsigned = "Unsigned"
      case flag = "flag2"
      case missing, inner, inners, table, nested, empty
      case explicitNull = "content_html"
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(text, forKey: .text)
      try container.encode(number, forKey: .number)
      try container.encode(unsigned, forKey: .unsigned)
      try container.encode(flag, forKey: .flag)
      try container.encodeIfPresent(missing, forKey: .missing)
      try container.encode(inner, forKey: .inner)
      try container.encode(inners, forKey: .inners)
      try container.encode(table, forKey: .table)
      try container.encode(nested, forKey: .nested)
      try container.encode(empty, forKey: .empty)
      try container.encode(explicitNull, forKey: .explicitNull)
    }
  }

  static let everyASCII = String(
    String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init)))

  static let shapes = [
    Shape(
      text: everyASCII, number: -42, unsigned: .max, flag: true, missing: nil,
      inner: Inner(name: "a/b", count: -8, tags: nil),
      inners: [Inner(name: "é ü 東京 😀 \u{2028}\u{2029}\u{FEFF}", count: 0, tags: ["", "x"])],
      table: ["b": 2, "a": 1, "B": 3, "_": 4, "@": 5, "a1": 6, "a_": 7],
      nested: [["k": [1, nil]], [:]],
      empty: [], explicitNull: nil),
    Shape(
      text: "</script><!-- \"quoted\" \\ back", number: .min, unsigned: 0, flag: false,
      missing: "here", inner: Inner(name: "", count: .max, tags: []), inners: [], table: [:],
      nested: [], empty: [], explicitNull: "x"),
  ]

  @Test(arguments: shapes.indices)
  func bytesMatchJSONEncoder(_ index: Int) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let expected = try encoder.encode(Self.shapes[index])
    let written = try SortedJSONEncoder.encode(Self.shapes[index])
    #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
  }

  @Test func topLevelListsAndScalarsMatchToo() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    #expect(try SortedJSONEncoder.encode(["a", "b"]) == encoder.encode(["a", "b"]))
    #expect(try SortedJSONEncoder.encode("x\ny") == encoder.encode("x\ny"))
    #expect(try SortedJSONEncoder.encode(7) == encoder.encode(7))
  }

  /// Strings are scanned 64 bytes at a time: an escape before, on and after a block's edge,
  /// in short and long strings, comes out as `JSONEncoder` writes it.
  @Test func escapesAreWrittenWhereverTheyFall() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    for length in [1, 2, 31, 63, 64, 65, 127, 128, 130] {
      for place in [0, 1, 62, 63, 64, 65, 126, 127, 128, length - 1] where place < length {
        for special in ["\"", "\\", "\n", "\u{1F}", "é"] {
          var characters = Array(repeating: "a", count: length)
          characters[place] = special
          let text = characters.joined()
          #expect(try SortedJSONEncoder.encode([text]) == encoder.encode([text]), "\(text)")
        }
      }
    }
  }

  /// A key set twice: `JSONEncoder` writes it once, with the value set last, where the
  /// sorted keys put it.
  struct KeySetTwice: Encodable {
    enum CodingKeys: String, CodingKey { case b, a, c }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode("first", forKey: .b)
      try container.encode(1, forKey: .a)
      try container.encode(["x"], forKey: .b)
      try container.encode(true, forKey: .c)
      try container.encode("last", forKey: .b)
    }
  }

  @Test func aKeySetTwiceKeepsItsLastValue() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let written = try SortedJSONEncoder.encode([KeySetTwice()])
    #expect(written == (try encoder.encode([KeySetTwice()])))
    #expect(String(decoding: written, as: UTF8.self) == #"[{"a":1,"b":"last","c":true}]"#)
  }

  /// Whole numbers of every width are written, wherever they sit.
  @Test func wholeNumbersOfEveryWidthMatch() throws {
    struct Widths: Encodable {
      var small: Int8 = .min
      var unsigned: UInt16 = .max
      var wide: Int64 = .min
      var list: [UInt32] = [0, .max]
      var single: UInt8? = 7
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    #expect(try SortedJSONEncoder.encode(Widths()) == encoder.encode(Widths()))
  }

  @Test func floatingPointIsLeftToJSONEncoder() throws {
    struct Keyed: Encodable { var ratio: Float = 0.5 }
    #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder.encode([1.5]) }
    #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder.encode(Keyed()) }
    #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder.encode(2.5) }
    let viaRecords = try RecordCoding.sortedCompact(["a": 1.5])
    #expect(String(decoding: viaRecords, as: UTF8.self) == #"{"a":1.5}"#)
  }
}
