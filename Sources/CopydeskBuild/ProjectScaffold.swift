public import CopydeskAST
public import CopydeskCore
import CopydeskFormats
import CopydeskReader
public import Foundation

/// `copydesk init` and `copydesk new`: a project skeleton and new story files.
public enum ProjectScaffold {
  /// The config `init` writes: every setting at its default, with comments.
  static let configText = """
    # copydesk project settings. Every key is optional; these are the defaults.
    site:
      title: My Newsroom
      # base_url: https://news.example.com/   # where the output folder is served
      language: en
      # time_zone: Europe/Berlin              # pages show times in it; gives naive times a zone
    provider:
      id: example.com        # used in story ids: urn:newsml:{id}:{yyyymmdd}:{slug}
      name: My Newsroom
    formats:
      build: [html, newsml, wire, jsonfeed, ninjs, atom]   # `copydesk formats` lists them
      html: {index_limit: 500}                 # stories on html/index.html, newest first
      newsml: {body: xhtml}                    # or nitf
      wire: {profile: iptc7901, charset: ascii, service: cdk, category: i}
      # wire: {charset_by_language: {ru: utf8}} # a charset for one language's stories
      jsonfeed: {limit: 50}
      ninjs: {version: "3.1"}                  # or "2.2"
      atom: {limit: 50}
    paths:
      stories: Stories
      templates: Templates
      output: Output
      static: Static         # copied to Output/static/; link a picture as /static/NAME
    limits:
      story_bytes: 262144      # larger story files fail with a clear error; raise it if needed

    """

  /// Creates `copydesk.yml`, `Stories/` with a sample story, an empty `Static/` and, when
  /// asked, `Templates/` with copies of the built-in templates.
  ///
  /// Existing files are never overwritten; the result lists what was created and what was left
  /// alone.
  public static func initialize(
    _ folder: URL, copyTemplates: Bool, now: Timestamp
  ) throws(Diagnostic) -> (created: [String], kept: [String]) {
    var files: [(String, String)] = [
      ("copydesk.yml", configText), ("Stories/welcome.md", sampleStory(now: now)),
      ("Output/.gitignore", "*\n!.gitignore\n"), ("Static/.gitkeep", ""),
    ]
    if copyTemplates {
      files += TemplateSet.names.map {
        ("Templates/\($0).mustache", TemplateSet.defaults.source(named: $0) ?? "")
      }
    }
    var created: [String] = []
    var kept: [String] = []
    for (path, text) in files {
      let url = folder.appendingPathComponent(path)
      if FileManager.default.fileExists(atPath: url.path) {
        kept.append(path)
        continue
      }
      try create(url, text: text)
      created.append(path)
    }
    return (created, kept)
  }

  /// Writes a new draft story for `headline` into `folder`, dated `now`; returns its URL.
  public static func newStory(headline: String, in folder: URL, now: Timestamp) throws(Diagnostic)
    -> URL
  {
    let url = folder.appendingPathComponent(Slug.derive(from: headline) + ".md")
    guard !FileManager.default.fileExists(atPath: url.path) else {
      throw Diagnostic(
        .error, file: url.path,
        message: "a story file with this name already exists; nothing was written")
    }
    let quoted = headline.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
      of: "\"", with: "\\\"")
    let text = """
      ---
      headline: "\(quoted)"
      date: \(RFC3339.format(now))
      status: draft
      byline: []
      keywords: []
      ---

      Write the story here.

      """
    try create(url, text: text)
    return url
  }

  private static func sampleStory(now: Timestamp) -> String {
    """
    ---
    headline: Welcome to copydesk
    date: \(RFC3339.format(now))
    byline:
      - name: The Desk
        role: editor
    dateline: {city: NEWSROOM, country: Everywhere}
    summary: A sample story to show every format copydesk writes.
    keywords: [copydesk, sample]
    ---

    This story is Markdown with YAML front matter. Run `copydesk build` to publish it as
    an HTML page, a NewsML-G2 item, IPTC 7901 wire text and a JSON Feed item.

    ## What to do next

    1. Edit `copydesk.yml` to name your site.
    2. Add stories to this folder, or start one with `copydesk new "Headline"`.

    """
  }

  private static func create(_ url: URL, text: String) throws(Diagnostic) {
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try AtomicFile.write(Data(text.utf8), to: url)
    } catch {
      throw Diagnostic(
        .error, file: url.path, message: "cannot create the file: \(SystemError.reason(error))")
    }
  }
}
