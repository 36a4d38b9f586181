import Mustache

/// A view model's text as the template library sees it.
///
/// The library renders a `String` value after asking, one dynamic cast each (100–250 ns in the
/// Swift runtime), whether it is a template, a custom renderable, a lambda or an optional, and
/// then prints it generically; a custom renderable is answered at the second question. The
/// text renders, opens sections and transforms (`{{uppercased(headline)}}`) as a `String`
/// does; the one use the library makes of a `String` alone, naming a partial (`{{>*name}}`),
/// is refused when templates load.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable {
  /// The text itself.
  let text: String

  /// The text, which the library escapes as it escapes a `String`.
  var renderText: String { text }

  /// Never null: even empty text opens a section, as a `String` does.
  var isNull: Bool { false }

  /// The text transformed as the library transforms a `String`.
  func transform(_ name: String) -> Any? {
    text.transform(name)
  }
}
