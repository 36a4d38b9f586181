public import CopydeskAST
public import CopydeskCore
public import Foundation
import Yams

/// One YAML value with the file position it came from, and typed accessors that fail with a
/// diagnostic naming the file, line, column and key.
///
/// Used for front matter and for the project configuration.
public struct YAMLField {
  /// The key path as the user wrote it, such as `image.url`.
  public let key: String
  /// The YAML value.
  let node: Node
  /// The file name used in diagnostics.
  let fileName: String
  /// Added to YAML line numbers to get file line numbers (the opening `---` is line 1).
  let lineOffset: Int

  /// Parses a whole YAML document; nil when it is empty.
  ///
  /// `lineOffset` is added to YAML line numbers to give file line numbers; `what` names the
  /// document in messages.
  public static func document(
    _ yaml: String, fileName: String, lineOffset: Int = 0, what: String = "the file"
  ) throws(Diagnostic) -> YAMLField? {
    let root: Node?
    do {
      // The encoding named: Yams' default reads the whole process environment on every call
      // (a fifth of reading a story's front matter), and prints when it finds its override.
      // Composing only makes nodes, and nothing here turns them into Swift values through
      // Yams, so the constructor has no tables: `.default` builds its three on every call.
      root = try Yams.compose(yaml: yaml, Self.resolver, Constructor([:], [:], [:]), .utf8)
    } catch {
      throw YAMLErrors.diagnostic(
        error, yaml: yaml, fileName: fileName, lineOffset: lineOffset, what: what)
    }
    return root.map { YAMLField(key: "", node: $0, fileName: fileName, lineOffset: lineOffset) }
  }

  /// Plain scalars stay untagged text when composed: `Node.coreTag` gives the tags copydesk
  /// reads when a field asks, far cheaper than Yams' regular expressions on every scalar.
  private static let resolver = Resolver.basic

  /// The value's line in the file.
  public var line: Int? { node.mark.map { $0.line + lineOffset } }
  /// The value's column.
  var column: Int? { node.mark?.column }

  /// True for an explicit YAML null (`~`, `null`, or nothing after the colon).
  public var isNull: Bool {
    if case .scalar = node, node.isTagged(.null) { return true }
    return false
  }

  /// A diagnostic at this value.
  public func diagnostic(_ message: String, _ severity: Diagnostic.Severity = .error) -> Diagnostic
  {
    Diagnostic(severity, file: fileName, line: line, column: column, key: key, message: message)
  }

  /// A field for a nested value, named `key.child` or `key[index]`.
  func child(_ name: String, _ node: Node) -> YAMLField {
    YAMLField(key: name, node: node, fileName: fileName, lineOffset: lineOffset)
  }

  /// How the value's type is described in messages.
  public var typeDescription: String {
    switch node {
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .alias: "an alias"
    case .scalar(let scalar):
      switch node.coreTag {
      case .int: "the number \(scalar.string)"
      case .bool: "the boolean \(scalar.string)"
      default: "'\(scalar.string)'"
      }
    }
  }

  /// The value as non-empty text; numbers and other plain scalars are taken as written.
  public func text() throws(Diagnostic) -> String {
    guard case .scalar(let scalar) = node, !isNull else {
      throw diagnostic("'\(key)' must be text, got \(typeDescription)")
    }
    // Most values are one line that starts and ends with a visible ASCII character: nothing
    // to trim or fold, so Foundation's scan is spared.
    var value = EdgeTrimming.trimmed(scalar.string)
    // A line break inside a value ("Title\nMore", a block scalar) reads as a space, as YAML
    // folding does: every field is one line of text in the formats.
    if !Self.isOneTrimmedLine(value), value.contains(where: \.isNewline) {
      value = value.split(whereSeparator: \.isNewline)
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        .joined(separator: " ")
    }
    // YAML escapes such as "\x01" make control characters no format may carry.
    value = ControlCharacters.removing(from: value)
    guard !value.isEmpty else { throw diagnostic("'\(key)' must not be empty") }
    return value
  }

  /// True when `text` starts and ends with visible ASCII and holds no line break (U+000A to
  /// U+000D, U+0085, U+2028, U+2029).
  static func isOneTrimmedLine(_ text: String) -> Bool {
    guard EdgeTrimming.hasVisibleEdges(text) else { return false }
    var text = text
    return text.withUTF8 { bytes in
      for index in bytes.indices {
        switch bytes[index] {
        case 0x0A...0x0D: return false
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return false
        case 0xE2
        where index + 2 < bytes.count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
          return false
        default: continue
        }
      }
      return true
    }
  }

  /// The value as a boolean: `true` or `false`.
  public func boolean() throws(Diagnostic) -> Bool {
    guard case .scalar(let scalar) = node, node.isTagged(.bool) else {
      throw diagnostic("'\(key)' must be true or false, got \(typeDescription)")
    }
    return ["true", "yes", "on"].contains(scalar.string.lowercased())
  }

