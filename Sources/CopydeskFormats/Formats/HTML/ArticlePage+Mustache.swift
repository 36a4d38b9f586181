import Mustache

// Templates look values up by name. These lookups list exactly what each view model offers
// and spare the renderer the reflection it would otherwise do for every tag. A missing
// optional value answers nil, as reflection would, and counts as false in a section.

extension ArticlePage: MustacheParent {
  /// The value a template names.
  func child(named name: String) -> Any? {
    switch name {
    case "language": language
    case "direction": direction
    case "siteTitle": siteTitle
    case "headline": headline
    case "subhead": subhead
    case "summary": summary
    case "canonicalURL": canonicalURL
    case "picture": picture
    case "credits": credits
    case "hasCredits": hasCredits
    case "dateline": dateline
    case "published": published
    case "updated": updated
    case "corrections": corrections
    case "hasCorrections": hasCorrections
    case "keywords": keywords
    case "body": body
    case "jsonLD": jsonLD
    case "rightsNotice": rightsNotice
    case "twitterCard": twitterCard
    case "feeds": feeds
    case "preview": preview
    default: nil
    }
  }
}

extension ArticlePage.Time: MustacheParent {
  /// The value a template names.
  func child(named name: String) -> Any? {
    switch name {
    case "datetime": datetime
    case "display": display
    default: nil
    }
  }
}

extension ArticlePage.Person: MustacheParent {
  /// The value a template names.
  func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "url": url
    case "separator": separator
    default: nil
    }
  }
}

extension ArticlePage.Credit: MustacheParent {
  /// The value a template names.
  func child(named name: String) -> Any? {
    switch name {
    case "label": label
    case "people": people
    case "separator": separator
    default: nil
    }
  }
}

extension ArticlePage.Picture: MustacheParent {
  /// The value a template names.
  func child(named name: String) -> Any? {
    switch name {
    case "src": src
    case "alt": alt
    case "caption": caption
    case "credit": credit
    case "hasCaption": hasCaption
    default: nil
    }
  }
}

extension ArticlePage.Feed: MustacheParent {
  /// The value a template names.
  func child(named name: String) -> Any? {
    switch name {
    case "type": type
    case "url": url
    default: nil
    }
  }
}

extension ArticlePage.CorrectionNote: MustacheParent {
  /// The value a template names.
  func child(named name: String) -> Any? {
    switch name {
    case "time": time
    case "note": note
    default: nil
    }
  }
}

extension IndexPage: MustacheParent {
  /// The value a template names.
  func child(named name: String) -> Any? {
    switch name {
    case "siteTitle": siteTitle
    case "description": description
    case "language": language
    case "direction": direction
    case "feeds": feeds
    case "stories": stories
    default: nil
    }
  }
}

extension IndexPage.Row: MustacheParent {
  /// The value a template names.
  func child(named name: String) -> Any? {
    switch name {
    case "headline": headline
    case "summary": summary
    case "url": url
    case "language": language
    case "direction": direction
    case "published": published
    default: nil
    }
  }
}
