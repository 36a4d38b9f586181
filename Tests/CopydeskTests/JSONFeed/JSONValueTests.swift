import Foundation
import Testing

@testable import CopydeskFormats

/// A `JSONValue` built directly is written with the bytes `JSONEncoder` writes (sorted keys,
/// unescaped slashes) for the `Encodable` with the same members: the JSON-LD, feed items and
/// index rows rely on it to stay as they were.
@Suite struct JSONValueTests {
  struct Person: Encodable {
    var type = "Person"
    var name: String
    var url: String?
    enum CodingKeys: String, CodingKey {
      case type = "@type"
      case name, url
    }

    var json: JSONValue {
      var object = JSONMembers()
      object.set("@type", type)
      object.set("name", name)
      object.set("url", url)
      return .object(object)
    }
  }

  struct Story: Encodable {
    var headline: String
    var summary: String?
    var wordCount: Int
    var urgency: Int?
    var keywords: [String]?
    var authors: [Person]
    var lead: Person?
    var isPublic: Bool
    enum CodingKeys: String, CodingKey {
      case headline, summary, wordCount, urgency, keywords, authors, lead
      case isPublic = "_public"
    }

    // Set in an order unlike the sorted one, uppercase and `_`, `@` keys among them.
    var json: JSONValue {
      var object = JSONMembers()
      object.set("wordCount", wordCount)
      object.set("_public", .boolean(isPublic))
      object.set("keywords", keywords)
      object.set("headline", headline)
      object.set("urgency", urgency)
      object.set("authors", .array(authors.map(\.json)))
      object.set("summary", summary)
      object.set("lead", lead?.json)
      return .object(object)
    }
  }

  static let stories = [
    Story(
      headline: "</script> \"quoted\" a/b é 東京", summary: nil, wordCount: 0, urgency: 4,
      keywords: ["x", ""], authors: [Person(name: "Ana", url: "https://example.com/a?b=1&c")],
      lead: nil, isPublic: true),
    Story(
      headline: "", summary: "line\nbreak\u{1F}", wordCount: .max, urgency: nil, keywords: nil,
      authors: [], lead: Person(name: "Tom", url: nil), isPublic: false),
  ]

  @Test(arguments: stories.indices)
  func directValuesMatchJSONEncoder(_ index: Int) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let expected = try encoder.encode(Self.stories[index])
    let written = SortedJSONEncoder.encode(Self.stories[index].json)
    #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
  }

  @Test func aMemberSetToNilIsLeftOutAndOneSetTwiceKeepsItsLastValue() {
    var object = JSONMembers()
    object.set("b", "first")
    object.set("a", nil as String?)
    object.set("b", "last")
    object.set("c", .null)
    let written = SortedJSONEncoder.encode(.object(object))
    #expect(String(decoding: written, as: UTF8.self) == #"{"b":"last","c":null}"#)
  }
}
