import CopydeskXML
import Foundation
import Testing

/// `XMLReader.parse` gives each element its own namespace and each attribute its whole value,
/// whichever way the document writes them.
@Suite struct XMLReaderTests {
  static let document = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE root [<!ENTITY who "World">]>
    <root xmlns="urn:a" plain="text" escaped="x &amp; y &lt;z&gt;" entity="Hello &who;!" \
    characters="caf&#233; &#x2014; done" empty="" xml:lang="en">\
    <child xmlns="urn:b"><leaf/><p:other xmlns:p="urn:c" p:flag="on"/><leaf/></child>\
    <leaf/><child xmlns="urn:b"><leaf/></child></root>
    """

  static func root() throws -> XMLElement {
    try XMLReader.parse(Data(document.utf8), fileName: "reader.xml")
  }

  /// Predefined entities and character references are one text node; an entity the document
  /// declares stays a reference (entities are not expanded) and is joined in by libxml2.
  @Test func attributeValuesAreReadWhole() throws {
    let root = try Self.root()
    #expect(root.attribute("plain") == "text")
    #expect(root.attribute("escaped") == "x & y <z>")
    #expect(root.attribute("entity") == "Hello World!")
    #expect(root.attribute("characters") == "café — done")
    #expect(root.attribute("empty") == "")
    #expect(root.attribute("xml:lang") == "en")
  }

  /// Namespaces change and change back between siblings and down the tree (the reader reuses
  /// a namespace's string while the declaration stays the same).
  @Test func everyElementHasItsOwnNamespace() throws {
    let root = try Self.root()
    let names = root.descendantsAndSelf.map { "\($0.name) \($0.namespace ?? "none")" }
    #expect(
      names == [
        "root urn:a", "child urn:b", "leaf urn:b", "other urn:c", "leaf urn:b", "leaf urn:a",
        "child urn:b", "leaf urn:b",
      ])
    let other = try #require(root.elements.first?.elements.dropFirst().first)
    #expect(other.attribute("p:flag") == "on")
  }
}
