/// A person credited on a story, with the part they played.
public struct Contributor: Codable, Sendable, Hashable {
  /// The person's name as it should be printed.
  public var name: String
  /// What the person did; nil when the source does not say.
  public var role: ContributorRole?
  /// A page about the person.
  public var url: String?

  /// Creates a contributor.
  public init(name: String, role: ContributorRole? = nil, url: String? = nil) {
    self.name = name
    self.role = role
    self.url = url
  }
}

/// The part a contributor played in a story.
public enum ContributorRole: String, Codable, Sendable, Hashable, CaseIterable {
  /// Gathered the facts.
  case reporter
  /// Wrote the text.
  case writer
  /// Edited the text.
  case editor
  /// Took the pictures.
  case photographer
  /// Shot the video.
  case videographer
  /// Translated the text.
  case translator
  /// Any other contribution.
  case contributor
}
