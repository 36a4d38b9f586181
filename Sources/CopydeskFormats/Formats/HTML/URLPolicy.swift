import CopydeskCore
import Foundation

/// Decides which URLs may reach `href` and `src`.
///
/// Only `http`, `https`, `mailto` and relative URLs pass. Anything else (`javascript:`,
/// `vbscript:`, `data:`, in any case, hidden behind white space, control characters or
/// character references) is refused.
enum URLPolicy {
  /// The schemes a published page may link to.
  static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

  /// The URL to publish, percent-encoded as CommonMark does, or nil when it must be dropped.
  ///
  /// An empty URL (`[x]()`) is a valid relative reference to the page itself.
  static func safeURL(_ url: String) -> String? {
    let normalized = normalizedForSchemeCheck(url)
    if let scheme = scheme(of: normalized), !allowedSchemes.contains(scheme) { return nil }
    return percentEncoded(EdgeTrimming.trimmed(url))
  }

  /// `url` with every byte outside the set cmark's `houdini_escape_href` keeps (letters,
  /// digits and `-_.+!*'(),%#@?=;:/&$~`) written as `%XX`: spaces, quotes, brackets, and
  /// the UTF-8 bytes of non-ASCII characters (`bä` → `b%C3%A4`).
  static func percentEncoded(_ url: String) -> String {
    guard !url.utf8.allSatisfy(isHrefSafe) else { return url }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(url.utf8.count + 16)
    let hex = Array("0123456789ABCDEF".utf8)
    for byte in url.utf8 {
      if isHrefSafe(byte) {
        bytes.append(byte)
      } else {
        bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func isHrefSafe(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"),
      UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "'"), UInt8(ascii: "("),
      UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "%"), UInt8(ascii: "#"),
      UInt8(ascii: "@"), UInt8(ascii: "?"), UInt8(ascii: "="), UInt8(ascii: ";"),
      UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "&"), UInt8(ascii: "$"),
      UInt8(ascii: "~"):
      true
    default:
      false
    }
  }

  /// Makes a root-relative URL (`/media/a.jpg`) absolute against `baseURL`; other URLs
  /// are returned unchanged.
  static func absolute(_ url: String, baseURL: String?) -> String {
    guard let baseURL, url.hasPrefix("/"), !url.hasPrefix("//"),
      let hostEnd = hostEnd(of: baseURL)
    else { return url }
    return String(baseURL[..<hostEnd]) + url
  }

  /// The URL as a browser would read its scheme: character references decoded, and
  /// ASCII white space and control characters removed.
  private static func normalizedForSchemeCheck(_ url: String) -> String {
    // Without `&`, white space or controls there is nothing to decode or remove.
    let mayChange = ByteScan.any(in: url) {
      ByteScan.flag($0 == UInt8(ascii: "&")) | ByteScan.flag($0 <= 0x20)
        | ByteScan.flag($0 == 0x7F)
    }
    guard mayChange else { return url }
    var decoded = url
    for (reference, replacement) in [
      ("&colon;", ":"), ("&Tab;", ""), ("&NewLine;", ""), ("&#x3a;", ":"), ("&#x3A;", ":"),
      ("&#58;", ":"),
    ] {
      decoded = decoded.replacingOccurrences(
        of: reference, with: replacement, options: .caseInsensitive)
    }
    decoded = decodeNumericReferences(decoded)
    return String(
      String.UnicodeScalarView(
        decoded.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
  }

  private static func decodeNumericReferences(_ text: String) -> String {
    guard text.contains("&#") else { return text }
    let pattern = #/&#(?<hex>[xX])?(?<digits>[0-9a-fA-F]+);?/#
    return text.replacing(pattern) { match in
      let value = UInt32(match.digits, radix: match.hex == nil ? 10 : 16)
      return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
    }
  }

  private static func scheme(of url: String) -> String? {
    guard let colon = url.firstIndex(of: ":") else { return nil }
    let candidate = url[..<colon]
    guard let first = candidate.first, first.isASCII, first.isLetter,
      candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
    else { return nil }
    return candidate.lowercased()
  }

  private static func hostEnd(of baseURL: String) -> String.Index? {
    guard let schemeEnd = baseURL.range(of: "://") else { return nil }
    return baseURL[schemeEnd.upperBound...].firstIndex(of: "/") ?? baseURL.endIndex
  }
}
