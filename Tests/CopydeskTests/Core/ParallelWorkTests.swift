import CopydeskCore
import Foundation
import Testing

/// Every index is worked on exactly once, however many threads take part.
@Suite struct ParallelWorkTests {
  /// Indices seen, from several threads.
  final class Seen: @unchecked Sendable {
    private var indices: [Int] = []
    private let lock = NSLock()

    func add(_ index: Int) { lock.withLock { indices.append(index) } }
    var all: [Int] { lock.withLock { indices } }
  }

  @Test(arguments: [0, 1, 2, 7, 1_000])
  func everyIndexOnce(count: Int) {
    for jobs in [1, 2, 4, 64] {
      let seen = Seen()
      ParallelWork.forEach(count: count, jobs: jobs) { seen.add($0) }
      #expect(seen.all.sorted() == Array(0..<count), "jobs \(jobs)")
    }
  }

  @Test func oneJobWorksInOrder() {
    let seen = Seen()
    ParallelWork.forEach(count: 100, jobs: 1) { seen.add($0) }
    #expect(seen.all == Array(0..<100))
  }
}
