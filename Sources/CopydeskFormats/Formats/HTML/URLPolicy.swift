import Foundation

/// Decides which URLs may reach `href` and `src`.
///
/// Only `http`, `https`, `mailto` and relative URLs pass. Anything else (`javascript:`,
/// `vbscript:`, `data:`, in any case, hidden behind white space, control characters or
/// character references) is refused.
enum URLPolicy {
  /// The schemes a published page may link to.
  static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

  /// The URL to publish, or nil when it must be dropped.
  static func safeURL(_ url: String) -> String? {
    let normalized = normalizedForSchemeCheck(url)
    guard let scheme = scheme(of: normalized) else {
      return normalized.isEmpty
        ? nil : percentEncodeUnsafe(url.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    guard allowedSchemes.contains(scheme) else { return nil }
    return percentEncodeUnsafe(url.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Characters a URL may not contain literally (WHATWG URL), written as `%XX`.
  private static let unsafeCharacters: Set<Unicode.Scalar> = [
    " ", "\"", "<", ">", "\\", "^", "`", "{", "|", "}",
  ]

  private static func percentEncodeUnsafe(_ url: String) -> String {
    var result = ""
    for scalar in url.unicodeScalars {
      if unsafeCharacters.contains(scalar) || scalar.value < 0x20 || scalar.value == 0x7F {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += (hex.count == 1 ? "%0" : "%") + hex
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
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
