public import CopydeskCore
import CopydeskReader
public import Foundation
import Mustache

/// The compiled Mustache templates for HTML output: the built-in defaults, each
/// replaceable by a file of the same name in a project's `Templates/` folder.
public struct TemplateSet: Sendable {
  /// The templates copydesk renders, by name: pages (`article`, `index`) and partials.
  public static let names = ["article", "byline", "head", "index", "style"]

  /// The built-in templates, compiled once.
  public static let defaults: TemplateSet = {
    do {
      return try TemplateSet(sources: DefaultTemplates.sources.mapValues { ($0, nil) })
    } catch {
      preconditionFailure("the built-in templates do not compile: \(error)")
    }
  }()

  private let library: MustacheLibrary
  private let sources: [String: String]

  /// The source text of the template `name`, as it was compiled.
  public func source(named name: String) -> String? {
    sources[name]
  }

  /// The defaults, with every `NAME.mustache` in `folder` replacing or adding a template.
  public init(overridesIn folder: URL) throws(Diagnostic) {
    var sources = DefaultTemplates.sources.mapValues { (text: $0, file: String?.none) }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    } catch {
      throw Diagnostic(
        .error, file: folder.path,
        message: "cannot read the templates folder: \(SystemError.reason(error))")
    }
    for name in names.sorted() where name.hasSuffix(".mustache") {
      let file = folder.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: file.path),
        let text = String(data: data, encoding: .utf8)
      else {
        throw Diagnostic(.error, file: file.path, message: "cannot read the template as UTF-8 text")
      }
      sources[String(name.dropLast(".mustache".count))] = (text, file.path)
    }
    try self.init(sources: sources)
  }

  /// The defaults, with `templates` (template text by name) replacing or adding templates.
  public init(overriding templates: [String: String]) throws(Diagnostic) {
    var sources = DefaultTemplates.sources.mapValues { (text: $0, file: String?.none) }
    for (name, text) in templates { sources[name] = (text, nil) }
    try self.init(sources: sources)
  }

  private init(sources: [String: (text: String, file: String?)]) throws(Diagnostic) {
    if let cycle = Self.firstCycle(in: Self.inclusions(in: sources.mapValues(\.text))) {
      let files = cycle.map { sources[$0]?.file ?? "Templates/\($0).mustache" }
      throw Diagnostic(
        .error, file: files[0],
        message: "the templates include each other without end: "
          + files.joined(separator: " → ")
          + "; remove one of these {{> …}} inclusions")
    }
    var library = MustacheLibrary()
    for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
      do {
        library.register(try MustacheTemplate(string: source.text), named: name)
      } catch let error as MustacheTemplate.ParserError {
        throw Diagnostic(
          .error, file: source.file ?? "Templates/\(name).mustache", line: error.context.lineNumber,
          column: error.context.columnNumber,
          message: "the template does not parse: \(error.error) in '\(error.context.line)'")
      } catch {
        throw Diagnostic(
          .error, file: source.file ?? name, message: "the template does not parse: \(error)")
      }
    }
    self.library = library
    self.sources = sources.mapValues(\.text)
  }

  /// Renders the template `name` with `model`; nil when there is no such template.
  func render(_ model: Any, template name: String) -> String? {
    library.render(model, withTemplate: name)
  }
}
