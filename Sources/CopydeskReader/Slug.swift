import CopydeskCore
import Foundation

/// Slugs: the only part of a story that becomes a file name, so only `[a-z0-9-]`.
public enum Slug {
  /// The longest slug derived from a headline.
  static let maximumLength = 80

  /// Checks a slug the writer gave; anything outside `[a-z0-9-]` is an error, never a path.
  static func validate(_ slug: String, field: YAMLField) throws(Diagnostic) -> String {
    let allowed = slug.utf8.allSatisfy {
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-")
    }
    guard allowed, !slug.hasPrefix("-"), !slug.hasSuffix("-"), slug.count <= 200 else {
      throw field.diagnostic(
        "'slug' may only contain lower-case letters a-z, digits and inner hyphens (at most 200), "
          + "got '\(slug)'; it names the output files")
    }
    return slug
  }

  /// Derives a slug from a headline: ASCII-folded, lower-case, words joined by hyphens.
  ///
  /// Headlines with no Latin letters (CJK, Arabic) get `story-` and a stable hash.
  public static func derive(from headline: String) -> String {
    var slug = ""
    var pendingHyphen = false
    for character in headline {
      let folded = ASCIIFolding.fold(character)?.lowercased() ?? ""
      let alphanumerics = folded.filter { $0.isLetter || $0.isNumber }
      if alphanumerics.isEmpty {
        if character != "'" && character != "’" { pendingHyphen = !slug.isEmpty }
        continue
      }
      if pendingHyphen { slug += "-" }
      pendingHyphen = false
      slug += alphanumerics
    }
    if slug.count > maximumLength {
      slug = String(slug.prefix(maximumLength))
      if let cut = slug.lastIndex(of: "-"), slug.distance(from: slug.startIndex, to: cut) > 20 {
        slug = String(slug[..<cut])
      }
    }
    if slug.count < 3 { slug = "story-" + stableHash(headline) }
    return slug
  }

  /// FNV-1a over the UTF-8 bytes, 32 bits in hex: the same on every machine and run.
  static func stableHash(_ text: String) -> String {
    var hash: UInt32 = 2_166_136_261
    for byte in text.utf8 {
      hash = (hash ^ UInt32(byte)) &* 16_777_619
    }
    return String(format: "%08x", hash)
  }
}
