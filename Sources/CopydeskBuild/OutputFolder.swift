import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation

/// The output folder: every write goes to a temporary file under `.copydesk/tmp` (same file
/// system, never beside delivered files that subscribers' pushers watch) and is renamed into
/// place.
///
/// Paths are relative and checked, so nothing is written outside the folder; the folder,
/// the state folder and every folder copydesk writes into must be real folders, never
/// symbolic links, and nothing here ever recurses into a folder to delete it.
struct OutputFolder: Sendable {
  /// The folder itself.
  let root: URL
  /// The folder's path, computed once.
  let rootPath: String
  /// The temporary folder's path, computed once.
  let temporaryPath: String
  /// Top-level folders staged whole, because they did not exist when the build began.
  let fresh: FreshFolders
  /// copydesk's own state: the state database, the lock, temporary files.
  var stateFolder: URL { root.appendingPathComponent(".copydesk") }
  /// The state database.
  var stateDatabase: URL { stateFolder.appendingPathComponent("state.sqlite") }
  /// The build ledger of copydesk versions before the state database.
  var legacyLedger: URL { stateFolder.appendingPathComponent("ledger.json") }

  /// An output folder at `root`.
  init(root: URL) {
    self.root = root
    rootPath = root.path
    temporaryPath = root.appendingPathComponent(".copydesk/tmp").path
    fresh = FreshFolders(rootPath: rootPath, stagingPath: temporaryPath + "/fresh")
  }

  /// Creates the output folder and its state folder as real folders, refusing symbolic links.
  func createStateFolder() throws(Diagnostic) {
    do {
      try FileManager.default.createDirectory(
        at: root.deletingLastPathComponent(), withIntermediateDirectories: true)
    } catch {
      throw Diagnostic(
        .error, file: root.path,
        message: "cannot create the output folder: \(SystemError.reason(error))")
    }
    try Self.makeRealFolder(rootPath)
    try Self.makeRealFolder(stateFolder.path)
  }

  /// Creates the temporary folder and removes the temporary files an interrupted build left;
  /// call it only while holding the lock.
  func prepare() throws(Diagnostic) {
    try Self.makeRealFolder(temporaryPath)
    let leftovers: [String]
    do {
      leftovers = try FileManager.default.contentsOfDirectory(atPath: temporaryPath)
    } catch {
      throw Diagnostic(
        .error, file: temporaryPath,
        message: "cannot list the temporary folder: \(SystemError.reason(error))")
    }
    for name in leftovers where FileStatus.of(temporaryPath + "/" + name)?.kind == .regularFile {
      unlink(temporaryPath + "/" + name)
    }
    FreshFolders.clear(fresh.stagingPath)
  }

  /// Makes sure a real folder stands at `path`: creates it when missing, refuses a symbolic
  /// link or a file.
  static func makeRealFolder(_ path: String) throws(Diagnostic) {
    switch FileStatus.of(path)?.kind {
    case .folder: return
    case nil:
      guard mkdir(path, 0o755) == 0 || FileStatus.of(path)?.kind == .folder else {
        throw Diagnostic(
          .error, file: path,
          message: "cannot create the folder: \(String(cString: strerror(errno)))")
      }
    case .symbolicLink:
      throw Diagnostic(
        .error, file: path,
        message: "refusing to use a symbolic link here; copydesk writes only into real folders "
          + "it can check. Replace the link with a folder")
    default:
      throw Diagnostic(
        .error, file: path, message: "a file stands where copydesk needs a folder; move it away")
    }
  }

  /// The absolute path of a relative output path, refusing anything that could leave the
  /// folder: absolute paths, `..`, hidden names, and folders that are symbolic links.
  func file(for path: String) throws(Diagnostic) -> String {
    let parts = try Self.parts(of: path)
    var folder = rootPath
    for part in parts.dropLast() {
      folder += "/" + part
      if FileStatus.of(folder)?.kind == .symbolicLink {
        throw Diagnostic(
          .error, file: folder,
          message:
            "refusing to write through a symbolic link; '\(part)' in the output folder must be a real folder"
        )
      }
    }
    return rootPath + "/" + path
  }

  /// The names along a relative output path, refusing absolute paths, `..` and hidden names.
  private static func parts(of path: String) throws(Diagnostic) -> [Substring] {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard !path.hasPrefix("/"), !parts.isEmpty,
      parts.allSatisfy({ !$0.isEmpty && $0 != ".." && $0 != "." && !$0.hasPrefix(".") })
    else {
      throw Diagnostic(
        .error, file: path, message: "refusing to write '\(path)': outside the output folder")
    }
    return parts
  }

  /// Creates the folders of `path` inside the output folder as real folders.
  func createFolders(for path: String) throws(Diagnostic) {
    _ = try file(for: path)
    var folder = rootPath
    for part in path.split(separator: "/").dropLast() {
      folder += "/" + part
      try Self.makeRealFolder(folder)
    }
  }

  /// Writes `data` for `path` to a temporary file, which `place` later renames into position,
  /// and returns the file's path and its status (which the rename keeps).
  ///
  /// Safe to call from several threads at once.
  func stage(_ data: Data, for path: String) throws(Diagnostic) -> (
    staged: String, status: FileStatus
  ) {
    _ = try Self.parts(of: path)
    do {
      if let staged = try fresh.stagingFile(for: path) {
        return (staged, FileStatus(try AtomicFile.create(data, atPath: staged)))
      }
      let name = path.split(separator: "/").last.map(String.init) ?? path
      let staged = try AtomicFile.writeTemporary(data, named: name, inFolder: temporaryPath)
      return (staged.path, FileStatus(staged.status))
    } catch let error as Diagnostic {
      throw error
    } catch {
      throw Diagnostic(
        .error, file: path, message: "cannot write the output: \(SystemError.reason(error))")
    }
  }

