import ArgumentParser
import CopydeskBuild
import CopydeskFormats

/// Options for wire output.
struct WireOptions: ParsableArguments {
  @Option(help: "Wire layout: iptc7901 (default), anpa1312 or plain.")
  var wireProfile: WireProfile?

  @Option(help: "Wire character set: ascii (transliterated, the default), latin1 or utf8.")
  var wireCharset: WireCharset?

  @Option(
    help: ArgumentHelp(
      "Wire service id (7901: 3 letters; ANPA selector); default: formats.wire.service, else cdk.",
      valueName: "id"))
  var wireService: String?

  @Option(
    help: ArgumentHelp(
      "Wire category for stories that name none; default: formats.wire.category, else i.",
      valueName: "code"))
  var wireCategory: String?

  @Option(help: ArgumentHelp("Wire story sequence number.", valueName: "n"))
  var sequence = 1

  @Flag(
    name: .customLong("wire-link-urls"),
    help: "Print link URLs in brackets after the link text in wire output.")
  var wireLinkURLs = false

  @Flag(help: "Show wire control characters as symbols (␁ ␂ ␃ ␄) under a column ruler.")
  var showControls = false

  func validate() throws {
    if let wireService, wireService.count != 3 || !wireService.allSatisfy(\.isASCIILetter) {
      throw ValidationError("--wire-service must be 3 letters, such as cdk, got '\(wireService)'.")
    }
    if let wireCategory,
      !(1...3).contains(wireCategory.count) || !wireCategory.allSatisfy(\.isASCIILetter)
    {
      throw ValidationError(
        "--wire-category must be 1 to 3 letters, such as i or pl, got '\(wireCategory)'.")
    }
    guard sequence >= 0 else { throw ValidationError("--sequence must not be negative.") }
  }

  /// Applies the flags given over the project's wire settings.
  func apply(to options: inout FormatOptions) {
    var wire = options[WireSettings.self]
    if let wireProfile { wire.profile = wireProfile }
    if let wireCharset {
      wire.charset = wireCharset
      wire.charsetByLanguage = []
    }
    if let wireService { wire.service = wireService }
    if let wireCategory { wire.category = wireCategory }
    if wireLinkURLs { wire.linkURLs = true }
    options[WireSettings.self] = wire
  }
}

extension Character {
  /// True for the letters A–Z and a–z.
  var isASCIILetter: Bool { isASCII && isLetter }
}
