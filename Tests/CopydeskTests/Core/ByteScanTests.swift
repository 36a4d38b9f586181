import CopydeskCore
import Testing

@testable import CopydeskReader

/// The block-at-a-time byte tests agree with a byte-by-byte loop wherever the match falls:
/// before, inside and after whole 64-byte blocks, and in a text shorter than one.
@Suite struct ByteScanTests {
  /// Texts of every length up to three blocks and a bit, with one marked byte at each place.
  static func markedTexts(marker: UInt8, filler: UInt8 = UInt8(ascii: "a")) -> [(
    bytes: [UInt8], markedAt: Int?
  )] {
    var texts: [([UInt8], Int?)] = []
    for length in 0...200 {
      let plain = [UInt8](repeating: filler, count: length)
      texts.append((plain, nil))
      for place in [0, 1, 31, 32, 63, 64, 65, 127, 128, 191, length - 1]
      where (0..<length)
        .contains(place)
      {
        var marked = plain
        marked[place] = marker
        texts.append((marked, place))
      }
    }
    return texts
  }

  @Test func anyFindsAByteWhereverItIs() {
    for (bytes, markedAt) in Self.markedTexts(marker: UInt8(ascii: "<")) {
      let found = bytes.withUnsafeBufferPointer {
        ByteScan.any($0) { ByteScan.flag($0 == UInt8(ascii: "<")) }
      }
      #expect(
        found == (markedAt != nil),
        "length \(bytes.count), marked at \(String(describing: markedAt))")
    }
  }

  @Test func firstIndexFindsTheFirstMatchFromWhereItStarts() {
    for (bytes, markedAt) in Self.markedTexts(marker: UInt8(ascii: "<")) {
      for start in [0, 1, 63, 64, 65, 200] {
        let found = bytes.withUnsafeBufferPointer {
          ByteScan.firstIndex(in: $0, from: start) { ByteScan.flag($0 == UInt8(ascii: "<")) }
        }
        let expected = markedAt.flatMap { $0 >= start ? $0 : nil }
        #expect(found == expected, "length \(bytes.count), start \(start)")
      }
    }
  }

  @Test func countCountsEveryMatch() {
    for length in [0, 1, 15, 16, 17, 64, 100, 1000] {
      let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37) }
      for byte: UInt8 in [0, 37, 74, 255] {
        let counted = bytes.withUnsafeBufferPointer { ByteScan.count(of: byte, in: $0) }
        #expect(counted == bytes.filter { $0 == byte }.count)
        let below = bytes.withUnsafeBufferPointer {
          ByteScan.count($0) { ByteScan.flag($0 < byte) }
        }
        #expect(below == bytes.filter { $0 < byte }.count)
      }
    }
  }

  /// `mayHoldRun` may say yes wrongly, never no wrongly: a run one byte over the limit is
  /// seen wherever it starts; runs shorter than one block never are.
  @Test func aRunOverTheLimitIsNeverMissed() {
    let space = UInt8(ascii: " ")
    func isSpace(_ byte: UInt8) -> UInt8 { ByteScan.flag(byte == space) }
    for limit in [0, 1, 63, 64, 127, 200, 4_096] {
      for start in [0, 1, 7, 63, 64, 65, 100] {
        let bytes =
          [UInt8](repeating: space, count: start) + [UInt8](repeating: 0x61, count: limit + 1)
          + [space]
        let found = bytes.withUnsafeBufferPointer {
          ByteScan.mayHoldRun(longerThan: limit, in: $0, without: isSpace)
        }
        #expect(found, "limit \(limit), run starting at \(start)")
      }
    }
    let words = [UInt8](String(repeating: "short words only ", count: 1_000).utf8)
    let found = words.withUnsafeBufferPointer {
      ByteScan.mayHoldRun(longerThan: 4_096, in: $0, without: isSpace)
    }
    #expect(!found)
  }

  /// The quick scan for characters no format carries agrees with the exact test on each
  /// byte, in and out of blocks.
  @Test(arguments: [0x00, 0x08, 0x0B, 0x1F, 0x7F, 0xC2, 0xEF] as [UInt8])
  func controlCharactersAreNoticedAnywhere(byte: UInt8) {
    for (bytes, markedAt) in Self.markedTexts(marker: byte) {
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(ControlCharacters.mightOccur(in: text) == (markedAt != nil))
    }
    for allowed: UInt8 in [0x09, 0x0A, 0x0D, 0x20, 0x7E] {
      for (bytes, _) in Self.markedTexts(marker: allowed) {
        #expect(!ControlCharacters.mightOccur(in: String(decoding: bytes, as: UTF8.self)))
      }
    }
  }

  /// The shape limits still refuse a run one character over, wherever in the body it starts,
  /// and read one at the limit (the whole-text counts only decide when to look closely).
  @Test func shapeLimitsHoldWhereverTheRunStarts() {
    for prefix in [0, 1, 5, 63, 64, 65, 130] {
      let lead = prefix == 0 ? "" : String(repeating: "a", count: prefix) + " "
      for (length, refused) in [(4_096, false), (4_097, true)] {
        let body = lead + String(repeating: "b", count: length) + " end\n"
        var refusal: String?
        do {
          try MarkdownShapeLimits.check(body, fileName: "story.md", firstLine: 5)
        } catch {
          refusal = error.description
        }
        #expect(
          (refusal?.hasPrefix("story.md:5: error: a run of more than 4096 characters") ?? false)
            == refused, "prefix \(prefix), run \(length): \(refusal ?? "read")")
      }
    }
  }
}
