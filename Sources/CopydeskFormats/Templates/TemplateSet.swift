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
  /// Problems that do not stop the templates from rendering, such as a name no view model has
  /// (`{{headlne}}`, which renders empty); `--strict` makes them errors.
  public let warnings: [Diagnostic]

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
    let templates = sources.sorted(by: { $0.key < $1.key }).map {
      (
        name: $0.key, text: $0.value.text, file: $0.value.file ?? "Templates/\($0.key).mustache",
        tags: TemplateTags($0.value.text)
      )
    }
    for template in templates {
      if let problem = template.tags.dynamicInclusion(file: template.file) {
        throw problem.withExcerpt(from: template.text, file: template.file)
      }
    }
    let inclusions = Dictionary(
      uniqueKeysWithValues: templates.map { ($0.name, $0.tags.inclusions) })
    if let cycle = Self.firstCycle(in: inclusions) {
      let files = cycle.map { sources[$0]?.file ?? "Templates/\($0).mustache" }
      throw Diagnostic(
        .error, file: files[0],
        message: "the templates include each other without end: "
          + files.joined(separator: " → ")
          + "; remove one of these {{> …}} inclusions")
    }
    var library = MustacheLibrary()
    var warnings: [Diagnostic] = []
    for (name, text, file, tags) in templates {
      if let problem = tags.unbalancedSection(file: file) {
        throw problem.withExcerpt(from: text, file: file)
      }
      do {
        library.register(
          try MustacheTemplate(string: TemplateEscaping.pragmaLine + text), named: name)
      } catch let error as MustacheTemplate.ParserError {
        throw Diagnostic(
          .error, file: file, line: max(1, error.context.lineNumber - 1),
          column: error.context.columnNumber,
          message: Self.explain(error.error)
        ).withExcerpt(from: text, file: file)
      } catch {
        throw Diagnostic(.error, file: file, message: "the template does not parse: \(error)")
      }
      warnings += tags.unknownNames(file: file, known: TemplateViewModels.names).map {
        $0.withExcerpt(from: text, file: file)
      }
    }
    self.library = library
    self.sources = sources.mapValues(\.text)
    self.warnings = warnings
  }

  /// The Mustache library's parse error in words that name the fix.
  private static func explain(_ error: any Error) -> String {
    switch error as? MustacheTemplate.Error {
    case .sectionCloseNameIncorrect?:
      return "this {{/…}} does not close the section open here; close sections in the order "
        + "they were opened"
    case .unfinishedName?:
      return "this tag is not finished; a tag is a name between {{ and }}, such as {{headline}}"
    case .expectedSectionEnd?:
      return "a section is never closed; add its {{/name}}"
    case .invalidSetDelimiter?:
      return "a delimiter change is written {{=<% %>=}}: two delimiters separated by a space"
    default:
      return "the template does not parse: \(error)"
    }
  }

  /// The warnings that concern `formats`: all of them when one renders through the templates,
  /// none otherwise.
  public func warnings(concerning formats: [any OutputFormat]) -> [Diagnostic] {
    formats.contains(where: \.usesTemplates) ? warnings : []
  }

  /// Renders the template `name` with `model`; nil when there is no such template.
  func render(_ model: some TemplateViewModel, template name: String) -> String? {
    library.render(TemplateRoot(model), withTemplate: name)
  }
}

/// A view model at the root of the template library's context stack, which the library casts
/// at every look-up: one reference in a value, so a cast copies a pointer, not the whole model,
/// and tests a value type, which the Swift runtime answers about twice as fast as a class.
private struct TemplateRoot<Model: TemplateViewModel>: MustacheParent {
  /// The model, shared by every copy of the root.
  private final class Box {
    let model: Model

    init(_ model: Model) {
      self.model = model
    }
  }

  private let box: Box

  init(_ model: Model) {
    box = Box(model)
  }

  func child(named name: String) -> Any? {
    Model.templateFields[name]?(box.model)
  }
}
