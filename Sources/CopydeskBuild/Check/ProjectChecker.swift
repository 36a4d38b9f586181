public import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// `copydesk check`: reads every story and renders it to every selected format without
/// writing anything, and reports every problem at once, with the desk's editorial checks.
public enum ProjectChecker {
  /// Checks the stories `paths` name (files or folders; the settings' stories folder when
  /// there are none), with the project of `settings`.
  ///
  /// Drafts and withheld stories are rendered too: their problems are found before they
  /// publish. Nothing is written.
  public static func check(_ settings: BuildSettings, paths: [String] = []) throws(Diagnostic)
    -> CheckReport
  {
    var report = CheckReport()
    report.add(settings.templates.warnings(concerning: settings.formats))
    let stories = try self.stories(settings, paths: paths, report: &report)
    report.stories = stories.count
    var configured = StoryBuild(
      formats: settings.formats, site: settings.config.site, templates: settings.templates,
      options: settings.config.options, layout: settings.config.layout(),
      readerOptions: settings.config.readerOptions, clock: settings.clock, strict: false,
      checks: settings.checks)
    configured.filters = settings.config.filters
    configured.rendersEveryFormat = true
    let builder = configured
    let editorial = EditorialChecks(settings: settings)
    let checked = ResultSlots<Checked>(count: stories.count)
    let limit = settings.config.readerOptions.maximumFileSize
    ParallelWork.forEach(count: stories.count, jobs: settings.jobs) { index in
      checked.store(
        check(stories[index], builder: builder, editorial: editorial, limit: limit), at: index)
    }
    for story in checked.values { report.add(story.problems) }
    report.add(collisions(checked.values))
    return report
  }

  /// One story to check: how messages name it and the file to read.
  struct Story: Sendable {
    var display: String
    var file: URL
  }

  /// What checking one story found, and the identity it would publish under.
  struct Checked: Sendable {
    var display: String
    var problems: [Diagnostic] = []
    var slug: String?
    var guid: String?
    /// The front-matter lines of the story's keys.
    var keyLines: [String: Int] = [:]
  }

  private static func stories(
    _ settings: BuildSettings, paths: [String], report: inout CheckReport
  ) throws(Diagnostic) -> [Story] {
    let roots =
      paths.isEmpty
      ? [(settings.storiesFolder, settings.displayPrefix)]
      : paths.map {
        (URL(fileURLWithPath: $0), $0)
      }
    var stories: [Story] = []
    for (url, prefix) in roots {
      guard FileStatus.of(url.path)?.kind == .folder else {
        stories.append(Story(display: prefix, file: url))
        continue
      }
      let discovery = StoryDiscovery(
        folder: url, outputFolder: settings.outputFolder,
        display: { BuildRun.display($0, prefix: prefix) })
      let found = try discovery.find()
      report.add(found.diagnostics + found.refused.map(\.error))
      stories += found.stories.map {
        Story(
          display: BuildRun.display($0.path, prefix: prefix),
          file: URL(fileURLWithPath: $0.file))
      }
    }
    return stories
  }

  private static func check(
    _ story: Story, builder: StoryBuild, editorial: EditorialChecks, limit: Int
  ) -> Checked {
    var checked = Checked(display: story.display)
    let read: ReadResult
    do throws(Diagnostic) {
      let source = try SourceFile.read(story.file.path, display: story.display, limit: limit)
      read = try StoryReader.read(
        data: source.data, fileName: story.display, options: builder.readerOptions(pinned: nil),
        sidecar: source.sidecar)
    } catch {
      checked.problems = error.expanded
      return checked
    }
    checked.slug = read.article.metadata.slug
    checked.guid = read.article.metadata.id
    checked.keyLines = read.keyLines
    var result = builder.build(read, displayPath: story.display)
    // Numbered outputs are laid out with a stand-in number: their warnings are found too.
    let sequences = Dictionary(uniqueKeysWithValues: result.numberingServices.map { ($0, 1) })
    StoryBuild.finish(&result, sequences: sequences, strict: false)
    var problems = result.warnings
    problems += result.failure.map(\.expanded) ?? []
    problems += result.formatFailures.map { failure in
      var error = failure.error
      error.message = "\(failure.format): \(error.message)"
      return error
    }
    problems += editorial.warnings(for: read, file: story.file, display: story.display)
    checked.problems = Diagnostic.inSourceOrder(
      problems.map { $0.withExcerpt(from: read.source, file: story.display) })
    return checked
  }

  /// An error for every story whose slug (or else guid) another story has too: a build
  /// publishes only the first of them.
  private static func collisions(_ stories: [Checked]) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    var reported: Set<String> = []
    for (key, identity) in [("slug", \Checked.slug), ("id", \Checked.guid)] {
      var owners: [String: [Checked]] = [:]
      for story in stories {
        if let value = story[keyPath: identity] { owners[value, default: []].append(story) }
      }
      for (value, sharing) in owners.sorted(by: { $0.key < $1.key }) where sharing.count > 1 {
        for story in sharing where !reported.contains(story.display) {
          reported.insert(story.display)
          let others = sharing.map(\.display).filter { $0 != story.display }
          problems.append(
            Diagnostic(
              .error, file: story.display, line: story.keyLines[key], key: key,
              message: "its \(key == "slug" ? "slug" : "guid") '\(value)' is also "
                + "\(others.joined(separator: ", "))'s, and a build publishes only one of them: "
                + "give each story its own 'slug:'"))
        }
      }
    }
    return problems
  }
}
