import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import Foundation

/// The desk view: every story with its state (`/_desk/`), and one story's outputs side by
/// side (`/_desk/<slug>`): the page as readers see it, NewsML-G2 with its validation, wire text
/// with its control characters shown under a column ruler, ninjs and the feed entry, and the
/// story's warnings and errors.
struct DeskPages {
  let snapshot: PreviewState.Snapshot
  let files: StaticFiles
  let validator: NewsMLValidator?

  /// The list of stories.
  func index() -> Data {
    var rows: [String] = []
    let outcomes = Dictionary(
      (snapshot.report?.stories ?? []).map { ($0.path, $0.outcome) }, uniquingKeysWith: { $1 })
    var listed: Set<String> = []
    for entry in snapshot.catalog.entries {
      listed.insert(entry.path)
      let state = outcomes[entry.path].map(Self.describe) ?? entry.status
      let page = entry.outputs.first { $0.format == "html" }.map { output -> String in
        " · <a href=\"/\(HTMLEscaping.text(output.path))\">page</a>"
      }
      rows.append(
        "<tr><td><a href=\"/_desk/\(HTMLEscaping.text(entry.slug))\">\(HTMLEscaping.text(entry.path))</a>"
          + "\(page ?? "")</td><td>\(HTMLEscaping.text(state))</td></tr>")
    }
    for story in snapshot.report?.stories ?? [] where !listed.contains(story.path) {
      rows.append(
        "<tr><td>\(HTMLEscaping.text(story.path))</td><td>"
          + "\(HTMLEscaping.text(Self.describe(story.outcome)))</td></tr>")
    }
    let body = """
      <h1>copydesk desk</h1>
      <p>\(HTMLEscaping.text(snapshot.report?.summary ?? "not built yet"))</p>
      <table id="stories"><thead><tr><th>story</th><th>state</th></tr></thead>
      <tbody>\(rows.joined(separator: "\n"))</tbody></table>
      """
    return PreviewHTML.page(
      title: "copydesk desk", body: body, generation: snapshot.generation,
      errors: snapshot.errors)
  }

  /// One story's outputs; nil when no story has `slug`.
  func story(_ slug: String) -> Data? {
    guard let entry = snapshot.catalog.entries.first(where: { $0.slug == slug }) else {
      return nil
    }
    var panes: [String] = []
    let outputs = entry.outputs
    if let page = outputs.first(where: { $0.format == "html" }) {
      panes.append(
        "<section id=\"page\"><h2>Page</h2><iframe title=\"The page as readers see it\" "
          + "src=\"/\(HTMLEscaping.text(page.path))\"></iframe></section>")
    }
    if let item = outputs.first(where: {
      $0.format == "newsml" && !$0.path.hasSuffix(".picture.xml")
    }),
      let data = files.file(at: item.path)?.data
    {
      panes.append(
        "<section id=\"newsml\"><h2>NewsML-G2</h2>\(validation(data, path: item.path))"
          + "<pre>\(HTMLEscaping.text(String(decoding: data, as: UTF8.self)))</pre></section>")
    }
    if let wire = outputs.first(where: { $0.format == "wire" }),
      let data = files.file(at: wire.path)?.data
    {
      panes.append(
        "<section id=\"wire\"><h2>Wire text</h2><pre>\(Self.ruler)\n"
          + "\(HTMLEscaping.text(WireInspector.showControls(data)))</pre></section>")
    }
    if let ninjs = outputs.first(where: { $0.format == "ninjs" }),
      let data = files.file(at: ninjs.path)?.data
    {
      panes.append(
        "<section id=\"ninjs\"><h2>ninjs</h2><pre>"
          + "\(HTMLEscaping.text(String(decoding: data, as: UTF8.self)))</pre></section>")
    }
    if let entryJSON = feedEntry(guid: entry.guid) {
      panes.append(
        "<section id=\"feed\"><h2>JSON Feed entry</h2><pre>\(HTMLEscaping.text(entryJSON))"
          + "</pre></section>")
    }
    let problems = (snapshot.report?.diagnostics ?? []).flatMap(\.expanded).filter {
      $0.file == entry.path
    }
    let listed = problems.map { problem -> String in
      let lines = [problem.description] + SourceExcerpt.lines(for: problem)
      return "<pre>\(HTMLEscaping.text(lines.joined(separator: "\n")))</pre>"
    }.joined()
    let body = """
      <p><a href="/_desk/">All stories</a></p>
      <h1>\(HTMLEscaping.text(entry.path))</h1>
      <p>\(HTMLEscaping.text(entry.guid)) · \(HTMLEscaping.text(entry.status))</p>
      <section id="problems"><h2>Warnings and errors</h2>\(listed.isEmpty ? "<p class=\"ok\">None.</p>" : listed)</section>
      <div class="panes">\(panes.joined(separator: "\n"))</div>
      """
    return PreviewHTML.page(
      title: "\(entry.path) · copydesk desk", body: body, generation: snapshot.generation,
      errors: snapshot.errors)
  }

  /// Columns 1 to 80 marked every ten, over the wire text.
  static let ruler =
    "<span class=\"ruler\">"
    + (1...8).map { "----+----" + String($0) }.joined().prefix(80) + "</span>"

  private func validation(_ data: Data, path: String) -> String {
    guard let validator else {
      return "<p>Not validated: give serve --schema or $COPYDESK_NEWSML_SCHEMA.</p>"
    }
    let problems = validator.validate(data, fileName: path).filter { $0.severity == .error }
    guard !problems.isEmpty else {
      return "<p class=\"ok\">Valid against the NewsML-G2 schema.</p>"
    }
    return "<p class=\"bad\">Invalid:</p><pre>"
      + HTMLEscaping.text(problems.map(\.description).joined(separator: "\n")) + "</pre>"
  }

  /// The story's item in the first JSON Feed page that has it, pretty-printed.
  private func feedEntry(guid: String) -> String? {
    guard let feed = files.file(at: "feed.json")?.data,
      let object = try? JSONSerialization.jsonObject(with: feed) as? [String: Any],
      let items = object["items"] as? [[String: Any]],
      let item = items.first(where: { $0["id"] as? String == guid }),
      let data = try? JSONSerialization.data(
        withJSONObject: item, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    else { return nil }
    return String(decoding: data, as: UTF8.self)
  }

  /// A story's state in words.
  static func describe(_ outcome: BuildReport.Outcome) -> String {
    switch outcome {
    case .new, .changed, .unchanged, .renamed: "published"
    case .withheld(let reason): "withheld: \(PublicationRules.describe(reason))"
    case .draft: "draft"
    case .killed: "killed"
    case .failed(let error): "failed: \(error.message)"
    case .removed: "removed"
    }
  }
}