  /// Renames a staged file to `path`, whose folders exist.
  ///
  /// A symbolic link already at `path` is replaced by the rename, never followed. Returns the
  /// placed file's status.
  func place(_ staged: String, at path: String) throws(Diagnostic) -> FileStatus {
    let destination = try file(for: path)
    guard rename(staged, destination) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(staged)
      throw Diagnostic(.error, file: destination, message: "cannot write the output: \(reason)")
    }
    return FileStatus.of(destination) ?? FileStatus(size: -1, modified: -1)
  }

  /// Puts the fresh folders in place, each with one rename.
  ///
  /// A folder that appeared in the output meanwhile keeps what stands in it and gets the staged
  /// files one by one.
  func placeFresh() throws(Diagnostic) {
    for top in fresh.putInPlace() {
      try placeStaged(in: top)
    }
    FreshFolders.clear(fresh.stagingPath)
  }

  /// Renames every file staged under the fresh folder's `relative` path to the same path in
  /// the output, folder by folder; links are not followed.
  private func placeStaged(in relative: String) throws(Diagnostic) {
    let names =
      (try? FileManager.default.contentsOfDirectory(
        atPath: fresh.stagingPath + "/" + relative)) ?? []
    for name in names.sorted() {
      let path = relative + "/" + name
      switch FileStatus.of(fresh.stagingPath + "/" + path)?.kind {
      case .folder:
        try placeStaged(in: path)
      case .regularFile:
        try createFolders(for: path)
        _ = try place(fresh.stagingPath + "/" + path, at: path)
      default:
        continue
      }
    }
  }

  /// Writes `data` at `path` atomically, creating its folders.
  func write(_ data: Data, to path: String) throws(Diagnostic) -> FileStatus {
    try createFolders(for: path)
    return try place(try stage(data, for: path).staged, at: path)
  }

  /// The status of whatever stands at the output path `path`, links not followed.
  func status(_ path: String) -> FileStatus? {
    FileStatus.of(rootPath + "/" + path)
  }

  /// The status of whatever stands at each output path (links not followed), taken relative
  /// to its folder's descriptor: one short lookup per file instead of a walk along the whole
  /// path, for the tens of thousands of outputs a rebuild checks.
  func statuses(of paths: ArraySlice<String>) -> [FileStatus?] {
    // The last few folders' descriptors, by name: outputs sit in a handful of folders.
    var folders: [(name: [UInt8], descriptor: Int32)] = []
    defer { for folder in folders where folder.descriptor >= 0 { close(folder.descriptor) } }
    var statuses: [FileStatus?] = []
    statuses.reserveCapacity(paths.count)
    for path in paths {
      // nil: the folder could not be opened (a link, missing); look along the whole path.
      let looked: FileStatus?? = path.withCString { whole in
        guard let slash = strrchr(whole, Int32(UInt8(ascii: "/"))) else { return nil }
        let name = UnsafeRawBufferPointer(start: whole, count: whole.distance(to: slash))
        let descriptor: Int32
        if let known = folders.first(where: { $0.name.elementsEqual(name) }) {
          descriptor = known.descriptor
        } else {
          descriptor = open(
            rootPath + "/" + String(decoding: name, as: UTF8.self),
            O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
          if folders.count == 8, let oldest = folders.first?.descriptor, oldest >= 0 {
            close(oldest)
          }
          folders = folders.suffix(7) + [(Array(name), descriptor)]
        }
        guard descriptor >= 0 else { return nil }
        var info = stat()
        return .some(
          fstatat(descriptor, slash + 1, &info, AT_SYMLINK_NOFOLLOW) == 0 ? FileStatus(info) : nil)
      }
      statuses.append(looked ?? status(path))
    }
    return statuses
  }

  /// True when `path` is a regular file whose bytes have the content hash `hash`, in the
  /// form the state recorded it.
  func holds(_ path: String, hash: String) -> Bool {
    guard status(path)?.kind == .regularFile,
      let data = FileManager.default.contents(atPath: rootPath + "/" + path)
    else { return false }
    return ContentHash.matches(data, recorded: hash)
  }

  /// Removes a staged file that will not be used.
  func discard(_ staged: String) {
    unlink(staged)
  }

  /// Removes the output at `path` only when it is a regular file still holding the bytes
  /// copydesk wrote (`hash`); anything else there is left alone and reported.
  func remove(_ path: String, hash: String) throws(Diagnostic) -> Diagnostic? {
    let target = try file(for: path)
    guard let status = FileStatus.of(target) else { return nil }
    guard status.kind == .regularFile, holds(path, hash: hash) else {
      return Diagnostic(
        .warning, file: target,
        message: "left in place: copydesk wrote this output once, but what stands there now is "
          + "not what it wrote; delete it yourself if it should go")
    }
    guard unlink(target) == 0 || errno == ENOENT else {
      throw Diagnostic(
        .error, file: target,
        message: "cannot remove the old output: \(String(cString: strerror(errno)))")
    }
    return nil
  }
}
