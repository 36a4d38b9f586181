import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import GRDB

/// Opens the build state (`.copydesk/state.sqlite`, SQLite in WAL mode through GRDB) and
/// runs a build inside one transaction, so a build that dies leaves the last committed
/// state as it was.
///
/// A new state starts in rollback-journal mode and switches to WAL when its first build
/// commits: that build fills it in one big transaction, whose pages a rollback journal writes
/// to the file once, where WAL writes each to the log and copies it again at the checkpoint
/// (a 10,000-story state is 140 MB).
enum BuildState {
  /// The state database of `output`; a dry run without one gets an empty one in memory.
  static func open(_ output: OutputFolder, dryRun: Bool) throws(Diagnostic) -> DatabaseQueue {
    let path = output.stateDatabase.path
    for file in [path, path + "-wal", path + "-shm"] {
      if let kind = FileStatus.of(file)?.kind, kind != .regularFile {
        throw Diagnostic(
          .error, file: file,
          message: "refusing to open the build state: this is not a regular file")
      }
    }
    do {
      var configuration = Configuration()
      configuration.busyMode = .timeout(5)
      let queue: DatabaseQueue
      if dryRun && FileStatus.of(path) == nil {
        queue = try DatabaseQueue(configuration: configuration)
      } else {
        // A 32 MB page cache keeps a large build's one transaction from spilling the same pages
        // to the journal again and again. A rollback journal syncs fully: NORMAL is only as
        // safe as FULL in WAL mode. Temporary storage in memory keeps each statement's journal
        // there (an insert that may fail on a unique index journals the pages it changes):
        // once one statement's journal outgrows 64 KB SQLite moves it to a file for the rest of
        // the transaction, and a 100,000-story build then made 3.4 million system calls to it.
        let journal = FileStatus.of(path) == nil ? "PRAGMA synchronous = FULL" : writeAheadLog
        configuration.prepareDatabase { db in
          try db.execute(sql: journal + "; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY")
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
      }
      try StateSchema.migrator.migrate(queue)
      return queue
    } catch {
      throw Diagnostic(
        .error, file: path,
        message: "cannot open the build state (\(error)); if it is damaged, delete it and build "
          + "again: every story is then rebuilt and identified anew")
    }
  }

  /// Runs `body` in one immediate transaction, committed when `commit` is true and rolled
  /// back otherwise (a dry run).
  static func transaction(
    _ queue: DatabaseQueue, commit: Bool, file: String, _ body: (Database) throws -> Void
  ) throws(Diagnostic) {
    do {
      try queue.writeWithoutTransaction { db in
        try db.inTransaction(.immediate) {
          try body(db)
          if commit { CrashPoint.reach("commit") }
          return commit ? .commit : .rollback
        }
        // Best effort: a reader holding the state open keeps the mode as it is, and the next
        // build's open switches it.
        if commit { _ = try? useWriteAheadLog(db) }
      }
    } catch let error as Diagnostic {
      throw error
    } catch {
      throw Diagnostic(.error, file: file, message: "cannot update the build state: \(error)")
    }
  }

  /// Switches a new state to WAL mode (no change for one in it already), so readers such as
  /// the preview's desk never wait for a build.
  private static func useWriteAheadLog(_ db: Database) throws {
    let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode")
    guard mode != "wal" else { return }
    try db.execute(sql: writeAheadLog)
  }

  /// The journal settings of a state past its first build.
  private static let writeAheadLog = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL"

  /// Reads the build state of `output` with `body`, for commands that only look at it
  /// (`history`, `check --consistency`, the preview's desk); nil when no build has run there.
  ///
  /// A `Diagnostic` thrown by `body` passes through; any other error names the state file.
  static func read<Value>(_ output: OutputFolder, _ body: (Database) throws -> Value)
    throws(Diagnostic) -> Value?
  {
    guard FileStatus.of(output.stateDatabase.path)?.kind == .regularFile else { return nil }
    let database = try open(output, dryRun: true)
    do {
      return try database.read(body)
    } catch let error as Diagnostic {
      throw error
    } catch {
      throw Diagnostic(
        .error, file: output.stateDatabase.path, message: "cannot read the build state: \(error)")
    }
  }

  /// A stored setting, such as the environment hash.
  static func meta(_ key: String, in db: Database) throws -> String? {
    try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
  }

  /// Stores a setting.
  static func setMeta(_ key: String, _ value: String, in db: Database) throws {
    try db.execute(
      sql: "INSERT INTO meta (key, value) VALUES (?, ?) "
        + "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      arguments: [key, value])
  }
}

extension Database {
  /// A statement compiled once per build and reused: the per-story statements run thousands of
  /// times, and compiling each anew costs more than running it.
  func reused(_ sql: String) throws -> Statement {
    try cachedStatement(sql: sql)
  }
}
