import CopydeskAST
import Foundation
import Testing

@testable import CopydeskFormats

/// The Open Graph and Twitter card tags `head.mustache` places with `{{{socialMeta}}}`: the
/// same lines, in the same order, that the template wrote tag by tag before.
@Suite struct SocialMetaTests {
  static let published = ArticlePage.Time(
    Timestamp(secondsSinceEpoch: 1_772_611_200, offsetMinutes: 60))

  /// Without a site address, summary, picture or update, only the tags every page has remain.
  @Test func aPageWithOnlyItsHeadlineHasTheTagsEveryPageHas() {
    let tags = SocialMeta.tags(
      pageURL: nil, siteTitle: "Desk", headline: "Vote", summary: nil, picture: nil,
      published: Self.published, updated: nil, twitterCard: "summary")
    #expect(
      tags == """
        <meta property="og:type" content="article">
        <meta property="og:site_name" content="Desk">
        <meta property="og:title" content="Vote">
        <meta property="article:published_time" content="2026-03-04T09:00:00+01:00">
        <meta name="twitter:card" content="summary">
        <meta name="twitter:title" content="Vote">
        """)
  }

  /// Every optional tag, and every value escaped as template values are (`& < > " '`).
  @Test func everyFieldGivesItsTagsEscaped() {
    let picture = ArticlePage.Picture(
      src: "https://example.com/a.jpg?x=1&y=2", alt: "Cranes \"idle\"", caption: nil,
      credit: nil, hasCaption: false)
    let tags = SocialMeta.tags(
      pageURL: "https://example.com/html/vote.html", siteTitle: "Desk & Co",
      headline: "</title><script>", summary: "It's <b>", picture: picture,
      published: Self.published,
      updated: ArticlePage.Time(Timestamp(secondsSinceEpoch: 1_772_614_800, offsetMinutes: 0)),
      twitterCard: "summary_large_image")
    #expect(
      tags == """
        <meta property="og:url" content="https://example.com/html/vote.html">
        <meta property="og:type" content="article">
        <meta property="og:site_name" content="Desk &amp; Co">
        <meta property="og:title" content="&lt;/title&gt;&lt;script&gt;">
        <meta property="og:description" content="It&#39;s &lt;b&gt;">
        <meta property="og:image" content="https://example.com/a.jpg?x=1&amp;y=2">
        <meta property="og:image:alt" content="Cranes &quot;idle&quot;">
        <meta property="article:published_time" content="2026-03-04T09:00:00+01:00">
        <meta property="article:modified_time" content="2026-03-04T09:00:00Z">
        <meta name="twitter:card" content="summary_large_image">
        <meta name="twitter:title" content="&lt;/title&gt;&lt;script&gt;">
        <meta name="twitter:description" content="It&#39;s &lt;b&gt;">
        <meta name="twitter:image" content="https://example.com/a.jpg?x=1&amp;y=2">
        """)
  }
}
