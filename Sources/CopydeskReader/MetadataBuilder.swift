import CopydeskAST
import CopydeskCore

/// Applies defaults and cross-field rules to a draft, giving the final metadata.
enum MetadataBuilder {
  /// Builds metadata; a missing headline or date, or an update before the first
  /// publication, is an error naming the file and line.
  ///
  /// `earlier` are the errors already found in the draft's keys: every problem is thrown
  /// together, in source order.
  static func build(
    _ draft: MetadataDraft, fileName: String, options: ReaderOptions,
    earlier: [Diagnostic] = []
  ) throws(Diagnostic) -> Metadata {
    let problems = earlier + ruleProblems(draft, fileName: fileName)
    if let error = Diagnostic.combining(problems) { throw error }
    guard let headline = draft.headline, let date = draft.date else {
      preconditionFailure("ruleProblems reports a missing headline or date")
    }
    let pinned = options.pinned
    let slug = draft.slug ?? pinned?.slug ?? Slug.derive(from: headline)
    var metadata = Metadata(
      headline: headline, slug: slug,
      id: draft.id ?? pinned?.id ?? defaultID(provider: options.provider, date: date, slug: slug),
      date: date, version: draft.version ?? 1, status: draft.status ?? .usable,
      language: draft.language ?? options.defaultLanguage)
    metadata.subhead = draft.subhead
    metadata.updated = draft.updated
    metadata.embargo = draft.embargo
    metadata.expires = draft.expires
    metadata.byline = draft.byline
    metadata.dateline = draft.dateline
    metadata.urgency = draft.urgency
    metadata.priority = draft.priority
    metadata.genre = draft.genre
    metadata.subjects = draft.subjects
    metadata.keywords = draft.keywords
    metadata.category = draft.category
    metadata.summary = draft.summary
    metadata.ednote = draft.ednote
    metadata.signoff = draft.signoff
    metadata.image = draft.image
    metadata.rights = draft.rights
    metadata.corrections = draft.corrections
    return metadata
  }

  /// The cross-field rules the draft breaks, skipping keys whose values were already wrong.
  private static func ruleProblems(_ draft: MetadataDraft, fileName: String) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    if draft.headline == nil, !draft.failedKeys.contains("headline") {
      problems.append(
        Diagnostic(
          .error, file: fileName, line: 1, key: "headline",
          message: "the story has no headline; add 'headline:' to the front matter or start "
            + "the body with a single '# Heading'"))
    }
    if draft.date == nil, !draft.failedKeys.contains("date") {
      problems.append(
        Diagnostic(
          .error, file: fileName, line: 1, key: "date",
          message: "the story has no 'date'; add its first publication time, as in "
            + "date: 2026-03-04T09:15:00+01:00"))
    }
    guard let date = draft.date else { return problems }
    if let updated = draft.updated, updated < date {
      problems.append(
        Diagnostic(
          .error, file: draft.keyFiles["updated"] ?? fileName, line: draft.lines["updated"],
          key: "updated",
          message: "'updated' (\(RFC3339.format(updated))) is before 'date' "
            + "(\(RFC3339.format(date))); an update cannot precede the first publication"))
    }
    if let embargo = draft.embargo, embargo < date {
      problems.append(
        Diagnostic(
          .error, file: draft.keyFiles["embargo"] ?? fileName, line: draft.lines["embargo"],
          key: "embargo",
          message: "'embargo' (\(RFC3339.format(embargo))) is before 'date' "
            + "(\(RFC3339.format(date))); an embargo holds a story until after it is written: "
            + "move the embargo later or remove it"))
    }
    return problems
  }

  /// `urn:newsml:{provider}:{yyyymmdd of date}:{slug}` (story-format.md §1), the day taken
  /// in the date's own offset.
  static func defaultID(provider: String, date: Timestamp, slug: String) -> String {
    let day = date.localFields
    let stamp = RFC3339.pad(day.year, 4) + RFC3339.pad(day.month, 2) + RFC3339.pad(day.day, 2)
    return "urn:newsml:\(provider):\(stamp):\(slug)"
  }
}
