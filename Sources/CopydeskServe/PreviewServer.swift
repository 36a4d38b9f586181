public import CopydeskBuild
import CopydeskCore
import CopydeskFormats
import Foundation
import Hummingbird

/// `copydesk serve`: builds the project into its preview folder, serves it over HTTP, and
/// rebuilds when a story, template or the config changes; every open page reloads itself
/// (Server-Sent Events) and shows the build's errors in an overlay.
public enum PreviewServer {
  /// Builds, serves and watches until the process is stopped; `first` are the settings the
  /// caller loaded, which fix the preview folder and its index page.
  public static func run(_ settings: PreviewSettings, first: BuildSettings) async throws {
    let state = PreviewState()
    await rebuild(settings, state)
    let files = StaticFiles(root: first.outputFolder)
    let indexPath = first.config.layout().indexPath
    let responder = CallbackResponder<BasicRequestContext> { request, _ in
      await respond(
        to: request, state: state, files: files, indexPath: indexPath,
        validator: settings.validator)
    }
    let app = Application(
      responder: responder,
      configuration: .init(address: .hostname(settings.host, port: settings.port)),
      onServerRunning: { channel in
        let port = channel.localAddress?.port ?? settings.port
        settings.onReady("http://\(settings.host):\(port)/")
      })
    let watcher = ProjectWatcher(watched: settings.watched, ignored: first.outputFolder)
    let stopping = exitOnSignals()
    defer {
      for source in stopping { source.cancel() }
    }
    try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask { try await app.runService(gracefulShutdownSignals: []) }
      group.addTask { await watcher.watch { await rebuild(settings, state) } }
      try await group.next()
      group.cancelAll()
    }
  }

  /// Ends the process at once on Ctrl-C or SIGTERM.
  ///
  /// Open event streams never end by themselves, so a graceful shutdown would wait for ever; a
  /// build cut short is safe, since the build state commits in one transaction.
  private static func exitOnSignals() -> [any DispatchSourceSignal] {
    [SIGINT, SIGTERM].map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { exit(0) }
      source.resume()
      return source
    }
  }

  /// Loads the project again and builds it, on a thread of its own, then announces the result.
  static func rebuild(_ settings: PreviewSettings, _ state: PreviewState) async {
    let snapshot = await Task.detached { () -> PreviewState.Snapshot in
      var snapshot = PreviewState.Snapshot()
      do throws(Diagnostic) {
        let build = try settings.load()
        snapshot.settings = build
        snapshot.report = try ProjectBuilder.build(build)
        snapshot.catalog = try StoryCatalog.load(build)
      } catch {
        snapshot.failure = error
      }
      return snapshot
    }.value
    settings.onBuild(snapshot.report?.summary ?? snapshot.failure?.description ?? "")
    await state.publish(snapshot)
  }

  /// The response to one request: the event stream, a desk page, or a file of the preview.
  static func respond(
    to request: Request, state: PreviewState, files: StaticFiles, indexPath: String,
    validator: NewsMLValidator?
  ) async -> Response {
    let path = request.uri.path
    if path == "/_copydesk/events" { return await events(state) }
    let snapshot = await state.snapshot
    let desk = DeskPages(snapshot: snapshot, files: files, validator: validator)
    if path == "/" {
      return Response(status: .seeOther, headers: [.location: "/" + indexPath])
    }
    if path == "/_desk" || path == "/_desk/" { return html(desk.index()) }
    if path.hasPrefix("/_desk/") {
      let slug = String(path.dropFirst("/_desk/".count))
      guard let page = desk.story(slug) else { return notFound() }
      return html(page)
    }
    guard let file = files.file(at: path) else { return notFound() }
    if file.type.hasPrefix("text/html") {
      return html(
        PreviewHTML.inject(
          into: file.data, generation: snapshot.generation, errors: snapshot.errors))
    }
    return Response(
      status: .ok, headers: [.contentType: file.type, .cacheControl: "no-store"],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.data)))
  }

  /// `text/event-stream`: the current build's generation now, and each new one as it comes.
  static func events(_ state: PreviewState) async -> Response {
    let generations = await state.subscribe()
    return Response(
      status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
      body: ResponseBody { writer in
        for await generation in generations {
          try await writer.write(ByteBuffer(string: "retry: 500\ndata: \(generation)\n\n"))
        }
        try await writer.finish(nil)
      })
  }

  private static func html(_ data: Data) -> Response {
    Response(
      status: .ok,
      headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }

  private static func notFound() -> Response {
    Response(
      status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: "not found\n")))
  }
}
