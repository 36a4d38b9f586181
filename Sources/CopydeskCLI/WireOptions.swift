import ArgumentParser
import Copydesk

/// Options for wire output.
struct WireOptions: ParsableArguments {
  @Option(help: "Wire layout: iptc7901, anpa1312 or plain.")
  var wireProfile: WireProfile = .iptc7901

  @Option(help: "Wire character set: ascii (transliterated, the default), latin1 or utf8.")
  var wireCharset: WireCharset = .ascii

  @Option(help: ArgumentHelp("Wire service id (7901: 3 letters; ANPA selector).", valueName: "id"))
  var wireService = "cdk"

  @Option(help: ArgumentHelp("Wire category for stories that name none.", valueName: "code"))
  var wireCategory = "i"

  @Option(help: ArgumentHelp("Wire story sequence number.", valueName: "n"))
  var sequence = 1

  @Flag(help: "Print link URLs in brackets after the link text in wire output.")
  var wireLinkURLs = false

  @Flag(help: "Show wire control characters as symbols (␁ ␂ ␃ ␄) under a column ruler.")
  var showControls = false

  func validate() throws {
    guard wireService.count == 3, wireService.allSatisfy({ $0.isASCII && $0.isLetter }) else {
      throw ValidationError("--wire-service must be 3 letters, such as cdk, got '\(wireService)'.")
    }
    guard (1...3).contains(wireCategory.count),
      wireCategory.allSatisfy({ $0.isASCII && $0.isLetter })
    else {
      throw ValidationError(
        "--wire-category must be 1 to 3 letters, such as i or pl, got '\(wireCategory)'.")
    }
    guard sequence >= 0 else { throw ValidationError("--sequence must not be negative.") }
  }
}
