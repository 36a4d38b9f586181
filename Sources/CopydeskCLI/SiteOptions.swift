import ArgumentParser
import Copydesk
import CopydeskReader
import Foundation

/// Options that describe the publication stories appear in.
struct SiteOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Absolute URL the output folder is served from; gives canonical and Open Graph URLs.",
      valueName: "url"))
  var baseURL: String?

  @Option(help: ArgumentHelp("The publication's name.", valueName: "name"))
  var siteTitle = "copydesk"

  @Option(help: ArgumentHelp("The organisation that publishes the stories.", valueName: "name"))
  var publisher = "copydesk"

  @Option(
    help: ArgumentHelp(
      "Folder of Mustache templates that replace the built-in ones by name.", valueName: "dir"))
  var templates: String?

  func validate() throws {
    if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
      throw ValidationError("--base-url must be an absolute http(s) URL, got '\(baseURL)'.")
    }
  }

  /// The site settings these flags describe.
  var site: SiteSettings {
    SiteSettings(title: siteTitle, baseURL: baseURL, publisher: publisher)
  }

  /// The templates to render with: the built-in ones, or those with `--templates` overrides.
  func templateSet() throws(Diagnostic) -> TemplateSet {
    guard let templates else { return .defaults }
    return try TemplateSet(overridesIn: URL(fileURLWithPath: templates))
  }
}
