import CopydeskCore
import CopydeskFormats
import Foundation
import GRDB

extension BuildRun {
  /// The output folder that holds the copies of the project's static files.
  static let staticFolder = "static"

  /// Copies the project's static files (`Static/`: pictures, logos) into the output's
  /// `static/`, recorded as outputs with no owner.
  ///
  /// A file whose size and time are as recorded, and whose copy is as written, is not read
  /// again. Hidden files and symbolic links are never copied. A copy whose file is gone is
  /// queued for removal, unless a folder could not be listed: then nothing is removed.
  mutating func copyStaticFiles(_ db: Database) throws {
    let root = settings.config.resolve(settings.config.staticPath).path
    var files: [String: FileStatus] = [:]
    var complete = true
    if FileStatus.of(root)?.kind == .folder {
      complete = listStatic(root, relative: "", into: &files)
    }
    var wanted: Set<String> = []
    for (relative, status) in files.sorted(by: { $0.key < $1.key }) {
      let path = Self.staticFolder + "/" + relative
      wanted.insert(path)
      let key = "\(status.size):\(status.modified)"
      let recorded = try String.fetchOne(
        db.reused("SELECT input_key FROM output WHERE path = ?"), arguments: [path])
      if !rebuildAll, recorded == key, try !needsWriting(path, db) { continue }
      let data: Data
      do throws(Diagnostic) {
        data = try RegularFile.read(
          root + "/" + relative, display: settings.config.staticPath + "/" + relative,
          limit: 1 << 30, followLinks: false
        ).data
      } catch {
        report.diagnostics.append(error)
        continue
      }
      try writeStaticFile(data, to: path, format: Self.staticFolder, key: key, db)
    }
    guard complete else { return }
    try removeUnowned(of: Self.staticFolder, except: wanted, db)
  }

  /// Adds the regular files under `folder` to `files`, by path relative to the static folder;
  /// false when a folder could not be listed (reported).
  private mutating func listStatic(
    _ folder: String, relative: String, into files: inout [String: FileStatus]
  ) -> Bool {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      report.diagnostics.append(
        Diagnostic(
          .error, file: settings.config.staticPath + (relative.isEmpty ? "" : "/" + relative),
          message: "cannot list the static folder (\(SystemError.reason(error))); no static "
            + "copy was removed this time"))
      return false
    }
    var complete = true
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = folder + "/" + name
      let key = relative.isEmpty ? name : relative + "/" + name
      switch FileStatus.of(path)?.kind {
      case .regularFile?:
        files[key.precomposedStringWithCanonicalMapping] = FileStatus.of(path)
      case .folder?:
        complete = listStatic(path, relative: key, into: &files) && complete
      case .symbolicLink?:
        report.diagnostics.append(
          Diagnostic(
            .warning, file: settings.config.staticPath + "/" + key,
            message: "a symbolic link in the static folder is not copied; put the file itself "
              + "there"))
      default:
        continue
      }
    }
    return complete
  }
}
