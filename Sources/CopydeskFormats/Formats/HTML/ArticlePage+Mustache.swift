import Mustache

// Templates look values up by name. These tables list exactly what each view model offers,
// spare the renderer the reflection it would otherwise do for every tag, and let a template
// be checked for names no view model has when it loads. A missing optional value answers
// nil, as reflection would, and counts as false in a section.

/// A view model whose values templates look up by name, each listed once in `templateFields`.
protocol TemplateViewModel: MustacheParent, SendableMetatype {
  /// Every name a template may use on this model, with how to get its value.
  static var templateFields: [String: @Sendable (Self) -> Any?] { get }
}

extension TemplateViewModel {
  /// The value a template names.
  func child(named name: String) -> Any? {
    Self.templateFields[name]?(self)
  }

  /// A field of text, which reaches the library as `TemplateText`: wrapped where the field is
  /// read, instead of a cast at every look-up asking whether the value is text.
  static func text(_ read: @escaping @Sendable (Self) -> String?) -> @Sendable (Self) -> Any? {
    { read($0).map(TemplateText.init(text:)) }
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
    "language": text { $0.language }, "direction": text { $0.direction },
    "siteTitle": text { $0.siteTitle },
    "homeURL": text { $0.homeURL }, "headline": text { $0.headline },
    "subhead": text { $0.subhead },
    "summary": text { $0.summary },
    "canonicalURL": text { $0.canonicalURL }, "picture": { $0.picture }, "credits": { $0.credits },
    "hasCredits": { $0.hasCredits }, "dateline": text { $0.dateline },
    "published": { $0.published },
    "updated": { $0.updated }, "corrections": { $0.corrections },
    "hasCorrections": { $0.hasCorrections }, "keywords": text { $0.keywords },
    "body": text { $0.body },
    "jsonLD": text { $0.jsonLD }, "socialMeta": text { $0.socialMeta },
    "rightsNotice": text { $0.rightsNotice },
    "twitterCard": text { $0.twitterCard }, "feeds": { $0.feeds }, "preview": text { $0.preview },
  ]
}

extension ArticlePage.Time: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "datetime": text { $0.datetime }, "display": text { $0.display },
  ]
}

extension ArticlePage.Person: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "name": text { $0.name }, "url": text { $0.url }, "separator": text { $0.separator },
  ]
}

extension ArticlePage.Credit: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "label": text { $0.label }, "people": { $0.people }, "separator": text { $0.separator },
  ]
}

extension ArticlePage.Picture: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "src": text { $0.src }, "alt": text { $0.alt }, "caption": text { $0.caption },
    "credit": text { $0.credit },
    "hasCaption": { $0.hasCaption },
  ]
}

extension ArticlePage.Feed: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "type": text { $0.type }, "url": text { $0.url }, "label": text { $0.label },
  ]
}

extension ArticlePage.CorrectionNote: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "time": { $0.time }, "note": text { $0.note },
  ]
}

extension IndexPage: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "siteTitle": text { $0.siteTitle }, "homeURL": text { $0.homeURL },
    "description": text { $0.description },
    "language": text { $0.language }, "direction": text { $0.direction }, "feeds": { $0.feeds },
    "sections": { $0.sections }, "pageLabel": text { $0.pageLabel },
    "newerURL": text { $0.newerURL },
    "olderURL": text { $0.olderURL },
  ]
}

extension IndexPage.Section: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "title": text { $0.title }, "headingLevel": { $0.headingLevel }, "stories": { $0.stories },
  ]
}

extension IndexPage.Row: TemplateViewModel {
  static let templateFields: [String: @Sendable (Self) -> Any?] = [
    "headline": text { $0.headline }, "summary": text { $0.summary }, "url": text { $0.url },
    "language": text { $0.language }, "direction": text { $0.direction },
    "published": { $0.published },
    "byline": text { $0.byline }, "dateline": text { $0.dateline }, "picture": { $0.picture },
    "genre": text { $0.genre },
  ]
}
