import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// Finds the story files of a folder: `.md`, `.markdown` and `.txt` files at any depth,
/// skipping hidden and `_`-prefixed files and folders, the output folder and any other
/// folder holding a copydesk state folder.
///
/// A folder that cannot be listed is an error, never "empty": taking it as empty would
/// delete everything its stories published. A story that is a symbolic link is followed only
/// to a regular file inside the stories folder. Paths are keys in Unicode NFC.
struct StoryDiscovery: Sendable {
  /// One story file found.
  struct Story: Sendable {
    /// The path relative to the stories folder, in NFC: the story's key in the build state.
    var path: String
    /// The absolute path to read, links already resolved.
    var file: String
    /// The file's size and time when discovery saw it, for a regular file (not a link).
    var status: FileStatus?
  }

  /// What discovery found.
  struct Found: Sendable {
    /// Story files, sorted by their UTF-8 bytes (the order SQLite sorts text in).
    var stories: [Story] = []
    /// Story files that cannot be built.
    ///
    /// Names that differ only by Unicode normalisation, links leading out of the stories folder.
    /// Each fails; what it published stays.
    var refused: [(path: String, error: Diagnostic)] = []
    /// Folders skipped, as warnings.
    var diagnostics: [Diagnostic] = []
  }

  let folder: URL
  /// The output folder, skipped when it lies inside the stories folder.
  let outputFolder: URL
  /// How paths are shown in messages.
  let display: @Sendable (String) -> String

  /// Walks the stories folder.
  func find() throws(Diagnostic) -> Found {
    let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
    guard FileStatus.of(root)?.kind == .folder else {
      throw Diagnostic(.error, file: folder.path, message: "there is no stories folder here")
    }
    let output = outputFolder.standardizedFileURL.resolvingSymlinksInPath().path
    var found = Found()
    var byKey: [String: [Story]] = [:]
    try walk(root, relative: "", root: root, output: output, found: &found, byKey: &byKey)
    for (key, stories) in byKey {
      if stories.count == 1 {
        found.stories.append(Story(path: key, file: stories[0].file, status: stories[0].status))
        continue
      }
      for story in stories {
        let others = stories.filter { $0.path != story.path }.map { display($0.path) }
        found.refused.append(
          (
            key,
            Diagnostic(
              .error, file: display(story.path),
              message: "its name differs from \(others.joined(separator: ", ")) only by Unicode "
                + "normalisation; rename one of them (neither was published)")
          ))
      }
    }
    // Keys are NFC, whose order as Swift strings is their UTF-8 byte order.
    found.stories.sort { $0.path < $1.path }
    found.refused.sort { $0.path < $1.path }
    return found
  }

  private func walk(
    _ directory: String, relative: String, root: String, output: String, found: inout Found,
    byKey: inout [String: [Story]]
  ) throws(Diagnostic) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw Diagnostic(
        .error, file: relative.isEmpty ? folder.path : display(relative),
        message:
          "cannot list this folder (\(Self.reason(error, listing: directory))); nothing was published or "
          + "removed. Fix its permissions, or move it out of the stories folder")
    }
    let extensions = StoryReader.markdownExtensions.union(StoryReader.wireCopyExtensions)
    for name in names.sorted(by: <) where !name.hasPrefix(".") && !name.hasPrefix("_") {
      let absolute = directory + "/" + name
      let path = relative.isEmpty ? name : relative + "/" + name
      guard let status = FileStatus.of(absolute) else { continue }
      switch status.kind {
      case .folder:
        if absolute == output || FileStatus.of(absolute + "/.copydesk")?.kind == .folder {
          found.diagnostics.append(
            Diagnostic(
              .warning, file: display(path),
              message: "skipped: it is a copydesk output folder inside the stories folder"))
          continue
        }
        try walk(
          absolute, relative: path, root: root, output: output, found: &found, byKey: &byKey)
      case .regularFile, .symbolicLink:
        guard extensions.contains(StoryReader.fileExtension(of: name)) else { continue }
        var file = absolute
        if status.kind == .symbolicLink {
          let target = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
          guard target.hasPrefix(root + "/"), FileStatus.of(target)?.kind == .regularFile else {
            found.refused.append(
              (
                Self.key(path),
                Diagnostic(
                  .error, file: display(path),
                  message: "refused: a symbolic link to \(target), which is not a file inside "
                    + "the stories folder; copy the story in instead")
              ))
            continue
          }
          file = target
        }
        byKey[Self.key(path), default: []].append(
          Story(path: path, file: file, status: status.kind == .regularFile ? status : nil))
      case .other:
        continue
      }
    }
  }

  /// The story's key: its path in Unicode NFC (an ASCII path already is).
  static func key(_ path: String) -> String {
    path.utf8.allSatisfy { $0 < 0x80 } ? path : path.precomposedStringWithCanonicalMapping
  }

  /// The system's words for why `directory` cannot be listed, as `ls` would say them.
  private static func reason(_ error: any Error, listing directory: String) -> String {
    guard let handle = opendir(directory) else { return String(cString: strerror(errno)) }
    closedir(handle)
    return SystemError.reason(error)
  }
}
