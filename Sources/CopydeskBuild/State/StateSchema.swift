import CopydeskFormats
import GRDB

/// The tables of the build state, created and upgraded by GRDB's migrator.
///
/// Generic on purpose: outputs are keyed by format name and path, collection records by
/// collection name, counters by wire service, so a new format needs no new table.
enum StateSchema {
  /// Every migration, oldest first; a database from an older copydesk is upgraded in place.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      // One row per story ever published from this output folder. `source_path` is NULL once
      // the source is gone (a tombstone), so a restored file gets its identity back.
      try db.execute(
        sql: """
          CREATE TABLE story (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            slug TEXT NOT NULL,
            source_path TEXT UNIQUE,
            source_hash TEXT NOT NULL,
            source_size INTEGER NOT NULL,
            source_mtime REAL NOT NULL,
            first_published TEXT NOT NULL,
            version INTEGER NOT NULL,
            status TEXT NOT NULL,
            embargo TEXT,
            is_public INTEGER NOT NULL,
            formats TEXT NOT NULL,
            published INTEGER NOT NULL
          );
          CREATE INDEX story_slug ON story(slug);
          CREATE INDEX story_source_hash ON story(source_hash);
          CREATE TABLE output (
            format TEXT NOT NULL,
            path TEXT NOT NULL,
            owner INTEGER REFERENCES story(id),
            hash TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime REAL NOT NULL,
            input_key TEXT,
            PRIMARY KEY (format, path)
          );
          CREATE UNIQUE INDEX output_path ON output(path);
          CREATE INDEX output_owner ON output(owner);
          CREATE TABLE record (
            collection TEXT NOT NULL,
            owner INTEGER NOT NULL REFERENCES story(id),
            sort_key TEXT NOT NULL,
            hash TEXT NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (collection, owner)
          );
          CREATE INDEX record_order ON record(collection, sort_key);
          CREATE TABLE sequence (
            owner INTEGER NOT NULL REFERENCES story(id),
            service TEXT NOT NULL,
            number INTEGER NOT NULL,
            PRIMARY KEY (owner, service)
          );
          CREATE TABLE counter (service TEXT PRIMARY KEY, next INTEGER NOT NULL);
          CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
          """)
    }
    migrator.registerMigration("v2: story warnings") { db in
      // The warnings of the story's last reading, as JSON, replayed while it is unchanged.
      try db.execute(sql: "ALTER TABLE story ADD COLUMN warnings TEXT")
    }
    migrator.registerMigration("v3: sent versions") { db in
      // What each build sent: one row per output written, with the story's version and status
      // then and the build's clock, for `copydesk history` and the sent archive.
      try db.execute(
        sql: """
          CREATE TABLE sent (
            owner INTEGER NOT NULL REFERENCES story(id),
            version INTEGER NOT NULL,
            status TEXT NOT NULL,
            format TEXT NOT NULL,
            path TEXT NOT NULL,
            hash TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            PRIMARY KEY (owner, version, format, path)
          );
          """)
    }
    migrator.registerMigration("v4: record hashes in their order") { db in
      // Every build reads each collection's record hashes in page order: with the hash in the
      // index SQLite answers from the index alone, instead of visiting every record's row and
      // its page of JSON.
      try db.execute(
        sql: """
          CREATE INDEX record_order_hash ON record(collection, sort_key, hash);
          DROP INDEX record_order;
          """)
    }
    migrator.registerMigration("v5: collections whose pages are due") { db in
      // Builds now look at a collection's page keys only when its records changed since its
      // pages were last written; a state from before says nothing, so every collection is due
      // once.
      try db.execute(
        sql: """
          INSERT OR REPLACE INTO meta (key, value)
          SELECT 'pages_due:' || collection, '1' FROM record GROUP BY collection
          """)
    }
    return migrator
  }
}
