public import CopydeskCore
import CopydeskFormats
import Foundation
import GRDB

/// Reads back every output the build state records and checks that, story by story, every
/// format tells subscribers the same thing: guid, version, status, headline, dateline,
/// writers and times, as each receiver reads them from the written files, not from the AST.
public enum ConsistencyCheck {
  /// One output's account of one story.
  struct Account {
    var format: String
    var path: String
    var facts: PublishedFacts
  }

  /// An error for every fact two outputs of a story disagree on, naming both formats and
  /// values; none when the outputs agree or there is no build state yet.
  public static func run(_ settings: BuildSettings) throws(Diagnostic) -> [Diagnostic] {
    let output = OutputFolder(root: settings.outputFolder)
    let state = try BuildState.read(output) { db in
      (
        rows: try Row.fetchAll(db, sql: "SELECT format, path FROM output ORDER BY path").map {
          (format: $0["format"] as String, path: $0["path"] as String)
        },
        stories: Dictionary(
          try Row.fetchAll(
            db, sql: "SELECT guid, source_path FROM story WHERE source_path IS NOT NULL"
          ).map { ($0["guid"] as String, $0["source_path"] as String) },
          uniquingKeysWith: { first, _ in first })
      )
    }
    guard let (rows, stories) = state else { return [] }
    var accounts: [String: [Account]] = [:]
    for row in rows {
      guard let format = settings.registry.format(named: row.format) as? any ReadsBack,
        let data = try? RegularFile.read(
          output.root.appendingPathComponent(row.path).path, display: row.path, limit: 1 << 28,
          followLinks: false
        ).data
      else { continue }
      for facts in format.facts(in: data) {
        accounts[facts.guid, default: []].append(
          Account(format: row.format, path: row.path, facts: facts))
      }
    }
    return accounts.sorted { $0.key < $1.key }.flatMap { guid, accounts in
      let file = stories[guid].map { BuildRun.display($0, prefix: settings.displayPrefix) } ?? guid
      return disagreements(accounts, file: file)
    }
  }

  /// An error for each fact on which an output differs from the first output that gives it.
  static func disagreements(_ accounts: [Account], file: String) -> [Diagnostic] {
    var first: [String: (account: Account, value: String)] = [:]
    var problems: [Diagnostic] = []
    for account in accounts {
      for (name, value) in account.facts.fields {
        guard let earlier = first[name] else {
          first[name] = (account, value)
          continue
        }
        if earlier.value != value {
          problems.append(
            Diagnostic(
              .error, file: file, key: name,
              message: "the outputs disagree on the \(name): \(earlier.account.format) "
                + "(\(earlier.account.path)) says '\(earlier.value)', \(account.format) "
                + "(\(account.path)) says '\(value)'; a build of every format writes them again"))
        }
      }
    }
    return problems
  }
}
