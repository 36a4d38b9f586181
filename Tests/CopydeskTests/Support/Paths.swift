import Foundation

/// Where the tests find the repository, its fixtures and goldens, and `../shared`.
enum Paths {
  /// The repository root, found from this file's own location.
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/CopydeskTests/Fixtures`.
  static let fixtures = repository.appendingPathComponent("Tests/CopydeskTests/Fixtures")
  /// `Tests/CopydeskTests/Goldens`.
  static let goldens = repository.appendingPathComponent("Tests/CopydeskTests/Goldens")
  /// `Examples/Stories`.
  static let examples = repository.appendingPathComponent("Examples/Stories")

  /// The workplace's `../shared` folder with the official schema and the seed story.
  static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")

  /// The seed wire story in `../shared/corpus`.
  static let seedStory = shared.appendingPathComponent("corpus/seed-north-press-sochi.txt")

  /// True when tests that need `../shared` should run: it exists, or CI demands it (then
  /// they run and fail loudly if it is missing).
  static let sharedAvailable =
    FileManager.default.fileExists(atPath: shared.path)
    || ProcessInfo.processInfo.environment["CI"] == "true"

  /// Every example story file, sorted by name.
  static func exampleStories() -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
    return names.sorted().map { examples.appendingPathComponent($0) }
  }
}

extension Paths {
  /// The official NewsML-G2 2.35 All-Power schema in `../shared/standards`.
  static let newsMLSchema = shared.appendingPathComponent(
    "standards/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd")
}

extension Paths {
  /// W3C's XHTML 1.0 Strict schema, which receivers validate XHTML bodies against.
  static let xhtmlSchema = shared.appendingPathComponent("standards/xhtml/xhtml1-strict.xsd")
  /// IPTC's NITF 3.6 schema, which receivers validate NITF bodies against.
  static let nitfSchema = shared.appendingPathComponent("standards/nitf/nitf-3-6.xsd")
}

extension Paths {
  /// The JSON Schema of the AST document, version 1.
  static let astSchema = repository.appendingPathComponent("Schemas/copydesk-ast-1.schema.json")
}
