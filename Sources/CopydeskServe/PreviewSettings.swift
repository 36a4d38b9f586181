public import CopydeskBuild
public import CopydeskCore
public import CopydeskFormats
public import Foundation

/// What `copydesk serve` needs: how to load the project (again, when its config or templates
/// change), what to watch, and where to listen.
public struct PreviewSettings: Sendable {
  /// Loads the project's build settings, with the preview folder as output; called for every
  /// rebuild so that config and template edits take effect.
  public var load: @Sendable () throws(Diagnostic) -> BuildSettings
  /// The files and folders whose changes rebuild the preview: stories, templates, config.
  public var watched: [URL]
  /// The address to listen on; loopback unless asked otherwise.
  public var host = "127.0.0.1"
  /// The port to listen on; 0 picks a free one.
  public var port = 8080
  /// Validates NewsML-G2 items for the desk view, when a schema was given.
  public var validator: NewsMLValidator?
  /// Called once the server listens, with its address, such as `http://127.0.0.1:8080/`.
  public var onReady: @Sendable (String) -> Void = { _ in }
  /// Called after each rebuild with its summary line.
  public var onBuild: @Sendable (String) -> Void = { _ in }

  /// Settings that load the project with `load` and watch `watched`.
  public init(
    load: @escaping @Sendable () throws(Diagnostic) -> BuildSettings, watched: [URL]
  ) {
    self.load = load
    self.watched = watched
  }
}
