import CopydeskReader
import Foundation

/// The output folder: every write goes to a temporary file under `.copydesk/tmp` (same file system,
/// never beside delivered files that subscribers' pushers watch) and is renamed into place.
///
/// Paths are relative and checked, so nothing is written outside the folder.
struct OutputFolder {
  /// The folder itself.
  let root: URL
  /// copydesk's own state: ledger, lock, temporary files.
  var stateFolder: URL { root.appendingPathComponent(".copydesk") }
  /// Where temporary files are written before being renamed into place.
  var temporaryFolder: URL { stateFolder.appendingPathComponent("tmp") }
  /// The temporary folder's path, computed once.
  let temporaryPath: String

  /// An output folder at `root`.
  init(root: URL) {
    self.root = root
    temporaryPath = root.appendingPathComponent(".copydesk/tmp").path
    rootPath = root.path
  }

  /// The folder's path, computed once.
  let rootPath: String

  /// The build ledger.
  var ledgerFile: URL { stateFolder.appendingPathComponent("ledger.json") }

  /// Creates the state folder, where the lock is taken.
  func createStateFolder() throws(Diagnostic) {
    do {
      try FileManager.default.createDirectory(at: stateFolder, withIntermediateDirectories: true)
    } catch {
      throw Diagnostic(
        .error, file: root.path,
        message: "cannot create the output folder: \(error.localizedDescription)")
    }
  }

  /// Creates the state folders and removes temporary files an interrupted build left; call
  /// it only while holding the lock.
  func prepare() throws(Diagnostic) {
    do {
      try FileManager.default.createDirectory(
        at: temporaryFolder, withIntermediateDirectories: true)
      for leftover in try FileManager.default.contentsOfDirectory(atPath: temporaryFolder.path) {
        try FileManager.default.removeItem(at: temporaryFolder.appendingPathComponent(leftover))
      }
    } catch {
      throw Diagnostic(
        .error, file: root.path,
        message: "cannot prepare the output folder: \(error.localizedDescription)")
    }
  }

  /// The URL of a relative output path, refusing anything that could leave the folder:
  /// absolute paths, `..`, hidden names, and folders that are symbolic links.
  func url(for path: String) throws(Diagnostic) -> URL {
    let parts = path.split(separator: "/")
    guard !path.hasPrefix("/"), !parts.isEmpty,
      parts.allSatisfy({ !$0.isEmpty && $0 != ".." && $0 != "." && !$0.hasPrefix(".") })
    else {
      throw Diagnostic(
        .error, file: path, message: "refusing to write '\(path)': outside the output folder")
    }
    var folder = root
    for part in parts.dropLast() {
      folder = folder.appendingPathComponent(String(part))
      let attributes = try? FileManager.default.attributesOfItem(atPath: folder.path)
      if attributes?[.type] as? FileAttributeType == .typeSymbolicLink {
        throw Diagnostic(
          .error, file: folder.path,
          message:
            "refusing to write through a symbolic link; '\(part)' in the output folder must be a real folder"
        )
      }
    }
    return root.appendingPathComponent(path)
  }

  /// Writes `data` for `path` to a temporary file; `place` later renames it into position.
  ///
  /// Safe to call from several threads at once.
  func stage(_ data: Data, for path: String) throws(Diagnostic) -> URL {
    do {
      let name = path.split(separator: "/").last.map(String.init) ?? path
      return URL(
        fileURLWithPath: try AtomicFile.writeTemporary(data, named: name, inFolder: temporaryPath))
    } catch {
      throw Diagnostic(
        .error, file: path, message: "cannot write the output: \(error.localizedDescription)")
    }
  }

  /// Renames a staged file to `path`, creating its folder; a symbolic link already at
  /// `path` is replaced by the rename, never followed.
  func place(_ staged: URL, at path: String) throws(Diagnostic) {
    let destination = try url(for: path)
    do {
      try FileManager.default.createDirectory(
        at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
      try AtomicFile.move(staged, to: destination)
    } catch {
      throw Diagnostic(
        .error, file: destination.path,
        message: "cannot write the output: \(error.localizedDescription)")
    }
  }

  /// Writes `data` at `path` atomically, creating its folder.
  func write(_ data: Data, to path: String) throws(Diagnostic) {
    try place(try stage(data, for: path), at: path)
  }

  /// Creates a folder inside the output folder (checked like any output path).
  func createFolder(_ path: String) throws(Diagnostic) {
    let url = try self.url(for: path + "/x")
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    } catch {
      throw Diagnostic(
        .error, file: url.path, message: "cannot create the folder: \(error.localizedDescription)")
    }
  }

  /// Renames a staged file to `path` in a folder that already exists; state files under
  /// `.copydesk/` are allowed here, as only copydesk names them.
  func move(_ staged: URL, to path: String) throws(Diagnostic) {
    let destination =
      path.hasPrefix(".copydesk/") ? root.appendingPathComponent(path) : try url(for: path)
    do {
      try AtomicFile.move(staged, to: destination)
    } catch {
      throw Diagnostic(
        .error, file: destination.path,
        message: "cannot write the output: \(error.localizedDescription)")
    }
  }

  /// The cached feed item file called `name`.
  func itemCache(_ name: String) -> URL {
    stateFolder.appendingPathComponent("items").appendingPathComponent(name)
  }

  /// True when an output exists at `path`.
  func exists(_ path: String) -> Bool {
    FileStatus.exists(rootPath + "/" + path)
  }

  /// Removes a staged file that will not be used.
  func discard(_ staged: URL) {
    unlink(staged.path)
  }

  /// Writes the ledger atomically into the state folder.
  func writeLedger(_ data: Data) throws(Diagnostic) {
    do {
      try AtomicFile.write(data, to: ledgerFile, temporaryDirectory: temporaryFolder)
    } catch {
      throw Diagnostic(
        .error, file: ledgerFile.path,
        message: "cannot write the ledger: \(error.localizedDescription)")
    }
  }

  /// Removes the output at `path`, if it is there.
  func remove(_ path: String) throws(Diagnostic) {
    let target = try url(for: path)
    guard (try? FileManager.default.attributesOfItem(atPath: target.path)) != nil else { return }
    do {
      try FileManager.default.removeItem(at: target)
    } catch {
      throw Diagnostic(
        .error, file: target.path,
        message: "cannot remove the old output: \(error.localizedDescription)")
    }
  }
}
