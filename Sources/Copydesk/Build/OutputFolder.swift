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
  /// The build ledger.
  var ledgerFile: URL { stateFolder.appendingPathComponent("ledger.json") }

  /// Creates the state folders and removes temporary files an interrupted build left.
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

  /// Writes `data` at `path` atomically, creating its folder.
  func write(_ data: Data, to path: String) throws(Diagnostic) {
    let destination = try url(for: path)
    do {
      try FileManager.default.createDirectory(
        at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
      let attributes = try? FileManager.default.attributesOfItem(atPath: destination.path)
      if attributes?[.type] as? FileAttributeType == .typeSymbolicLink {
        try FileManager.default.removeItem(at: destination)
      }
      try AtomicFile.write(data, to: destination, temporaryDirectory: temporaryFolder)
    } catch {
      throw Diagnostic(
        .error, file: destination.path,
        message: "cannot write the output: \(error.localizedDescription)")
    }
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

  /// True when the output at `path` exists with the content hash `hash`.
  func holds(_ path: String, hash: String) -> Bool {
    guard let target = try? url(for: path),
      let data = FileManager.default.contents(atPath: target.path)
    else {
      return false
    }
    return ContentHash.of(data) == hash
  }
}
