/// A JSON value built directly, for the documents copydesk writes for every story (JSON-LD,
/// feed items, index rows, ninjs), where an `Encodable` encoding's containers, coding keys and
/// casts cost more than the writing.
///
/// `SortedJSONEncoder.encode(_:)` writes it with the bytes `JSONEncoder` would write for the
/// same members: keys sorted, slashes unescaped.
enum JSONValue {
  case text(String)
  /// A whole number's decimal digits.
  case number(String)
  case boolean(Bool)
  case null
  case array([JSONValue])
  case object(JSONMembers)

  /// The list of `texts`.
  static func texts(_ texts: [String]) -> JSONValue {
    .array(texts.map(JSONValue.text))
  }
}

/// An object's members, in any order (they are written sorted); a member set to nil is left
/// out, as a synthesized `Encodable` leaves out an optional that is nil.
struct JSONMembers {
  /// One member.
  struct Member {
    let key: String
    let value: JSONValue
  }

  /// The members in the order they were set; a key set twice is written once, with its last
  /// value, as `JSONEncoder` writes it.
  private(set) var members: [Member] = []

  /// No members yet.
  init() {}

  /// Sets `key` to `value`, unless it is nil.
  mutating func set(_ key: String, _ value: JSONValue?) {
    if let value { members.append(Member(key: key, value: value)) }
  }

  /// Sets `key` to the text `value`, unless it is nil.
  mutating func set(_ key: String, _ value: String?) {
    if let value { members.append(Member(key: key, value: .text(value))) }
  }

  /// Sets `key` to the number `value`, unless it is nil.
  mutating func set(_ key: String, _ value: Int?) {
    if let value { members.append(Member(key: key, value: .number(String(value)))) }
  }

  /// Sets `key` to the list of texts `values`, unless it is nil.
  mutating func set(_ key: String, _ values: [String]?) {
    if let values { members.append(Member(key: key, value: .texts(values))) }
  }

  /// Sets `key` to the list of `items`, each as `value` gives it, unless the list is nil.
  mutating func set<Item>(_ key: String, _ items: [Item]?, _ value: (Item) -> JSONValue) {
    if let items { members.append(Member(key: key, value: .array(items.map(value)))) }
  }
}
