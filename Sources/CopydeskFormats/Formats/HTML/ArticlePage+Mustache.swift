import Mustache

// Templates look values up by name. These tables list exactly what each view model offers,
// spare the renderer the reflection it would otherwise do for every tag, and let a template
// be checked for names no view model has when it loads. A missing optional value answers
// nil, as reflection would, and counts as false in a section.

/// A view model whose values templates look up by name, each listed once in `templateFields`.
protocol TemplateViewModel: MustacheParent {
  /// Every name a template may use on this model, with how to get its value.
  static var templateFields: [String: @Sendable (Self) -> Any?] { get }
}

extension TemplateViewModel {
  /// The value a template names.
  func child(named name: String) -> Any? {
    TemplateText.wrapping(Self.templateFields[name]?(self))
  }
}

/// Every name the view models offer a template, for checking templates when they load.
enum TemplateViewModels {
  /// The names of all view models' values together: a template's sections nest, so a name
  /// may be looked up on any model in the context stack.
  static let names: Set<String> = {
    let tables: [[String]] = [
      Array(ArticlePage.templateFields.keys), Array(ArticlePage.Time.templateFields.keys),
      Array(ArticlePage.Person.templateFields.keys), Array(ArticlePage.Credit.templateFields.keys),
      Array(ArticlePage.Picture.templateFields.keys), Array(ArticlePage.Feed.templateFields.keys),
      Array(ArticlePage.CorrectionNote.templateFields.keys), Array(IndexPage.templateFields.keys),
      Array(IndexPage.Section.templateFields.keys), Array(IndexPage.Row.templateFields.keys),
    ]
    return Set(tables.joined())
  }()
}

extension ArticlePage: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "language": { $0.language }, "direction": { $0.direction }, "siteTitle": { $0.siteTitle },
    "homeURL": { $0.homeURL }, "headline": { $0.headline }, "subhead": { $0.subhead },
    "summary": { $0.summary },
    "canonicalURL": { $0.canonicalURL }, "picture": { $0.picture }, "credits": { $0.credits },
    "hasCredits": { $0.hasCredits }, "dateline": { $0.dateline }, "published": { $0.published },
    "updated": { $0.updated }, "corrections": { $0.corrections },
    "hasCorrections": { $0.hasCorrections }, "keywords": { $0.keywords }, "body": { $0.body },
    "jsonLD": { $0.jsonLD }, "rightsNotice": { $0.rightsNotice },
    "twitterCard": { $0.twitterCard }, "feeds": { $0.feeds }, "preview": { $0.preview },
  ]
}

extension ArticlePage.Time: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "datetime": { $0.datetime }, "display": { $0.display },
  ]
}

extension ArticlePage.Person: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "name": { $0.name }, "url": { $0.url }, "separator": { $0.separator },
  ]
}

extension ArticlePage.Credit: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "label": { $0.label }, "people": { $0.people }, "separator": { $0.separator },
  ]
}

extension ArticlePage.Picture: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "src": { $0.src }, "alt": { $0.alt }, "caption": { $0.caption }, "credit": { $0.credit },
    "hasCaption": { $0.hasCaption },
  ]
}

extension ArticlePage.Feed: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "type": { $0.type }, "url": { $0.url }, "label": { $0.label },
  ]
}

extension ArticlePage.CorrectionNote: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "time": { $0.time }, "note": { $0.note },
  ]
}

extension IndexPage: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "siteTitle": { $0.siteTitle }, "homeURL": { $0.homeURL },
    "description": { $0.description },
    "language": { $0.language }, "direction": { $0.direction }, "feeds": { $0.feeds },
    "sections": { $0.sections }, "pageLabel": { $0.pageLabel }, "newerURL": { $0.newerURL },
    "olderURL": { $0.olderURL },
  ]
}

extension IndexPage.Section: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "title": { $0.title }, "headingLevel": { $0.headingLevel }, "stories": { $0.stories },
  ]
}

extension IndexPage.Row: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "headline": { $0.headline }, "summary": { $0.summary }, "url": { $0.url },
    "language": { $0.language }, "direction": { $0.direction }, "published": { $0.published },
    "byline": { $0.byline }, "dateline": { $0.dateline }, "picture": { $0.picture },
    "genre": { $0.genre },
  ]
}
