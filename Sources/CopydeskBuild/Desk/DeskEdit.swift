public import CopydeskAST
public import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// What the desk does to a published story: each is a new version the next build sends to
/// every format.
public enum DeskAction: Sendable {
  /// A correction: version + 1, `updated`, and a correction `{date, note}` appended.
  case correct(note: String)
  /// A write-through with new facts: version + 1, `updated`, and the note as the editor's note.
  case update(note: String?)
  /// A kill: the story is withdrawn (`status: canceled`), with the reason as editor's note.
  case kill(reason: String)
  /// The story is held back (`status: withheld`), with the reason as editor's note.
  case withhold(reason: String)

  /// What the action did, for the one line the command prints.
  var done: String {
    switch self {
    case .correct: "corrected"
    case .update: "updated"
    case .kill: "killed"
    case .withhold: "withheld"
    }
  }
}

/// Applies desk actions to story files: the metadata is rewritten in place (a Markdown story's
/// front matter, a raw wire copy's sidecar), atomically, and nothing else changes.
public enum DeskEdit {
  /// What an edit did.
  public struct Outcome: Sendable {
    /// The file that was written: the story, or the sidecar of raw wire copy.
    public var file: String
    /// The story's new version.
    public var version: Int
    /// One line for the desk, such as `Stories/a.md: version 2, corrected`.
    public var summary: String
  }

  /// Applies `action` to the story at `path`, in the project of `config`, as of `clock`.
  ///
  /// The edited story is read again before anything is written: an edit that would leave it
  /// unreadable is refused with the reader's error, and the file stays as it was. Raw wire
  /// copy carries no date, so its sidecar is given the first publication date the build state
  /// remembers (or `clock`, for copy never published): every version keeps that date.
  public static func apply(
    _ action: DeskAction, to path: String, clock: Timestamp, config: ProjectConfig
  ) throws(Diagnostic) -> Outcome {
    let options = config.readerOptions
    let sidecarPath = Sidecar.path(for: path)
    let target = sidecarPath ?? path
    let exists = FileManager.default.fileExists(atPath: target)
    let original =
      exists
      ? try text(of: target) : ""
    var editor = try MetadataEditor(
      text: original, document: sidecarPath == nil ? .frontMatter : .sidecar, fileName: target)
    if sidecarPath != nil, try !editor.has("date") {
      // Copy outside the stories folder was never built from this project.
      let isInProject =
        (try? StoryHistory.stateKey(
          of: path, storiesFolder: config.resolve(config.storiesPath))) != nil
      let published =
        isInProject ? try StoryHistory.load(story: path, config: config)?.firstPublished : nil
      try editor.set("date", to: RFC3339.format(published ?? clock))
    }
    let version = (try editor.integer("version") ?? 1) + 1
    try editor.set("version", to: String(version))
    try editor.set("updated", to: RFC3339.format(clock))
    switch action {
    case .correct(let note):
      try editor.append(
        "corrections",
        item: "{date: \(RFC3339.format(clock)), note: \(MetadataEditor.quoted(note))}")
    case .update(let note):
      if let note { try editor.set("ednote", to: MetadataEditor.quoted(note)) }
    case .kill(let reason):
      try editor.set("status", to: "canceled")
      try editor.set("ednote", to: MetadataEditor.quoted(reason))
    case .withhold(let reason):
      try editor.set("status", to: "withheld")
      try editor.set("ednote", to: MetadataEditor.quoted(reason))
    }
    let edited = editor.text
    try check(edited, story: path, sidecarPath: sidecarPath, clock: clock, options: options)
    do {
      try AtomicFile.write(Data(edited.utf8), to: URL(fileURLWithPath: target))
    } catch {
      throw Diagnostic(
        .error, file: target, message: "cannot write the edit: \(SystemError.reason(error))")
    }
    return Outcome(
      file: target, version: version,
      summary: "\(target): version \(version), \(action.done); run copydesk build to send it")
  }

  /// Reads the story as it would be after the edit; its reader's error refuses the edit.
  private static func check(
    _ edited: String, story path: String, sidecarPath: String?, clock: Timestamp,
    options: ReaderOptions
  ) throws(Diagnostic) {
    var options = options
    options.wireDate = options.wireDate ?? clock
    options.wireDateIsChosen = true
    if let sidecarPath {
      let copy = try RegularFile.read(path, display: path, limit: options.maximumFileSize).data
      _ = try StoryReader.read(
        data: copy, fileName: path, options: options,
        sidecar: try Sidecar(data: Data(edited.utf8), fileName: sidecarPath))
    } else {
      _ = try StoryReader.read(data: Data(edited.utf8), fileName: path, options: options)
    }
  }

  private static func text(of path: String) throws(Diagnostic) -> String {
    let data = try RegularFile.read(path, display: path, limit: 1 << 24).data
    guard let text = String(data: data, encoding: .utf8) else {
      throw Diagnostic(.error, file: path, message: "the file is not UTF-8 text")
    }
    return text
  }
}