  /// The value as a whole number within `range`.
  public func integer(in range: ClosedRange<Int>, meaning: String) throws(Diagnostic) -> Int {
    guard case .scalar = node, node.isTagged(.int), let value = node.wholeNumber,
      range.contains(value)
    else {
      throw diagnostic(
        "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound) "
          + "(\(meaning)), got \(typeDescription)")
    }
    return value
  }

  /// The value as an RFC 3339 timestamp; naive times need a default time zone.
  public func timestamp(defaultTimeZone: TimeZone?) throws(Diagnostic) -> Timestamp {
    let written = try text()
    switch RFC3339.parse(written) {
    case .zoned(let timestamp)?:
      return try publishable(timestamp, written: written)
    case .naive(let fields, let nanoseconds)?:
      guard let zone = defaultTimeZone else {
        throw diagnostic(
          "'\(key)' has no UTC offset ('\(written)'); add one, as in "
            + "2026-03-04T09:15:00+01:00 or …Z, or set a default time zone in copydesk.yml")
      }
      return try publishable(
        Timestamp(naive: fields, nanoseconds: nanoseconds, in: zone), written: written)
    case nil:
      throw diagnostic(
        "'\(key)' must be an RFC 3339 date-time such as 2026-03-04T09:15:00+01:00, "
          + "got '\(written)'")
    }
  }

  /// `timestamp` when every format can carry it (`Timestamp.fitsXMLSchema`), else a
  /// diagnostic saying which limit it passes.
  private func publishable(_ timestamp: Timestamp, written: String) throws(Diagnostic) -> Timestamp
  {
    guard timestamp.hasXMLSchemaOffset else {
      throw diagnostic(
        "'\(key)' has the UTC offset \(RFC3339.offsetText(timestamp.offsetMinutes, zulu: "Z")) "
          + "('\(written)'); offsets run from -14:00 to +14:00")
    }
    guard timestamp.fitsXMLSchema else {
      throw diagnostic(
        "'\(key)' is in the year 0000 ('\(written)'); dates run from 0001-01-01 "
          + "(XML Schema dateTime has no year zero)")
    }
    return timestamp
  }

  /// The value as a list of non-empty strings.
  public func stringList() throws(Diagnostic) -> [String] {
    try list().map { item throws(Diagnostic) in try item.text() }
  }

  /// The value as a list of fields, one per element.
  public func list() throws(Diagnostic) -> [YAMLField] {
    guard case .sequence(let sequence) = node else {
      throw diagnostic("'\(key)' must be a list, got \(typeDescription)")
    }
    return sequence.enumerated().map { child("\(key)[\($0.offset)]", $0.element) }
  }

  /// The value as a mapping whose keys must all be in `allowed`.
  public func mapping(allowed: [String]) throws(Diagnostic) -> [String: YAMLField] {
    try mapping(allowing: allowed)
  }

  /// The value as a mapping whose keys are free names (such as language tags).
  public func mappingOfAnyKeys() throws(Diagnostic) -> [String: YAMLField] {
    try mapping(allowing: nil)
  }

  private func mapping(allowing allowed: [String]?) throws(Diagnostic) -> [String: YAMLField] {
    let what = key.isEmpty ? "the document" : "'\(key)'"
    guard case .mapping(let mapping) = node else {
      throw diagnostic(
        "\(what) must be a mapping\(allowed.map { " with keys \($0.joined(separator: ", "))" } ?? ""), got \(typeDescription)"
      )
    }
    var fields: [String: YAMLField] = [:]
    for (keyNode, value) in mapping {
      let name = keyNode.scalar?.string ?? ""
      let path = key.isEmpty ? name : "\(key).\(name)"
      let field = child(path, value)
      if let allowed, !allowed.contains(name) {
        let place = key.isEmpty ? "" : " in '\(key)'"
        throw child(path, keyNode).diagnostic(
          "unknown key '\(name)'\(place)\(Suggestion.hint(for: name, among: allowed)); "
            + "expected \(allowed.joined(separator: ", "))")
      }
      if !field.isNull { fields[name] = field }
    }
    return fields
  }
}

extension Timestamp {
  /// Gives a wall-clock time the offset its time zone had at that moment.
  init(naive fields: CivilDateTime, nanoseconds: Int32, in zone: TimeZone) {
    let asUTC = fields.secondsSinceEpochAsUTC
    let guess = Date(timeIntervalSince1970: TimeInterval(asUTC))
    let firstOffset = zone.secondsFromGMT(for: guess)
    let offset = zone.secondsFromGMT(for: guess.addingTimeInterval(TimeInterval(-firstOffset)))
    self.init(
      secondsSinceEpoch: asUTC - Int64(offset), nanoseconds: nanoseconds,
      offsetMinutes: offset / 60)
  }
}
