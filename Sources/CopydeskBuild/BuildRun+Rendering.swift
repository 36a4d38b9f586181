import CopydeskAST
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import GRDB

extension BuildRun {
  /// A story read and rendered by a worker, waiting for the build to settle its identity.
  struct Prepared: Sendable {
    var source = FileStatus(size: -1, modified: -1)
    var sourceHash = ""
    /// The bytes and sidecar, kept only for a story without a row, in case it turns out to be
    /// renamed.
    var data: Data?
    var sidecar: Sidecar?
    var result = StoryBuild.Result()
  }

  /// Rebuilds the dirty stories in batches.
  ///
  /// Workers read and render a batch in parallel, the build settles identities, collisions and
  /// sequence numbers in path order, then workers lay out the wire text and stage the outputs whose
  /// bytes changed, and the batch's rows are written inside the build's open transaction. The
  /// next batch is read and rendered meanwhile (`Preparation`), so at most two batches' bytes and
  /// stories are in memory at a time.
  mutating func render(_ dirty: [Pending], _ db: Database) throws {
    var builder = StoryBuild(
      formats: settings.formats, site: settings.config.site, templates: settings.templates,
      options: settings.config.options, layout: layout,
      readerOptions: settings.config.readerOptions,
      clock: settings.clock, strict: settings.strict, checks: settings.checks)
    builder.filters = settings.config.filters
    builder.rendersEveryFormat = settings.previewsEverything
    builder.pictures = EditorialChecks(settings: settings)
    let batchSize = max(128, settings.jobs * 64)
    // Each batch is copied out when it starts: a copy of every pending story at once would
    // cost tens of megabytes at 100,000 stories.
    let starts = Array(stride(from: 0, to: dirty.count, by: batchSize))
    func pendingBatch(_ number: Int) -> [Pending] {
      Array(dirty[starts[number]..<min(starts[number] + batchSize, dirty.count)])
    }
    let preparation = Preparation(
      jobs: settings.jobs, displayPrefix: settings.displayPrefix,
      sizeLimit: settings.config.readerOptions.maximumFileSize,
      afterReadingSource: settings.afterReadingSource, builder: builder)
    var upcoming = starts.isEmpty ? nil : preparation.start(pendingBatch(0))
    // A build that stops early still lets the batch being prepared finish reading.
    defer { _ = upcoming?.wait() }
    var done = 0
    for number in starts.indices {
      let batch = pendingBatch(number)
      var prepared = upcoming?.wait() ?? []
      upcoming = number + 1 < starts.count ? preparation.start(pendingBatch(number + 1)) : nil
      var stories: [BuiltStory] = []
      var recorded: [[String: (hash: String, status: FileStatus)]] = []
      for index in batch.indices {
        stories.append(try resolve(batch[index], &prepared[index], builder, db))
        recorded.append(try recordedOutputs(of: stories[index].stored, db))
      }
      stage(&stories, &prepared, recorded: recorded)
      for index in batch.indices {
        try settle(stories[index], records: prepared[index].result.records, db)
      }
      done += batch.count
      settings.progress?(done, dirty.count)
    }
  }

  /// Lays out wire text with its number and stages the outputs whose bytes differ from what
  /// the state recorded, or whose file on disk is not what was recorded, on several threads.
  private mutating func stage(
    _ stories: inout [BuiltStory], _ prepared: inout [Prepared],
    recorded: [[String: (hash: String, status: FileStatus)]]
  ) {
    let slots = ResultSlots<(BuiltStory, StoryBuild.Result)>(count: stories.count)
    let (input, results, output, dryRun, strict) = (
      stories, prepared.map(\.result), output, settings.dryRun, settings.strict
    )
    ParallelWork.forEach(count: input.count, jobs: settings.jobs) { index in
      var story = input[index]
      var result = results[index]
      if story.failure == nil {
        StoryBuild.finish(&result, sequences: story.sequences, strict: strict)
        story.noteFormatFailures(result.formatFailures)
        Self.stage(&story, result.outputs, recorded: recorded[index], output, dryRun: dryRun)
      }
      // The bytes are staged or already on disk; `story` keeps their paths and hashes, and
      // the next batch, read meanwhile, needs the memory.
      result.outputs = []
      slots.store((story, result), at: index)
    }
    for (index, (story, result)) in slots.values.enumerated() {
      // A story whose outputs could not be staged says why.
      if stories[index].failure == nil, let failure = story.failure {
        report.diagnostics.append(failure)
      }
      stories[index] = story
      prepared[index].result = result
    }
    for story in stories where story.failure == nil {
      for failure in story.formatFailures {
        report.diagnostics.append(failure.error)
        report.formatFailures.append(
          .init(path: display(story.path), format: failure.format, error: failure.error))
      }
      report.written += story.outputs.filter { $0.staged != nil || (dryRun && $0.status == nil) }
        .map(\.path)
    }
  }

  private static func stage(
    _ story: inout BuiltStory, _ outputs: [StoryBuild.Output],
    recorded: [String: (hash: String, status: FileStatus)], _ output: OutputFolder, dryRun: Bool
  ) {
    do {
      for rendered in outputs {
        let hash = ContentHash.of(rendered.data)
        var planned = BuiltStory.Output(format: rendered.format, path: rendered.path, hash: hash)
        if let previous = recorded[rendered.path], previous.hash == hash,
          output.status(rendered.path) == previous.status
        {
          planned.status = previous.status
        } else if !dryRun {
          (planned.staged, planned.status) = try output.stage(rendered.data, for: rendered.path)
        }
        story.outputs.append(planned)
      }
    } catch {
      for staged in story.outputs.compactMap(\.staged) { output.discard(staged) }
      story.outputs = []
      story.failure = error
    }
  }

  /// The outputs the state records for a stored story, by path.
  private func recordedOutputs(of stored: StoredStory?, _ db: Database) throws -> [String: (
    hash: String, status: FileStatus
  )] {
    guard let stored else { return [:] }
    var outputs: [String: (hash: String, status: FileStatus)] = [:]
    for row in try Row.fetchAll(
      db.reused("SELECT path, hash, size, mtime FROM output WHERE owner = ?"),
      arguments: [stored.id])
    {
      outputs[row["path"]] = (row["hash"], FileStatus(size: row["size"], modified: row["mtime"]))
    }
    return outputs
  }

  /// A text that sorts like the instant: newest first is `ORDER BY sort_key DESC`.
  static func sortKey(_ time: Timestamp) -> String {
    let seconds = String(time.secondsSinceEpoch + 100_000_000_000)
    let nanos = String(time.nanoseconds)
    return String(repeating: "0", count: max(0, 12 - seconds.count)) + seconds
      + String(repeating: "0", count: max(0, 9 - nanos.count)) + nanos
  }
}
