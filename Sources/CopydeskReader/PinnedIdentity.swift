public import CopydeskAST

/// A published story's identity as the build remembers it (story-format.md §4): it fills in
/// what the source leaves out, ahead of any derived default, so that a headline edit or a
/// later rebuild never gives a published story a new slug, guid or first publication date.
///
/// An explicit `slug:` or `id:` in the source still wins: that is a deliberate move.
public struct PinnedIdentity: Sendable, Hashable {
  /// The slug (URL and file name) the story was first published under.
  public var slug: String
  /// The guid the story was first published under.
  public var id: String
  /// The first publication time, when known; used for raw wire copy, which carries no date.
  public var firstPublished: Timestamp?

  /// Creates a pinned identity.
  public init(slug: String, id: String, firstPublished: Timestamp?) {
    self.slug = slug
    self.id = id
    self.firstPublished = firstPublished
  }
}
