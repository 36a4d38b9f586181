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
    var entries: [(key: String, story: Story)] = []
    try walk(root, relative: "", root: root, output: output, found: &found, entries: &entries)
    // Keys are NFC, whose order as Swift strings is their UTF-8 byte order; names that share a
    // key end up side by side.
    entries.sort { ($0.key, $0.story.path) < ($1.key, $1.story.path) }
    var start = 0
    while start < entries.count {
      let key = entries[start].key
      var end = start + 1
      while end < entries.count, entries[end].key == key { end += 1 }
      let group = entries[start..<end].map(\.story)
      start = end
      guard group.count > 1 else {
        found.stories.append(Story(path: key, file: group[0].file, status: group[0].status))
        continue
      }
      for story in group {
        let others = group.filter { $0.path != story.path }.map { display($0.path) }
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
    found.refused.sort { $0.path < $1.path }
    found.diagnostics.sort { $0.file < $1.file }
    return found
  }

  /// Walks one folder: `readdir` and `fstatat` on the folder's descriptor, in the order the
  /// file system lists names (`find` sorts what it found).
  private func walk(
    _ directory: String, relative: String, root: String, output: String, found: inout Found,
    entries: inout [(key: String, story: Story)]
  ) throws(Diagnostic) {
    guard let handle = opendir(directory) else { throw unlistable(relative, code: errno) }
    defer { closedir(handle) }
    let descriptor = dirfd(handle)
    let extensions = StoryReader.markdownExtensions.union(StoryReader.wireCopyExtensions)
    while true {
      errno = 0
      guard let entry = readdir(handle) else {
        if errno != 0 { throw unlistable(relative, code: errno) }
        return
      }
      // Hidden and `_` names are skipped before a string is made for them.
      let first = entry.pointee.d_name.0
      guard first != CChar(UInt8(ascii: ".")), first != CChar(UInt8(ascii: "_")) else { continue }
      var info = stat()
      let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { name in
          fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? String(cString: name) : nil
        }
      }
      guard let name else { continue }
      let status = FileStatus(info)
      let absolute = directory + "/" + name
      let path = relative.isEmpty ? name : relative + "/" + name
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
          absolute, relative: path, root: root, output: output, found: &found, entries: &entries)
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
        entries.append(
          (
            Self.key(path),
            Story(path: path, file: file, status: status.kind == .regularFile ? status : nil)
          ))
      case .other:
        continue
      }
    }
  }

  /// The error for a folder that cannot be listed: taking it as empty would remove what its
  /// stories published.
  private func unlistable(_ relative: String, code: Int32) -> Diagnostic {
    Diagnostic(
      .error, file: relative.isEmpty ? folder.path : display(relative),
      message: "cannot list this folder (\(String(cString: strerror(code)))); nothing was "
        + "published or removed. Fix its permissions, or move it out of the stories folder")
  }

  /// The story's key: its path in Unicode NFC (an ASCII path already is).
  static func key(_ path: String) -> String {
    path.utf8.allSatisfy { $0 < 0x80 } ? path : path.precomposedStringWithCanonicalMapping
  }

}
