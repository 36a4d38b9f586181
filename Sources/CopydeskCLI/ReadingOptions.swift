import ArgumentParser
import Copydesk
import CopydeskAST
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
    help: ArgumentHelp("Provider id used in default guids (urn:newsml:ID:…).", valueName: "id"))
  var provider = "example.com"

  @Option(
    help: ArgumentHelp(
      "Time zone (e.g. Europe/Berlin) that gives date-times without an offset their meaning.",
      valueName: "zone"))
  var timeZone: String?

  @Option(help: ArgumentHelp("Language of stories that name none (BCP 47).", valueName: "tag"))
  var language = "en"

  func validate() throws {
    if let timeZone, TimeZone(identifier: timeZone) == nil {
      throw ValidationError(
        "Unknown time zone '\(timeZone)'; use an IANA name such as Europe/Berlin.")
    }
  }

  /// The reader options these flags describe; raw wire copy without `--date` is dated
  /// with the clock.
  func readerOptions() -> ReaderOptions {
    ReaderOptions(
      provider: provider, defaultLanguage: language,
      defaultTimeZone: timeZone.flatMap(TimeZone.init(identifier:)),
      wireDate: date ?? clock ?? Timestamp.now())
  }
}
