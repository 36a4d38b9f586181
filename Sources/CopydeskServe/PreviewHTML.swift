import CopydeskCore
import CopydeskFormats
import Foundation

/// The HTML the preview adds: the live-reload script, the error overlay, and the shell of the
/// desk pages.
enum PreviewHTML {
  /// Reloads the page when a newer build than `generation` is announced.
  static func reloadScript(generation: Int) -> String {
    """
    <script>(function(){var built=\(generation);var events=new EventSource("/_copydesk/events");\
    events.onmessage=function(e){if(Number(e.data)!==built){location.reload();}};})();</script>
    """
  }

  /// The overlay listing `errors`, each with its source line and caret; empty when there are
  /// none.
  static func overlay(_ errors: [Diagnostic]) -> String {
    guard !errors.isEmpty else { return "" }
    let items = errors.map { error -> String in
      let lines = [error.description] + SourceExcerpt.lines(for: error)
      return "<pre>\(HTMLEscaping.text(lines.joined(separator: "\n")))</pre>"
    }.joined()
    return """
      <div id="copydesk-overlay" role="alert" style="position:fixed;top:0;right:0;bottom:0;left:0;overflow:auto;\
      z-index:2147483647;background:rgba(20,20,20,.94);color:#fff;padding:2rem;\
      font:14px/1.5 ui-monospace,monospace"><h2 style="color:#ff6b6b;margin-top:0">copydesk: \
      the last build failed (\(errors.count) error\(errors.count == 1 ? "" : "s"))</h2>\
      \(items)<p>Fix the file and save: this page reloads by itself.</p></div>
      """
  }

  /// `page` with the reload script and the overlay put before its closing `</body>`.
  static func inject(into page: Data, generation: Int, errors: [Diagnostic]) -> Data {
    var text = String(decoding: page, as: UTF8.self)
    let addition = overlay(errors) + reloadScript(generation: generation)
    if let end = text.range(of: "</body>", options: .backwards) {
      text.insert(contentsOf: addition, at: end.lowerBound)
    } else {
      text += addition
    }
    return Data(text.utf8)
  }

  /// A complete desk page: title, a small stylesheet, `body`, and the live reload.
  static func page(title: String, body: String, generation: Int, errors: [Diagnostic]) -> Data {
    let html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTMLEscaping.text(title))</title>
      <style>
      body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:110rem;padding:1rem 1.5rem}
      table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .6rem;\
      border-bottom:1px solid #ddd}
      .panes{display:grid;gap:1rem}@media (min-width:72rem){.panes{grid-template-columns:1fr 1fr}}
      section{border:1px solid #ccc;border-radius:6px;padding:.5rem 1rem;overflow:auto}
      pre{white-space:pre;overflow:auto;font:13px/1.4 ui-monospace,monospace}
      iframe{width:100%;height:40rem;border:0}.ok{color:#1a7f37}.bad{color:#cf222e}
      </style>
      </head>
      <body>
      \(body)
      </body>
      </html>

      """
    return inject(into: Data(html.utf8), generation: generation, errors: errors)
  }
}
