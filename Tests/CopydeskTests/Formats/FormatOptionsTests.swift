import CopydeskFormats
import Testing

/// Format settings read back as chosen, and describe themselves the same way whatever order
/// they were chosen in: the description goes into the build's environment hash, so a change
/// to it would rebuild every story.
@Suite struct FormatOptionsTests {
  @Test func settingsReadBackAsChosenOrAsTheDefaults() {
    var options = FormatOptions()
    #expect(options[NewsMLSettings.self] == NewsMLSettings())
    options[NewsMLSettings.self].body = .nitf
    options[WireSettings.self].profile = .anpa1312
    #expect(options[NewsMLSettings.self].body == .nitf)
    #expect(options[WireSettings.self].profile == .anpa1312)
    #expect(options[JSONFeedSettings.self] == JSONFeedSettings())
  }

  @Test func theDescriptionNamesEachTypeInOrder() {
    var newsML = NewsMLSettings()
    newsML.body = .nitf
    var wire = WireSettings()
    wire.profile = .anpa1312
    var first = FormatOptions()
    first[WireSettings.self] = wire
    first[NewsMLSettings.self] = newsML
    var second = FormatOptions()
    second[NewsMLSettings.self] = newsML
    second[WireSettings.self] = wire
    let expected =
      "\(String(reflecting: NewsMLSettings.self))(\(newsML.description)) "
      + "\(String(reflecting: WireSettings.self))(\(wire.description))"
    #expect(first.description == expected)
    #expect(first == second)
    #expect(first.description.hasPrefix("CopydeskFormats.NewsMLSettings("))
  }
}
