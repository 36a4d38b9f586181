import CopydeskCore
import CopydeskFormats
import Foundation

/// Staging for the output's top-level folders that do not exist yet, as on a cold build.
///
/// Their files are written under `.copydesk/tmp/fresh/` with their final names and paths, and
/// each such folder goes into place with one rename once every file is written, instead of one
/// rename per file; readers see the whole folder or none of it. A folder that exists is staged
/// file by file as before. Shared by every copy of an `OutputFolder`; safe from several threads.
final class FreshFolders: @unchecked Sendable {
  /// Where fresh folders are staged.
  let stagingPath: String
  private let rootPath: String
  private let lock = NSLock()
  /// Whether each top-level folder asked about was missing from the output (fresh).
  private var decisions: [String: Bool] = [:]
  /// The folders made under the staging path so far.
  private var made: Set<String> = []
  /// The output paths of the folders made so far, as files name their parent folder.
  private var madeParents: Set<String> = []
  /// True once the fresh folders were put in place: later writes go file by file.
  private var closed = false

  /// Staging for the output folder at `rootPath`, under `stagingPath`.
  init(rootPath: String, stagingPath: String) {
    self.rootPath = rootPath
    self.stagingPath = stagingPath
  }

  /// The staging path for the output `path` when its top-level folder is fresh, with that
  /// path's folders made; nil when the file must be staged on its own.
  func stagingFile(for path: String) throws(Diagnostic) -> String? {
    let slash = UInt8(ascii: "/")
    guard let firstSlash = path.utf8.firstIndex(of: slash),
      let lastSlash = path.utf8.lastIndex(of: slash)
    else { return nil }
    let top = String(path[..<firstSlash])
    // Every file of a folder after the first finds the folder made: the parent's path
    // answers, without building and hashing the path of each folder above it again.
    let parent = String(path[..<lastSlash])
    // Folders are made under the lock, so no thread writes into one another is still making.
    let outcome = lock.withLock { () -> Result<Bool, Diagnostic> in
      guard !closed else { return .success(false) }
      let isFresh = decisions[top] ?? (FileStatus.of(rootPath + "/" + top) == nil)
      decisions[top] = isFresh
      guard isFresh else { return .success(false) }
      if madeParents.contains(parent) { return .success(true) }
      var folder = stagingPath
      do throws(Diagnostic) {
        if made.insert(folder).inserted { try OutputFolder.makeRealFolder(folder) }
        for part in path.split(separator: "/").dropLast() {
          folder += "/" + part
          if made.insert(folder).inserted { try OutputFolder.makeRealFolder(folder) }
        }
      } catch {
        made.remove(folder)
        return .failure(error)
      }
      madeParents.insert(parent)
      return .success(true)
    }
    guard try outcome.get() else { return nil }
    return stagingPath + "/" + path
  }

  /// True when `staged` lies in a fresh folder.
  func holds(_ staged: String) -> Bool {
    staged.hasPrefix(stagingPath + "/")
  }

  /// Renames every fresh folder into the output; a folder that appeared meanwhile keeps what
  /// stands in it, and the fresh one's files are moved into it one by one (`moveFiles`).
  ///
  /// Returns the folders that could not be renamed whole. Later staging goes file by file.
  func putInPlace() -> [String] {
    let fresh = lock.withLock { () -> [String] in
      closed = true
      return decisions.filter(\.value).map(\.key).sorted()
    }
    var leftOver: [String] = []
    for top in fresh where FileStatus.of(stagingPath + "/" + top)?.kind == .folder {
      let destination = rootPath + "/" + top
      if FileStatus.of(destination) != nil || rename(stagingPath + "/" + top, destination) != 0 {
        leftOver.append(top)
      }
    }
    return leftOver
  }

  /// Removes whatever a build killed before `putInPlace` left under the staging path: regular
  /// files and links are unlinked (a link is never followed), folders emptied and removed.
  static func clear(_ path: String) {
    guard FileStatus.of(path)?.kind == .folder,
      let names = try? FileManager.default.contentsOfDirectory(atPath: path)
    else { return }
    for name in names {
      let entry = path + "/" + name
      if FileStatus.of(entry)?.kind == .folder {
        clear(entry)
      } else {
        unlink(entry)
      }
    }
    rmdir(path)
  }
}
