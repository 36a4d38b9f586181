import CopydeskCore

extension TemplateSet {
  /// The first cycle of inclusions, as the template names in order with the first repeated at
  /// the end (`head → byline → head`); nil when the templates include each other only finitely.
  ///
  /// Rendering a cycle never ends (Mustache expands partials eagerly), so a set that has one is
  /// refused when it loads.
  static func firstCycle(in inclusions: [String: [String]]) -> [String]? {
    var finished: Set<String> = []
    var path: [String] = []
    func visit(_ name: String) -> [String]? {
      if let start = path.firstIndex(of: name) { return Array(path[start...]) + [name] }
      guard !finished.contains(name), let included = inclusions[name] else { return nil }
      path.append(name)
      for next in included {
        if let cycle = visit(next) { return cycle }
      }
      path.removeLast()
      finished.insert(name)
      return nil
    }
    for name in inclusions.keys.sorted() {
      if let cycle = visit(name) { return cycle }
    }
    return nil
  }
}
