import Mustache

/// The HTML escaping templates render `{{name}}` with: the same entities as the Mustache
/// library's own, written by `HTMLEscaping` on the UTF-8 bytes instead of character by
/// character through a dictionary.
///
/// The library lets a template choose its escaping with the `CONTENT_TYPE` pragma, so every
/// template is compiled behind one pragma line; the line stands alone, and Mustache removes
/// standalone lines, so the template renders exactly as written. A template may still switch
/// to `{{% CONTENT_TYPE: TEXT}}` itself.
struct TemplateEscaping: MustacheContentType {
  /// The name the escaping is registered under.
  static let name = "COPYDESK_HTML"

  /// The line put before every template, registering the escaping on first use.
  static let pragmaLine: String = {
    MustacheContentTypes.register(TemplateEscaping(), named: name)
    return "{{% CONTENT_TYPE: \(name)}}\n"
  }()

  /// Escapes `& < > " '`.
  func escapeText(_ text: String) -> String {
    HTMLEscaping.escaped(text)
  }
}
