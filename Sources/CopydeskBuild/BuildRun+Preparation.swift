import CopydeskCore
import Foundation

extension BuildRun {
  /// Reads and renders batches of stories on `jobs` threads, the next batch while the build
  /// settles the one before.
  ///
  /// Settling (identities, sequence numbers, rows) runs on one thread; preparing the next batch
  /// meanwhile keeps the other cores busy. With one job nothing runs ahead.
  struct Preparation: Sendable {
    let jobs: Int
    let displayPrefix: String
    let sizeLimit: Int
    let afterReadingSource: (@Sendable (String) -> Void)?
    let builder: StoryBuild

    /// Starts preparing `batch`: on other threads when there are several jobs, else at once.
    func start(_ batch: [Pending]) -> WorkAhead<[Prepared]> {
      WorkAhead(inBackground: jobs > 1) { prepare(batch) }
    }

    /// Reads and renders a batch on `jobs` threads.
    func prepare(_ batch: [Pending]) -> [Prepared] {
      let slots = ResultSlots<Prepared>(count: batch.count)
      ParallelWork.forEach(count: batch.count, jobs: jobs) { index in
        slots.store(prepare(batch[index]), at: index)
      }
      return slots.values
    }

    private func prepare(_ pending: Pending) -> Prepared {
      let (story, stored) = pending
      let display = BuildRun.display(story.path, prefix: displayPrefix)
      var afterRead: (@Sendable () -> Void)?
      if let afterReadingSource {
        let path = story.path
        afterRead = { afterReadingSource(path) }
      }
      var prepared = Prepared()
      do throws(Diagnostic) {
        let source = try SourceFile.read(
          story.file, display: display, limit: sizeLimit, afterRead: afterRead)
        prepared.source = source.isStable ? source.status : FileStatus(size: -1, modified: -1)
        prepared.sourceHash = source.hash
        if stored?.published != true {
          (prepared.data, prepared.sidecar) = (source.data, source.sidecar)
        }
        prepared.result = builder.build(
          data: source.data, sidecar: source.sidecar, file: URL(fileURLWithPath: story.file),
          displayPath: display, pinned: stored?.pinned)
      } catch {
        prepared.result.failure = error
      }
      return prepared
    }
  }
}
