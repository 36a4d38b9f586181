public import CopydeskCore
import CopydeskReader

/// The one list of output formats: `--to`, `formats.build`, help texts, `copydesk formats`
/// and the build all read it.
public struct FormatRegistry: Sendable {
  /// The formats, in the order they are listed and built.
  public private(set) var formats: [any OutputFormat]

  /// The formats copydesk ships with.
  public static let builtIn = FormatRegistry(formats: [
    ASTFormat(), HTMLFormat(), NewsMLFormat(), WireFormat(), JSONFeedFormat(), NinjsFormat(),
    AtomFormat(),
  ])

  /// A registry of `formats`; names must be distinct.
  public init(formats: [any OutputFormat]) {
    self.formats = formats
  }

  /// Every format's name, in order.
  public var names: [String] { formats.map(\.name) }

  /// The names of the formats `build` writes by default.
  public var buildDefaults: [String] { formats.filter(\.buildsByDefault).map(\.name) }

  /// The format called `name`, if there is one.
  public func format(named name: String) -> (any OutputFormat)? {
    formats.first { $0.name == name }
  }

  /// The formats called `names`, in registry order; an unknown name is an error that lists
  /// the known ones and suggests the nearest.
  public func formats(named names: [String], file: String) throws(Diagnostic)
    -> [any OutputFormat]
  {
    for name in names where format(named: name) == nil {
      throw unknown(name, file: file)
    }
    return formats.filter { names.contains($0.name) }
  }

  /// The error for a format name no format has.
  public func unknown(_ name: String, file: String) -> Diagnostic {
    Diagnostic(.error, file: file, message: unknownMessage(name))
  }

  /// What is wrong with a format name no format has, with the nearest name and the list.
  public func unknownMessage(_ name: String) -> String {
    "there is no format '\(name)'\(Suggestion.hint(for: name, among: names)); the formats are "
      + names.joined(separator: ", ")
  }

  /// The layout of a project building `names`: pages in `html/`, the feeds of those formats
  /// announced.
  public func layout(building names: [String]) -> OutputLayout {
    let feeds = formats.compactMap { format -> OutputLayout.Feed? in
      guard names.contains(format.name), let feed = format as? any AnnouncedFeed else {
        return nil
      }
      return feed.announcement
    }
    return OutputLayout(feeds: feeds)
  }
}

/// A collection format whose first page the story pages announce for feed readers.
public protocol AnnouncedFeed: CollectionPages {
  /// The feed's media type and the path of its first page.
  var announcement: OutputLayout.Feed { get }
}
