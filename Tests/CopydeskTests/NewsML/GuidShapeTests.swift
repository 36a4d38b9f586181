import Testing

@testable import CopydeskFormats

/// The guid rule reads `urn:NID:NSS` as RFC 8141 shapes it (§2: an NID of 2 to 32 characters
/// is the standard's; copydesk accepts 1 to 32 letters, digits and hyphens starting with a
/// letter or digit), without a regular expression per item.
@Suite struct GuidShapeTests {
  @Test(arguments: [
    "urn:newsml:example.com:20260304:council-budget", "urn:a:b", "urn:iptc-x:b:c",
    "urn:A1:é-ü", "urn:\(String(repeating: "n", count: 32)):x",
  ])
  func urnsAreAccepted(_ guid: String) {
    #expect(NewsMLRules.isURN(guid))
  }

  @Test(arguments: [
    "", "story-17", "urn:", "urn:nid", "urn:nid:", "urn::nss", "urn:-nid:nss", "URN:nid:nss",
    "urn:ni d:nss", "urn:nid:a b", "urn:nid:a\tb", "urn:\(String(repeating: "n", count: 33)):x",
    "urn:ni_d:nss", " urn:nid:nss",
  ])
  func otherTextIsNot(_ guid: String) {
    #expect(!NewsMLRules.isURN(guid))
  }
}
