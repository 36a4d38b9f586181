import Yams

/// The tags of YAML 1.1's core schema that copydesk reads (null, bool, int), given to plain
/// scalars by their text, as Yams' default resolver rules do, without a regular expression.
///
/// Yams matches each rule's regular expression against every plain scalar; copydesk composes
/// with no rules and asks here only for the values a field reads.
enum YAMLPlainScalar {
  /// `.null`, `.bool`, `.int`, or `.str` for any other plain scalar text.
  static func tag(of text: String) -> Tag.Name {
    // The null and bool words are at most five letters and an int starts with a sign or a
    // digit: most text (a headline, a name) is told apart by its length and first byte.
    let utf8 = text.utf8
    if utf8.count > 5, let first = utf8.first, !startsNumber(first) { return .str }
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
      "on", "On", "ON", "off", "Off", "OFF":
      return .bool
    default: return isInteger(Array(text.utf8)) ? .int : .str
    }
  }

  /// The int rule: `[-+]?` then binary `0b[01_]+`, octal `0o?[0-7_]+`, decimal `0` or
  /// `[1-9][0-9_]*`, hexadecimal `0x[0-9a-fA-F_]+`, or sexagesimal `[1-9][0-9_]*(:[0-5]?[0-9])+`.
  static func isInteger(_ text: [UInt8]) -> Bool {
    var digits = text[...]
    if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
      digits = digits.dropFirst()
    }
    guard let first = digits.first else { return false }
    if first == UInt8(ascii: "0") {
      let rest = digits.dropFirst()
      if rest.isEmpty { return true }
      switch rest.first {
      case UInt8(ascii: "b"): return all(rest.dropFirst(), in: "01_")
      case UInt8(ascii: "x"): return all(rest.dropFirst(), in: "0123456789abcdefABCDEF_")
      case UInt8(ascii: "o"): return all(rest.dropFirst(), in: "01234567_")
      default: return all(rest, in: "01234567_")
      }
    }
    guard (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(first) else { return false }
    let parts = digits.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
    guard all(parts[0], in: "0123456789_") else { return false }
    return parts.dropFirst().allSatisfy { part in
      switch part.count {
      case 1: return all(part, in: "0123456789")
      case 2: return all(part.prefix(1), in: "012345") && all(part.dropFirst(), in: "0123456789")
      default: return false
      }
    }
  }

  /// The value of a plain decimal, `0` or `[1-9][0-9]*` up to 18 digits, read directly; nil
  /// for any other text, whose value Yams' own conversion (through Foundation) gives: signs,
  /// `_`, `0x`, `0b`, sexagesimal, and leading zeros, which YAML 1.1 reads as octal.
  static func plainDecimal(_ text: String) -> Int? {
    let digits = text.utf8
    guard let first = digits.first, digits.count <= 18,
      first != UInt8(ascii: "0") || digits.count == 1,
      digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
    else { return nil }
    return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
  }

  private static func startsNumber(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func all(_ bytes: ArraySlice<UInt8>, in allowed: StaticString) -> Bool {
    let set = UnsafeBufferPointer(start: allowed.utf8Start, count: allowed.utf8CodeUnitCount)
    return !bytes.isEmpty && bytes.allSatisfy { set.contains($0) }
  }
}

extension Node {
  /// The whole number Yams reads from this scalar (`Node.int`); a plain decimal is read
  /// directly (`YAMLPlainScalar.plainDecimal`), as Yams' conversion goes through Foundation.
  var wholeNumber: Int? {
    if case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any,
      let value = YAMLPlainScalar.plainDecimal(scalar.string)
    {
      return value
    }
    return int
  }

  /// The tag this node has under YAML 1.1's core schema: a plain scalar's from its text
  /// (`YAMLPlainScalar`), any other node's as Yams gives it.
  var coreTag: Tag.Name {
    let name = Tag.Name(rawValue: tag.rawValue)
    guard case .scalar(let scalar) = self, scalar.style == .plain, name == .str else {
      return name
    }
    return YAMLPlainScalar.tag(of: scalar.string)
  }

  /// True when YAML resolved this scalar to the given tag (`~` to null, `3` to int, …).
  func isTagged(_ name: Tag.Name) -> Bool {
    coreTag == name
  }
}
