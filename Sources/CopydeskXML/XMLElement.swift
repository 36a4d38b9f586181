/// An XML element as a plain Swift value: what renderers build and what the reader returns.
public struct XMLElement: Sendable, Hashable {
  /// The local name, such as `newsItem`.
  public var name: String
  /// The namespace URI; children inherit it unless they name their own.
  public var namespace: String?
  /// Attributes in the order they are written; `xml:lang` names the XML namespace.
  public var attributes: [XMLAttribute]
  /// Child elements and text, in document order.
  public var children: [XMLNode]
  /// The source line, for elements read from a file.
  public var line: Int?

  /// Creates an element.
  public init(
    _ name: String, namespace: String? = nil, attributes: [XMLAttribute] = [],
    children: [XMLNode] = [], line: Int? = nil
  ) {
    self.name = name
    self.namespace = namespace
    self.attributes = attributes
    self.children = children
    self.line = line
  }

  /// The value of the attribute `name`, if present.
  public func attribute(_ name: String) -> String? {
    attributes.first { $0.name == name }?.value
  }

  /// The child elements, without text.
  public var elements: [XMLElement] {
    children.compactMap {
      if case .element(let element) = $0 { return element }
      return nil
    }
  }

  /// The child elements called `name`.
  public func elements(named name: String) -> [XMLElement] {
    children.compactMap {
      if case .element(let element) = $0, element.name == name { return element }
      return nil
    }
  }

  /// All text inside this element, concatenated.
  public var text: String {
    children.map {
      switch $0 {
      case .element(let element): element.text
      case .text(let text): text
      }
    }.joined()
  }

  /// This element and every element below it, depth first.
  public var descendantsAndSelf: [XMLElement] {
    [self] + elements.flatMap(\.descendantsAndSelf)
  }
}

/// One attribute of an element.
public struct XMLAttribute: Sendable, Hashable {
  /// The name; `xml:lang` and other `xml:` names belong to the XML namespace.
  public var name: String
  /// The value, unescaped.
  public var value: String

  /// Creates an attribute.
  public init(_ name: String, _ value: String) {
    self.name = name
    self.value = value
  }
}

/// A child of an element.
public enum XMLNode: Sendable, Hashable {
  /// A child element.
  case element(XMLElement)
  /// Character data, unescaped.
  case text(String)
}
