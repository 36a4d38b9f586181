import Testing
import Yams

@testable import CopydeskReader

/// Plain scalars get the null, bool and int tags exactly as Yams' default resolver rules give
/// them (YAML 1.1 core schema), though copydesk composes without those rules.
@Suite struct YAMLPlainScalarTests {
  static let samples = [
    "", "~", "null", "Null", "NULL", "nULL", "none", "yes", "Yes", "YES", "yEs", "no", "on", "ON",
    "Off", "true", "True", "TRUE", "tRUE", "false", "y", "n", "0", "00", "007", "08", "0o17",
    "0o", "0o8", "0b101", "0b", "0b102", "0x1F", "0xg", "0x", "-0x1f", "+12", "-0", "12_000",
    "1_", "_1", "1:30", "190:20:30", "1:60", "1:5", "1:05:", "0:30", "1.5", "1e3", ".5", "3.",
    "12a", "a12", "1 2", "++1", "-", "+", "2026-03-04", "2026-03-04T09:15:00Z", "Budget 2026",
    "urgent", "flash", "4", "99999999999999999999", "٣", "1\u{0301}", "yesterday", "nullable",
    "Falsehood", "onward", "-1234567", "+1234567", "1234567", "0x1F2E3D", "~tilde", "٣٣٣٣٣٣",
  ]

  @Test(arguments: samples)
  func plainScalarsAreTaggedAsYamsDefaultRulesTagThem(_ text: String) {
    let byYams = Resolver.default.resolveTag(of: Node(text))
    let expected: Yams.Tag.Name = [.null, .bool, .int].contains(byYams) ? byYams : .str
    #expect(YAMLPlainScalar.tag(of: text) == expected, "'\(text)'")
  }

  /// Plain decimals are read without Yams' conversion, to the same value; every other int
  /// form is left to Yams.
  @Test(arguments: samples + ["1", "9", "10", "123456789012345678", "1234567890123456789"])
  func plainDecimalsHaveYamsValue(_ text: String) {
    guard let value = YAMLPlainScalar.plainDecimal(text) else {
      #expect(
        text.isEmpty || text.count > 18 || text.hasPrefix("0") && text.count > 1
          || text.contains { !$0.isASCII || !$0.isNumber }, "'\(text)'")
      return
    }
    #expect(value == Int.construct(from: Node.Scalar(text)), "'\(text)'")
  }

  @Test func quotedScalarsStayText() throws {
    let document = try #require(
      try YAMLField.document("a: '3'\nb: \"true\"\nc: 3\nd: yes\ne: ~\n", fileName: "f.yml"))
    let fields = try document.mappingOfAnyKeys()
    #expect(throws: (any Error).self) { try fields["a"]?.integer(in: 0...9, meaning: "") }
    #expect(throws: (any Error).self) { try fields["b"]?.boolean() }
    #expect(try fields["c"]?.integer(in: 0...9, meaning: "") == 3)
    #expect(try fields["d"]?.boolean() == true)
    #expect(fields["e"] == nil, "an explicit null is left out of a mapping")
  }

  @Test(arguments: [
    ("Budget vote", true), ("a", true), (" padded", false), ("padded ", false), ("a\nb", false),
    ("a\rb", false), ("a\u{85}b", false), ("a\u{2028}b", false), ("a\u{2029}b", false),
    ("Ölpreis", false), ("Preis €", false), ("a \u{2019} b", true), ("", false),
  ])
  func oneTrimmedLineIsRecognisedOnItsBytes(_ text: String, _ expected: Bool) {
    #expect(YAMLField.isOneTrimmedLine(text) == expected)
  }

  @Test func textIsTrimmedAndFoldedWhateverPathItTakes() throws {
    let yaml =
      "a: Budget vote\nb: \"  padded \"\nc: |\n  Title\n  more\nd: \"x\\u2028y\"\ne: Ölpreis steigt\n"
    let fields = try #require(try YAMLField.document(yaml, fileName: "f.yml")).mappingOfAnyKeys()
    #expect(try fields["a"]?.text() == "Budget vote")
    #expect(try fields["b"]?.text() == "padded")
    #expect(try fields["c"]?.text() == "Title more")
    #expect(try fields["d"]?.text() == "x y")
    #expect(try fields["e"]?.text() == "Ölpreis steigt")
  }
}
