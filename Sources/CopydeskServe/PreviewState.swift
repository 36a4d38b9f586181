import CopydeskBuild
import CopydeskCore
import Foundation

/// The preview's latest build: what it reported, the stories it knows, and a generation number
/// that open pages compare with their own to know when to reload.
actor PreviewState {
  /// What one rebuild left.
  struct Snapshot: Sendable {
    /// Counts the rebuilds; a page built from an older one reloads.
    var generation = 0
    /// The build's report; nil when the project itself could not be loaded.
    var report: BuildReport?
    /// The stories and their outputs.
    var catalog = StoryCatalog(entries: [])
    /// Why the project could not be loaded or built (a broken config or template).
    var failure: Diagnostic?
    /// The settings the build ran with.
    var settings: BuildSettings?

    /// Every error of the build, the project's own failure first.
    var errors: [Diagnostic] {
      (failure.map(\.expanded) ?? [])
        + (report?.diagnostics ?? []).flatMap(\.expanded).filter { $0.severity == .error }
    }
  }

  private(set) var snapshot = Snapshot()
  private var listeners: [UUID: AsyncStream<Int>.Continuation] = [:]

  /// Stores a new build's results and tells every open page.
  func publish(_ snapshot: Snapshot) {
    var snapshot = snapshot
    snapshot.generation = self.snapshot.generation + 1
    self.snapshot = snapshot
    for listener in listeners.values { listener.yield(snapshot.generation) }
  }

  /// The generations to come, starting with the current one; ends when the page goes.
  func subscribe() -> AsyncStream<Int> {
    let id = UUID()
    let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
    continuation.yield(snapshot.generation)
    continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
    listeners[id] = continuation
    return stream
  }

  private func unsubscribe(_ id: UUID) {
    listeners[id] = nil
  }
}
