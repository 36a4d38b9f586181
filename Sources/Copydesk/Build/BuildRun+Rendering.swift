import CopydeskReader
import Foundation

extension BuildRun {
  /// Builds the dirty stories on `jobs` threads; each worker also writes its changed outputs
  /// to temporary files, so the slow part of writing runs in parallel too.
  mutating func render(_ paths: [String]) -> [StoryBuild.Result] {
    let service = settings.config.options.wireService
    for path in paths {
      if let sequence = ledger.stories[path]?.sequence {
        sequences[path] = sequence
      } else {
        let next = ledger.nextSequence[service] ?? 1
        sequences[path] = next
        ledger.nextSequence[service] = next + 1
      }
    }
    let builder = StoryBuild(
      formats: Set(settings.formats), site: settings.config.site, templates: settings.templates,
      options: settings.config.options, readerOptions: settings.config.readerOptions,
      clock: settings.clock, strict: settings.strict, validator: settings.validator)
    let slots = ResultSlots<StoryBuild.Result>(count: paths.count)
    let jobs = max(1, min(settings.jobs, paths.count))
    let (progress, total, folder, prefix) = (
      settings.progress, paths.count, settings.storiesFolder, settings.displayPrefix
    )
    let (sequences, output, dryRun) = (sequences, output, settings.dryRun)
    let previous = ledger.stories.mapValues { ($0.outputs, $0.feed?.itemHash) }
    DispatchQueue.concurrentPerform(iterations: jobs) { job in
      for index in stride(from: job, to: total, by: jobs) {
        let path = paths[index]
        let display = Self.display(path, prefix: prefix)
        var result: StoryBuild.Result
        if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
        {
          result = builder.build(
            path: path, displayPath: display, data: data, sequence: sequences[path] ?? 0)
          if !dryRun { Self.stage(&result, previous: previous[path], in: output) }
        } else {
          result = StoryBuild.Result(path: path, sourceHash: "")
          result.failure = Diagnostic(.error, file: display, message: "cannot read the file")
        }
        result.outputs = [:]
        result.feedItem = nil
        let done = slots.store(result, at: index)
        progress?(done, total)
      }
    }
    return slots.values
  }

  /// Writes the outputs that changed (and the feed item) to temporary files.
  private static func stage(
    _ result: inout StoryBuild.Result, previous: ([String: String], String?)?,
    in output: OutputFolder
  ) {
    guard result.failure == nil else { return }
    do {
      for (path, data) in result.outputs where previous?.0[path] != result.outputHashes[path] {
        result.staged[path] = try output.stage(data, for: path)
      }
      if let item = result.feedItem, previous?.1 != result.feed?.itemHash {
        result.stagedFeedItem = try output.stage(item, for: FeedRecord.cacheName(for: result.path))
      }
    } catch {
      result.failure = error
      for staged in result.staged.values { output.discard(staged) }
      result.stagedFeedItem.map(output.discard)
      result.staged = [:]
      result.stagedFeedItem = nil
    }
  }
}

/// Result slots filled from several threads, each index once.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  private var slots: [Value?]
  private var filled = 0
  private let lock = NSLock()

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  /// Stores `value` at `index` and returns how many slots are filled now.
  func store(_ value: Value, at index: Int) -> Int {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = value
    filled += 1
    return filled
  }

  /// Every stored value, in index order.
  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}
