import CopydeskReader
import Testing

/// Slugs derived from headlines are `[a-z0-9-]` only and stable.
@Suite struct SlugTests {
  @Test(arguments: [
    ("Putin, Erdogan hold closed-door meeting", "putin-erdogan-hold-closed-door-meeting"),
    ("Erdoğan visits Sochi", "erdogan-visits-sochi"),
    ("Straße in Köln gesperrt", "strasse-in-koln-gesperrt"),
    ("Łódź mayor's “surprise” win!", "lodz-mayors-surprise-win"),
    ("  ../../etc/passwd  ", "etc-passwd"),
    ("Ø and Æ: 2026", "o-and-ae-2026"),
  ])
  func derived(headline: String, slug: String) {
    #expect(Slug.derive(from: headline) == slug)
  }

  @Test func nonLatinHeadlinesGetAStableHash() {
    let slug = Slug.derive(from: "东京股市收盘上涨")
    #expect(slug == Slug.derive(from: "东京股市收盘上涨"))
    #expect(slug.hasPrefix("story-"))
    #expect(slug.count == 14)
    #expect(slug != Slug.derive(from: "اجتماع مغلق"))
  }

  @Test func longHeadlinesAreCutAtAWord() {
    let slug = Slug.derive(from: String(repeating: "harbour ", count: 30))
    #expect(slug.count <= 80)
    #expect(!slug.hasSuffix("-"))
    #expect(slug.hasSuffix("harbour"))
  }
}
