import CopydeskAST

extension Contributor {
  /// True for the authors of schema.org and JSON Feed: the people who wrote the story.
  ///
  /// Reporters, writers and bylines without a role write; editors and the others are
  /// credited as editors and contributors instead.
  var isAuthor: Bool {
    switch role {
    case .reporter?, .writer?, nil: true
    case .editor?, .photographer?, .videographer?, .translator?, .contributor?: false
    }
  }
}
