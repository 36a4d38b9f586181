import CopydeskAST

extension Metadata {
  /// The story's free tags for feeds: its keywords, then the names of subjects without a QCode.
  var tags: [String] {
    keywords
      + subjects.compactMap {
        if case .name(let name) = $0 { return name }
        return nil
      }
  }
}
