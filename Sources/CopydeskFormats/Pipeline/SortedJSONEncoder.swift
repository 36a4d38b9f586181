import CopydeskCore
public import Foundation

/// Encodes values as compact JSON with sorted keys and unescaped slashes: the bytes
/// `JSONEncoder` writes with `[.sortedKeys, .withoutEscapingSlashes]`, several times faster
/// for the text, whole numbers, booleans and nesting that feeds, ninjs and JSON-LD hold.
///
/// Floating-point numbers, which `JSONEncoder` formats in its own way, are refused with
/// `SortedJSONEncoder.Unsupported`; callers fall back to `JSONEncoder` for them. Keys sort by
/// their UTF-8 bytes. `PrettyJSON.layOut` turns the result into `.prettyPrinted` layout.
public enum SortedJSONEncoder {
  /// A value this encoder does not write (a floating-point number).
  public struct Unsupported: Error {}

  /// The compact JSON of `value`.
  public static func encode(_ value: some Encodable) throws -> Data {
    let encoder = TreeEncoder()
    try value.encode(to: encoder)
    return encode(encoder.root?.value ?? .object(JSONMembers()))
  }

  /// The compact JSON of a value built directly.
  static func encode(_ value: JSONValue) -> Data {
    var output: [UInt8] = []
    output.reserveCapacity(1024)
    write(value, to: &output)
    return Data(output)
  }

  private static func write(_ json: JSONValue, to output: inout [UInt8]) {
    switch json {
    case .text(let text): writeString(text, to: &output)
    case .number(let digits): output += digits.utf8
    case .boolean(let value): output += (value ? "true" : "false").utf8
    case .null: output += "null".utf8
    case .array(let items):
      output.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        write(item, to: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let object):
      output.append(UInt8(ascii: "{"))
      // Keys in byte order, a key set twice in the order it was set: the last one set is the
      // one written, as `JSONEncoder` replaces an earlier value.
      let members = object.members
      let order = members.indices.sorted {
        let order = compareBytes(members[$0].key, members[$1].key)
        return order != 0 ? order < 0 : $0 < $1
      }
      var first = true
      for (position, index) in order.enumerated() {
        let member = members[index]
        if position + 1 < order.count, members[order[position + 1]].key == member.key { continue }
        if !first { output.append(UInt8(ascii: ",")) }
        first = false
        writeString(member.key, to: &output)
        output.append(UInt8(ascii: ":"))
        write(member.value, to: &output)
      }
      output.append(UInt8(ascii: "}"))
    }
  }

  /// The order of two keys' UTF-8 bytes: negative, zero or positive.
  private static func compareBytes(_ left: String, _ right: String) -> Int32 {
    var (left, right) = (left, right)
    return left.withUTF8 { left in
      right.withUTF8 { right in
        if let start = left.baseAddress, let other = right.baseAddress {
          let order = memcmp(start, other, min(left.count, right.count))
          if order != 0 { return order }
        }
        return left.count == right.count ? 0 : left.count < right.count ? -1 : 1
      }
    }
  }

  /// A JSON string as `JSONEncoder` escapes it: quotes, backslashes and C0 controls.
  private static func writeString(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      while let index = ByteScan.firstIndex(in: bytes, from: start, where: needsEscaping) {
        output += UnsafeBufferPointer(rebasing: bytes[start..<index])
        start = index + 1
        switch bytes[index] {
        case UInt8(ascii: "\""): output += #"\""#.utf8
        case UInt8(ascii: "\\"): output += #"\\"#.utf8
        case 0x08: output += #"\b"#.utf8
        case 0x0C: output += #"\f"#.utf8
        case 0x0A: output += #"\n"#.utf8
        case 0x0D: output += #"\r"#.utf8
        case 0x09: output += #"\t"#.utf8
        default:
          let hex = Array("0123456789abcdef".utf8)
          output += #"\u00"#.utf8
          output += [hex[Int(bytes[index] >> 4)], hex[Int(bytes[index] & 0x0F)]]
        }
      }
      output += UnsafeBufferPointer(rebasing: bytes[start...])
    }
    output.append(UInt8(ascii: "\""))
  }

  /// 1 for the bytes a JSON string escapes, else 0.
  @inline(__always)
  private static func needsEscaping(_ byte: UInt8) -> UInt8 {
    ByteScan.flag(byte < 0x20) | ByteScan.flag(byte == UInt8(ascii: "\""))
      | ByteScan.flag(byte == UInt8(ascii: "\\"))
  }
}

/// A JSON value being built; objects and arrays are shared so containers can fill them.
private enum JSONNode {
  case text(String)
  case number(String)
  case boolean(Bool)
  case null
  case array(JSONArray)
  case object(JSONObject)
}

extension JSONNode {
  /// The value this node and the containers under it hold.
  var value: JSONValue {
    switch self {
    case .text(let text): .text(text)
    case .number(let digits): .number(digits)
    case .boolean(let flag): .boolean(flag)
    case .null: .null
    case .array(let array): .array(array.items.map(\.value))
    case .object(let object):
      .object(
        object.members.reduce(into: JSONMembers()) { members, member in
          members.set(member.key, member.value.value)
        })
    }
  }
}

private final class JSONArray {
  var items: [JSONNode] = []
}

