import CopydeskBuild
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// Hand-written items: the schema rejects broken ones at the right line, and each business
/// rule has a failing and a passing case.
@Suite(
  .enabled(if: Paths.sharedAvailable, "needs ../shared/standards (the official NewsML-G2 schema)"))
struct NewsMLValidatorTests {
  static let validator = Result { try NewsMLValidator(schemaFile: Paths.newsMLSchema.path) }

  /// A minimal valid item; `replacing` swaps exact text to break it.
  static func item(_ replacements: [(String, String)] = []) -> String {
    var text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:20260304:a" version="1" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">
        <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"/>
        <itemMeta>
          <itemClass qcode="ninat:text"/>
          <provider literal="example.com"/>
          <versionCreated>2026-03-04T10:00:00+01:00</versionCreated>
          <firstCreated>2026-03-04T09:00:00+01:00</firstCreated>
          <embargoed>2026-03-04T12:00:00+01:00</embargoed>
          <pubStatus qcode="stat:usable"/>
        </itemMeta>
        <contentMeta>
          <urgency>4</urgency>
          <language tag="en"/>
          <subject qcode="medtop:20000523"/>
          <headline>A</headline>
        </contentMeta>
        <contentSet>
          <inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>A</title></head><body><p>A</p></body></html></inlineXML>
        </contentSet>
      </newsItem>

      """
    for (old, new) in replacements { text = text.replacingOccurrences(of: old, with: new) }
    return text
  }

  func problems(_ text: String) throws -> [String] {
    try Self.validator.get().validate(Data(text.utf8), fileName: "item.xml").map(\.description)
  }

  @Test func minimalItemIsValid() throws {
    #expect(try problems(Self.item()) == [])
  }

  @Test func missingItemMetaIsRejected() throws {
    let text = Self.item().replacing(#/  <itemMeta>.*</itemMeta>\n/#.dotMatchesNewlines(), with: "")
    let found = try problems(text)
    #expect(found.count == 1)
    #expect(
      found.first?.hasPrefix(
        "item.xml:4: error: Element '{http://iptc.org/std/nar/2006-10-01/}contentMeta': This element is not expected. Expected is one of"
      ) == true)
    #expect(found.first?.contains("itemMeta") == true)
  }

  @Test func wrongChildOrderIsRejected() throws {
    let text = Self.item([
      (
        "<urgency>4</urgency>\n    <language tag=\"en\"/>",
        "<language tag=\"en\"/>\n    <urgency>4</urgency>"
      )
    ])
    let found = try problems(text)
    #expect(
      found.first?.hasPrefix(
        "item.xml:14: error: Element '{http://iptc.org/std/nar/2006-10-01/}urgency': This element is not expected."
      ) == true)
  }

  @Test func badQCodeIsRejected() throws {
    let found = try problems(Self.item([("qcode=\"stat:usable\"", "qcode=\"usable\"")]))
    #expect(
      found.first
        == ("item.xml:10: error: Element '{http://iptc.org/std/nar/2006-10-01/}pubStatus', attribute 'qcode': [facet 'pattern'] The value 'usable' is not accepted by the pattern '[^\\s:]+:[^\\s]+'.")
    )
  }

  @Test func naiveDateIsRejected() throws {
    let found = try problems(
      Self.item([
        ("<versionCreated>2026-03-04T10:00:00+01:00", "<versionCreated>2026-03-04 10:00:00")
      ]))
    #expect(
      found.first?.hasPrefix(
        "item.xml:7: error: Element '{http://iptc.org/std/nar/2006-10-01/}versionCreated': '2026-03-04 10:00:00' is not a valid value"
      ) == true)
  }

  @Test func notWellFormedIsRejected() throws {
    let found = try problems("<newsItem><headline></newsItem>")
    #expect(
      found.first
        == "item.xml:1: error: Opening and ending tag mismatch: headline line 1 and newsItem")
  }

  // MARK: Business rules, each failing and passing

  /// The schema types guid as a string: a guid that is not a URN is only a warning.
  @Test func guidShouldBeAURN() throws {
    #expect(
      try problems(Self.item([("guid=\"urn:newsml:example.com:20260304:a\"", "guid=\"story-17\"")]))
        == [
          "item.xml:2: warning: guid 'story-17' is not a URN (urn:NID:NSS, RFC 8141), as IPTC recommends"
        ])
    #expect(
      try problems(
        Self.item([
          ("urn:newsml:example.com:20260304:a", "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66")
        ])) == [])
  }

  /// A provider's catalog named in catalogRef may declare aliases copydesk cannot read: a
  /// warning; with only IPTC's catalog the alias is undeclared: an error.
  @Test func aliasFromAnExternalCatalogIsAWarning() throws {
    let external = Self.item([
      (
        "<itemMeta>",
        "<catalogRef href=\"http://cv.example.com/catalog.xml\"/>\n  <itemMeta>"
      ),
      ("<subject qcode=\"medtop:20000523\"/>", "<subject qcode=\"exs:ports\"/>"),
    ])
    #expect(
      try problems(external) == [
        "item.xml:16: warning: QCode 'exs:ports' uses a scheme alias copydesk does not know; it "
          + "may be declared in http://cv.example.com/catalog.xml, which is not read"
      ])
    let undeclared = Self.item([
      ("<subject qcode=\"medtop:20000523\"/>", "<subject qcode=\"exs:ports\"/>")
    ])
    #expect(try problems(undeclared).first?.contains("error: QCode 'exs:ports'") == true)
  }

  @Test func firstCreatedNotAfterVersionCreated() throws {
    #expect(
      try problems(
        Self.item([
          ("<firstCreated>2026-03-04T09:00:00+01:00", "<firstCreated>2026-03-04T11:00:00+01:00")
        ]))
        == [
          "item.xml:8: error: firstCreated is after versionCreated; a version cannot predate the first one"
        ])
    #expect(
      try problems(
        Self.item([
          ("<firstCreated>2026-03-04T09:00:00+01:00", "<firstCreated>2026-03-04T09:00:00Z")
        ])) == [])
  }

  @Test func timesNeedOffsets() throws {
    #expect(
      try problems(
        Self.item([("<firstCreated>2026-03-04T09:00:00+01:00", "<firstCreated>2026-03-04T09:00:00")]
        ))
        == [
          "item.xml:8: error: firstCreated '2026-03-04T09:00:00' has no UTC offset; every date-time must carry one"
        ])
  }

  @Test func noUpdateSignalOnFirstVersion() throws {
    let signal = "<pubStatus qcode=\"stat:usable\"/>\n    <signal qcode=\"sig:update\"/>"
    #expect(
      try problems(Self.item([("<pubStatus qcode=\"stat:usable\"/>", signal)]))
        == [
          "item.xml:11: error: signal sig:update on version 1; a first publication is not an update"
        ])
    #expect(
      try problems(
        Self.item([
          ("<pubStatus qcode=\"stat:usable\"/>", signal), ("version=\"1\"", "version=\"2\""),
        ])) == [])
  }

  @Test func embargoAfterCreation() throws {
    #expect(
      try problems(
        Self.item([("<embargoed>2026-03-04T12:00:00+01:00", "<embargoed>2026-03-04T08:00:00+01:00")]
        ))
        == [
          "item.xml:9: error: embargoed is before the item was created; an embargo must lie after creation"
        ])
    #expect(
      try problems(
        Self.item([("<embargoed>2026-03-04T12:00:00+01:00", "<embargoed>2026-03-04T09:00:00+01:00")]
        )) == [])
  }

  @Test func qcodeSchemesMustBeKnown() throws {
    #expect(
      try problems(Self.item([("medtop:20000523", "medtp:20000523")]))
        == [
          "item.xml:15: error: QCode 'medtp:20000523' uses a scheme alias that is neither an IPTC scheme copydesk knows nor declared in the item's catalog"
        ])
    let declared =
      "<catalogRef href=\"http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml\"/>\n  <catalog><scheme alias=\"medtp\" uri=\"urn:example:medtp:\"/></catalog>"
    #expect(
      try problems(
        Self.item([
          ("medtop:20000523", "medtp:20000523"),
          (
            "<catalogRef href=\"http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml\"/>",
            declared
          ),
        ])) == [])
  }

  @Test func inlineXMLContentTypeMatchesRoot() throws {
    #expect(
      try problems(Self.item([("application/xhtml+xml", "application/nitf+xml")]))
        == [
          "item.xml:19: error: inlineXML contenttype 'application/nitf+xml' needs a <nitf> root in http://iptc.org/std/NITF/2006-10-18/, found <html> in http://www.w3.org/1999/xhtml"
        ])
  }

  /// `contenttype` is optional in the schema (IPTC's should-pass CR00201 omits it): a body of
  /// undeclared type is not checked, with a warning.
  @Test func undeclaredBodyTypeIsAWarning() throws {
    #expect(
      try problems(Self.item([(" contenttype=\"application/xhtml+xml\"", "")]))
        == [
          "item.xml:19: warning: inlineXML contenttype '' is not one copydesk checks "
            + "(application/xhtml+xml, application/nitf+xml); its body was not checked"
        ])
  }
}
