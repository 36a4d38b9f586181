/// A subject or genre: either a controlled-vocabulary QCode or a free-text name.
public enum Term: Sendable, Hashable {
  /// A QCode such as `medtop:20000349`: scheme alias, colon, code.
  case qcode(scheme: String, code: String)
  /// A free-text name such as `Elections`.
  case name(String)

  /// The term as written in the source: `scheme:code` or the name.
  public var text: String {
    switch self {
    case .qcode(let scheme, let code): "\(scheme):\(code)"
    case .name(let name): name
    }
  }
}

extension Term: Codable {
  private enum CodingKeys: String, CodingKey {
    case qcode, name
  }

  /// Decodes `{"qcode": "medtop:…"}` or `{"name": "…"}`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    if let qcode = try container.decodeIfPresent(String.self, forKey: .qcode),
      let colon = qcode.firstIndex(of: ":")
    {
      self = .qcode(
        scheme: String(qcode[..<colon]), code: String(qcode[qcode.index(after: colon)...]))
    } else {
      self = .name(try container.decode(String.self, forKey: .name))
    }
  }

  /// Encodes as `{"qcode": "medtop:…"}` or `{"name": "…"}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .qcode: try container.encode(text, forKey: .qcode)
    case .name(let name): try container.encode(name, forKey: .name)
    }
  }
}