private final class JSONObject {
  /// The members in the order they were set; a key set again is written once, with its last
  /// value (`SortedJSONEncoder.write`).
  var members: [(key: String, value: JSONNode)] = []

  /// Sets `key`.
  func set(_ key: String, _ value: JSONNode) {
    members.append((key, value))
  }
}

/// The node of a value: the commonest scalars directly, anything else through its own
/// encoding (other numbers reach `ValueContainer`, which writes whole ones and refuses the rest).
private func node(_ value: some Encodable, path: [any CodingKey]) throws -> JSONNode {
  switch value {
  case let text as String: return .text(text)
  case let flag as Bool: return .boolean(flag)
  case let number as Int: return .number(String(number))
  default:
    let encoder = TreeEncoder(codingPath: path)
    try value.encode(to: encoder)
    return encoder.root ?? .object(JSONObject())
  }
}

private final class TreeEncoder: Encoder {
  let codingPath: [any CodingKey]
  let userInfo: [CodingUserInfoKey: Any] = [:]
  var root: JSONNode?

  init(codingPath: [any CodingKey] = []) {
    self.codingPath = codingPath
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object(let object) = root {
      return KeyedEncodingContainer(ObjectContainer(object: object, codingPath: codingPath))
    }
    let object = JSONObject()
    root = .object(object)
    return KeyedEncodingContainer(ObjectContainer(object: object, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .array(let array) = root { return ArrayContainer(array: array, codingPath: codingPath) }
    let array = JSONArray()
    root = .array(array)
    return ArrayContainer(array: array, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    ValueContainer(encoder: self)
  }
}

private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let object: JSONObject
  let codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws { object.set(key.stringValue, .null) }

  mutating func encode(_ value: some Encodable, forKey key: Key) throws {
    object.set(key.stringValue, try node(value, path: codingPath + [key]))
  }

  // Text, flags and whole numbers, most of the values, go in without the generic path's type
  // checks or a coding path.

  mutating func encode(_ value: String, forKey key: Key) throws {
    object.set(key.stringValue, .text(value))
  }

  mutating func encode(_ value: Bool, forKey key: Key) throws {
    object.set(key.stringValue, .boolean(value))
  }

  mutating func encode(_ value: Int, forKey key: Key) throws {
    object.set(key.stringValue, .number(String(value)))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let nested = JSONObject()
    object.set(key.stringValue, .object(nested))
    return KeyedEncodingContainer(
      ObjectContainer<NestedKey>(object: nested, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = JSONArray()
    object.set(key.stringValue, .array(nested))
    return ArrayContainer(array: nested, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder { TreeEncoder(codingPath: codingPath) }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    TreeEncoder(codingPath: codingPath + [key])
  }
}

private struct ArrayContainer: UnkeyedEncodingContainer {
  let array: JSONArray
  let codingPath: [any CodingKey]
  var count: Int { array.items.count }

  mutating func encodeNil() throws { array.items.append(.null) }

  mutating func encode(_ value: some Encodable) throws {
    array.items.append(try node(value, path: codingPath))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = JSONObject()
    array.items.append(.object(nested))
    return KeyedEncodingContainer(
      ObjectContainer<NestedKey>(object: nested, codingPath: codingPath))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = JSONArray()
    array.items.append(.array(nested))
    return ArrayContainer(array: nested, codingPath: codingPath)
  }

  mutating func superEncoder() -> any Encoder { TreeEncoder(codingPath: codingPath) }
}

private struct ValueContainer: SingleValueEncodingContainer {
  let encoder: TreeEncoder
  var codingPath: [any CodingKey] { encoder.codingPath }

  mutating func encodeNil() throws { encoder.root = .null }

  mutating func encode(_ value: some Encodable) throws {
    encoder.root = try node(value, path: codingPath)
  }

  // A text enum's raw value comes here.
  mutating func encode(_ value: String) throws { encoder.root = .text(value) }

  mutating func encode(_ value: Bool) throws { encoder.root = .boolean(value) }

  // Every number type's own encoding comes to one of these: whole numbers are written, and
  // floating-point ones refused (`JSONEncoder` formats them in its own way).

  mutating func encode(_ value: Int) throws { encoder.root = .number(String(value)) }
  mutating func encode(_ value: Int8) throws { encoder.root = .number(String(value)) }
  mutating func encode(_ value: Int16) throws { encoder.root = .number(String(value)) }
  mutating func encode(_ value: Int32) throws { encoder.root = .number(String(value)) }
  mutating func encode(_ value: Int64) throws { encoder.root = .number(String(value)) }
  mutating func encode(_ value: UInt) throws { encoder.root = .number(String(value)) }
  mutating func encode(_ value: UInt8) throws { encoder.root = .number(String(value)) }
  mutating func encode(_ value: UInt16) throws { encoder.root = .number(String(value)) }
  mutating func encode(_ value: UInt32) throws { encoder.root = .number(String(value)) }
  mutating func encode(_ value: UInt64) throws { encoder.root = .number(String(value)) }
  mutating func encode(_ value: Float) throws { throw SortedJSONEncoder.Unsupported() }
  mutating func encode(_ value: Double) throws { throw SortedJSONEncoder.Unsupported() }
}
