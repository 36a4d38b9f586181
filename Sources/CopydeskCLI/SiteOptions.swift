import ArgumentParser
import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// Options that describe the publication stories appear in.
struct SiteOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Absolute URL the output folder is served from; gives canonical and Open Graph URLs.",
      valueName: "url"))
  var baseURL: String?

  @Option(
    help: ArgumentHelp(
      "The publication's name (default: site.title from copydesk.yml, else copydesk).",
      valueName: "name"))
  var siteTitle: String?

  @Option(
    help: ArgumentHelp(
      "The organisation that publishes the stories (default: provider.name, else copydesk).",
      valueName: "name"))
  var publisher: String?

  @Option(
    help: ArgumentHelp(
      "Folder of Mustache templates that replace the built-in ones by name.", valueName: "dir"))
  var templates: String?

  func validate() throws {
    if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
      throw ValidationError("--base-url must be an absolute http(s) URL, got '\(baseURL)'.")
    }
  }

  /// Applies the flags given over the project's settings and templates.
  func apply(to project: inout Project) throws(Diagnostic) {
    if let baseURL {
      project.config.site.baseURL = baseURL
    }
    if let siteTitle { project.config.site.title = siteTitle }
    if let publisher { project.config.site.publisher = publisher }
    if let templates {
      project.templates = try TemplateSet(overridesIn: URL(fileURLWithPath: templates))
    }
  }
}
