import CopydeskAST
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// The desk's checks of a story that reads well but may not serve readers well.
///
/// No summary or byline, a headline too long for the wire, heading levels that skip, a
/// picture that is not there, an embargo already past: each is a warning at the line concerned.
struct EditorialChecks {
  /// The time the embargo is judged against.
  let clock: Timestamp
  /// The folders a relative picture path may be found in besides the story's own: the
  /// project folder and its static folder.
  let pictureFolders: [URL]
  /// The project's static folder, which the build copies to the output's `/static/`.
  let staticFolder: URL

  /// The checks for the project of `settings`, as of its clock.
  init(settings: BuildSettings) {
    clock = settings.clock
    staticFolder = settings.config.resolve(settings.config.staticPath)
    pictureFolders = [settings.config.root, staticFolder]
  }

  /// The warnings for `read`, the story read from `file` (a path to look beside for pictures),
  /// shown as `display`.
  func warnings(for read: ReadResult, file: URL, display: String) -> [Diagnostic] {
    let metadata = read.article.metadata
    let isMarkdown = StoryReader.markdownExtensions.contains(file.pathExtension.lowercased())
    let line = { (key: String) in read.keyLines[key] ?? 1 }
    var warnings: [Diagnostic] = []
    func warn(_ key: String, at line: Int?, _ message: String) {
      warnings.append(Diagnostic(.warning, file: display, line: line, key: key, message: message))
    }
    if isMarkdown, metadata.summary == nil {
      warn(
        "summary", at: nil,
        "the story has no 'summary'; feeds, ninjs and search results show one: add a sentence "
          + "that tells the story")
    }
    if isMarkdown, metadata.byline.isEmpty {
      warn("byline", at: nil, "the story has no 'byline'; add who wrote it, as in byline: Ana Ruiz")
    }
    if metadata.headline.count > WireFormat.headlineLimit {
      warn(
        "headline", at: line("headline"),
        "the headline is \(metadata.headline.count) characters; ANPA-1312 receivers take "
          + "\(WireFormat.headlineLimit) (the rest is cut) and IPTC 7901 wraps it: shorten it")
    }
    if let embargo = metadata.embargo, embargo <= clock {
      warn(
        "embargo", at: line("embargo"),
        "the embargo (\(RFC3339.format(embargo))) has passed, so it holds nothing back; "
          + "remove it, or move it later if the story must still wait")
    }
    return warnings + headingWarnings(read, display: display)
      + pictureWarnings(for: read, file: file, display: display)
  }

  /// A warning for each local picture path of `read` (read from `file`, shown as `display`)
  /// that names no file: a build and `check` both report it.
  func pictureWarnings(for read: ReadResult, file: URL, display: String) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    let local = Self.pictures(of: read.article).filter(Self.isLocal)
    guard !local.isEmpty else { return [] }
    let folders = [file.deletingLastPathComponent()] + pictureFolders
    for url in local {
      let path = Self.localPath(url)
      // `/static/…` is where the build copies the static folder: look there.
      let exists =
        path.hasPrefix("/static/")
        ? FileManager.default.fileExists(
          atPath: staticFolder.appendingPathComponent(String(path.dropFirst(8))).path)
        : folders.contains {
          FileManager.default.fileExists(atPath: $0.appendingPathComponent(path).path)
        }
      if !exists {
        warnings.append(
          Diagnostic(
            .warning, file: display,
            line: read.source.isEmpty ? nil : Self.lineMentioning(url, in: read.source),
            key: "picture",
            message: "the picture '\(url)' is not a file beside the story, in the project "
              + "folder or in the static folder (/static/… in a story); check the path, or "
              + "give its full https:// address"))
      }
    }
    return warnings
  }

  /// A warning for each heading more than one level below the one before it.
  private func headingWarnings(_ read: ReadResult, display: String) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    var previous: Int?
    for (level, text) in Self.headings(in: read.article.body) {
      if let previous, level > previous + 1 {
        let wanted = String(repeating: "#", count: previous + 1)
        warnings.append(
          Diagnostic(
            .warning, file: display, line: Self.lineMentioning(text, in: read.source, prefix: "#"),
            key: "heading",
            message: "the heading '\(text)' is level \(level) after a level-\(previous) "
              + "heading, so a level is skipped for screen readers and outlines: make it "
              + "\(wanted)"))
      }
      previous = level
    }
    return warnings
  }

  /// The body's headings in order, with their levels, lists and quotes included.
  static func headings(in blocks: [Block]) -> [(level: Int, text: String)] {
    blocks.flatMap { block -> [(level: Int, text: String)] in
      switch block {
      case .heading(let level, let content): [(level, content.plainText)]
      case .blockQuote(let inner): headings(in: inner)
      case .list(_, _, _, let items): items.flatMap { headings(in: $0) }
      default: []
      }
    }
  }

  /// Every picture address of the article: the front matter's and the body's.
  static func pictures(of article: Article) -> [String] {
    var urls = article.metadata.image.map { [$0.url] } ?? []
    func visit(_ inlines: [Inline]) {
      for inline in inlines {
        switch inline {
        case .image(let url, _, _): urls.append(url)
        case .emphasis(let inner), .strong(let inner), .strikethrough(let inner),
          .link(_, _, let inner):
          visit(inner)
        default: continue
        }
      }
    }
    func visit(_ blocks: [Block]) {
      for block in blocks {
        switch block {
        case .paragraph(let inlines), .heading(_, let inlines): visit(inlines)
        case .blockQuote(let inner): visit(inner)
        case .list(_, _, _, let items):
          for item in items { visit(item) }
        case .table(let header, let rows, _):
          for cell in header + rows.joined() { visit(cell) }
        case .figure(let image): urls.append(image.url)
        default: continue
        }
      }
    }
    visit(article.body)
    return urls
  }

  /// True for an address without a scheme or host: a file the project should hold.
  static func isLocal(_ url: String) -> Bool {
    !url.isEmpty && !url.hasPrefix("//") && !url.hasPrefix("#")
      && URLComponents(string: url)?.scheme == nil
  }

  /// The file path of a local address: without query or fragment, percent-decoded.
  static func localPath(_ url: String) -> String {
    let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
    let file = path.split(separator: "#", maxSplits: 1).first.map(String.init) ?? path
    return file.removingPercentEncoding ?? file
  }

  /// The first source line that starts with `prefix` and contains `text`, when there is one.
  static func lineMentioning(_ text: String, in source: String, prefix: String = "") -> Int? {
    guard !text.isEmpty else { return nil }
    var number = 0
    for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      if line.hasPrefix(prefix), line.contains(text) { return number }
    }
    return nil
  }
}
