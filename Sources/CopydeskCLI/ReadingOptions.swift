import ArgumentParser
import CopydeskAST
import CopydeskBuild
import CopydeskFormats
import CopydeskReader
import Foundation

/// Options that fill in what a story file leaves out.
struct ReadingOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Publication time for raw wire copy, which carries none (RFC 3339 with offset).",
      valueName: "time"))
  var date: Timestamp?

  @Option(
    help: ArgumentHelp(
      "The time to publish as (RFC 3339): embargoes are judged against it, and raw wire copy "
        + "without --date is dated with it. Default: now.", valueName: "time"))
  var clock: Timestamp?

  @Option(
    help: ArgumentHelp(
      "Provider id used in default guids (urn:newsml:ID:…); default: provider.id, else "
        + "example.com.", valueName: "id"))
  var provider: String?

  @Option(
    help: ArgumentHelp(
      "Time zone (e.g. Europe/Berlin) that gives date-times without an offset their meaning.",
      valueName: "zone"))
  var timeZone: String?

  @Option(
    help: ArgumentHelp(
      "Language of stories that name none (BCP 47); default: site.language, else en.",
      valueName: "tag"))
  var language: String?

  func validate() throws {
    if let timeZone, TimeZone(identifier: timeZone) == nil {
      throw ValidationError(
        "Unknown time zone '\(timeZone)'; use an IANA name such as Europe/Berlin.")
    }
    if let provider, !IdentifierSyntax.isProviderID(provider) {
      throw ValidationError(
        "--provider must be a domain-like name of letters, digits, dots and hyphens, such as "
          + "example.com, got '\(provider)'.")
    }
    if let language, !IdentifierSyntax.isLanguageTag(language) {
      throw ValidationError(
        "--language must be a BCP 47 tag such as en, de-CH or ar, got '\(language)'.")
    }
  }

  /// Applies the flags given over the project's settings.
  func apply(to config: inout ProjectConfig) {
    if let provider { config.site.providerID = provider }
    if let language { config.language = language }
    if let timeZone { config.timeZone = timeZone }
  }

  /// The reader options of `config`; raw wire copy without `--date` is dated with the clock.
  func readerOptions(_ config: ProjectConfig) -> ReaderOptions {
    var options = config.readerOptions
    options.wireDate = date ?? clock ?? Timestamp.now()
    options.wireDateIsChosen = date != nil
    return options
  }
}
