import CopydeskAST
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import GRDB

extension BuildRun {
  /// Settles a rendered story's identity, in path order: adopts the row of a renamed file,
  /// refuses a slug or guid another present story holds, and gives a story with wire output
  /// its sequence number (once, when it first publishes).
  mutating func resolve(
    _ pending: Pending, _ prepared: inout Prepared, _ builder: StoryBuild, _ db: Database
  ) throws -> BuiltStory {
    var story = BuiltStory(path: pending.story.path, stored: pending.stored)
    story.sourceHash = prepared.sourceHash
    story.source = prepared.source
    if mayAdopt, pending.stored == nil, prepared.result.failure == nil, let data = prepared.data,
      let metadata = prepared.result.metadata,
      let row = try adoptable(hash: prepared.sourceHash, guid: metadata.id, db)
    {
      story.stored = row
      story.renamedFrom = row.sourcePath.map(display)
      claimedRows.insert(row.id)
      if (metadata.slug, metadata.id, metadata.date) != (row.slug, row.guid, row.firstPublished) {
        prepared.result = builder.build(
          data: data, sidecar: prepared.sidecar,
          file: URL(fileURLWithPath: pending.story.file), displayPath: display(story.path),
          pinned: row.pinned)
      }
    }
    (prepared.data, prepared.sidecar) = (nil, nil)
    report.diagnostics += prepared.result.warnings
    story.warnings = prepared.result.warnings
    if let stored = story.stored {
      claimedRows.insert(stored.id)
      processedRows.insert(stored.id)
    }
    guard let metadata = prepared.result.metadata, prepared.result.failure == nil else {
      let failure =
        prepared.result.failure
        ?? Diagnostic(.error, file: display(story.path), message: "the story was not read")
      story.failure = failure
      report.diagnostics.append(failure)
      if let stored = story.stored, stored.published { claim(stored.slug, stored.guid, story.path) }
      return story
    }
    story.guid = metadata.id
    story.slug = metadata.slug
    story.firstPublished = metadata.date
    story.version = metadata.version
    story.status = metadata.status
    story.embargo = metadata.embargo
    story.withholding = prepared.result.withholding
    if let stored = story.stored, stored.published, stored.slug != metadata.slug {
      report.diagnostics.append(
        Diagnostic(
          .warning, file: display(story.path), key: "slug",
          message: "moved from '\(stored.slug)' to '\(metadata.slug)' by its 'slug:'; the old "
            + "URL's outputs are removed"))
    }
    story.failure = try collision(for: story, db)
    if story.failure == nil {
      for service in prepared.result.numberingServices {
        do {
          story.sequences[service] = try sequence(for: story.stored, service: service, db)
        } catch let error as Diagnostic {
          prepared.result.formatFailures += prepared.result.numbered.filter {
            $0.output.service == service
          }.map { ($0.format, error) }
        }
      }
    }
    if let failure = story.failure { report.diagnostics.append(failure) }
    if story.failure != nil, let stored = story.stored, stored.published {
      claim(stored.slug, stored.guid, story.path)
    } else if story.failure == nil {
      claim(story.slug, story.guid, story.path)
    }
    return story
  }

  /// The row of a published story whose file is gone and that has the same bytes or the
  /// same guid: the story was renamed (or restored), and keeps its identity.
  private func adoptable(hash: String, guid: String, _ db: Database) throws -> StoredStory? {
    for (column, value) in [("source_hash", hash), ("guid", guid)] {
      let rows = try Row.fetchAll(
        db.reused(
          "SELECT \(StoredStory.columns) FROM story WHERE \(column) = ? AND published = 1 "
            + "ORDER BY id"), arguments: [value]
      ).map(StoredStory.init(row:))
      if let row = rows.first(where: { row in
        !claimedRows.contains(row.id) && !(row.sourcePath.map(present.contains) ?? false)
      }) {
        return row
      }
    }
    return nil
  }

  private mutating func claim(_ slug: String, _ guid: String, _ path: String) {
    claimedSlugs[slug] = claimedSlugs[slug] ?? path
    claimedGuids[guid] = claimedGuids[guid] ?? path
  }

  /// The error for a story whose slug or guid another present story already holds: one
  /// rebuilt before it in this run, or one whose row pins it.
  private func collision(for story: BuiltStory, _ db: Database) throws -> Diagnostic? {
    var holders: [(what: String, value: String, path: String)] = []
    if let path = claimedSlugs[story.slug], path != story.path {
      holders.append(("slug", story.slug, path))
    }
    if let path = claimedGuids[story.guid], path != story.path {
      holders.append(("id", story.guid, path))
    }
    let rows =
      mayCollideWithStored
      ? try Row.fetchAll(
        db.reused(
          "SELECT id, slug, guid, source_path FROM story "
            + "WHERE (slug = ? OR guid = ?) AND source_path IS NOT NULL"),
        arguments: [story.slug, story.guid])
      : []
    for row in rows {
      let id: Int64 = row["id"]
      let path: String = row["source_path"]
      guard id != story.stored?.id, present.contains(path), path != story.path,
        !processedRows.contains(id)
      else { continue }
      let slug: String = row["slug"]
      holders.append(slug == story.slug ? ("slug", story.slug, path) : ("id", story.guid, path))
    }
    guard let first = holders.first else { return nil }
    return Diagnostic(
      .error, file: display(story.path), key: first.what == "slug" ? "slug" : "id",
      message: "the \(first.what) '\(first.value)' is already used by \(display(first.path)); "
        + "give each story its own \(first.what) (nothing was overwritten)")
  }

  /// The story's sequence number in `service`: the one it has, or the service's next one.
  private mutating func sequence(
    for stored: StoredStory?, service: String, _ db: Database
  ) throws -> Int {
    if let stored,
      let number = try Int.fetchOne(
        db.reused("SELECT number FROM sequence WHERE owner = ? AND service = ?"),
        arguments: [stored.id, service])
    {
      return number
    }
    let next =
      try counters[service]
      ?? Int.fetchOne(db.reused("SELECT next FROM counter WHERE service = ?"), arguments: [service])
      ?? 1
    guard next < Int.max else {
      throw Diagnostic(
        .error, file: output.stateDatabase.path,
        message: "the sequence counter of service '\(service)' is exhausted; start a new "
          + "service id (formats.wire.service) to keep numbering")
    }
    counters[service] = next + 1
    return next
  }
}
