import ArgumentParser
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

  /// The reader options these flags describe; raw wire copy without `--date` is dated now.
  func readerOptions() -> ReaderOptions {
    let now = Timestamp(
      secondsSinceEpoch: Int64(Date().timeIntervalSince1970.rounded(.down)), offsetMinutes: 0)
    return ReaderOptions(
      provider: provider, defaultLanguage: language,
      defaultTimeZone: timeZone.flatMap(TimeZone.init(identifier:)), wireDate: date ?? now)
  }
}
