public import CopydeskCore

/// What `copydesk check` found: every problem of every file, grouped by file.
public struct CheckReport: Sendable, Encodable {
  /// One file's problems, in line order.
  public struct FileProblems: Sendable, Encodable {
    /// The file, as diagnostics name it.
    public var file: String
    /// Its errors and warnings.
    public var diagnostics: [Diagnostic]
  }

  /// The files with problems, stories in path order after the config and templates.
  public var files: [FileProblems] = []
  /// How many stories were read.
  public var stories = 0

  /// An empty report.
  public init() {}

  /// Every problem, file by file.
  public var diagnostics: [Diagnostic] { files.flatMap(\.diagnostics) }
  /// How many errors there are.
  public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
  /// How many warnings there are.
  public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }

  /// Adds problems, each under its own file, keeping the order files were first met.
  public mutating func add(_ problems: [Diagnostic]) {
    for problem in problems.flatMap(\.expanded) {
      if let index = files.firstIndex(where: { $0.file == problem.file }) {
        if !files[index].diagnostics.contains(problem) { files[index].diagnostics.append(problem) }
      } else {
        files.append(FileProblems(file: problem.file, diagnostics: [problem]))
      }
    }
  }

  /// The closing line: `12 stories checked: 2 errors and 5 warnings in 3 files`.
  public var summary: String {
    let counted = "\(stories) \(stories == 1 ? "story" : "stories") checked"
    guard !files.isEmpty else { return counted + ": no problems" }
    return counted + ": \(Self.count(errors, "error")) and \(Self.count(warnings, "warning")) in "
      + Self.count(files.count, "file")
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }

  private enum CodingKeys: String, CodingKey {
    case files, stories, errors, warnings, summary
  }

  /// The report as one JSON object: files with their diagnostics, counts and the summary.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(files, forKey: .files)
    try container.encode(stories, forKey: .stories)
    try container.encode(errors, forKey: .errors)
    try container.encode(warnings, forKey: .warnings)
    try container.encode(summary, forKey: .summary)
  }
}
