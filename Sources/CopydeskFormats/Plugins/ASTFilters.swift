public import CopydeskAST
public import CopydeskCore
import CopydeskReader
import Foundation

/// Commands that rewrite a story's AST before any format renders it (`--filter`, `filters:`),
/// as pandoc's JSON filters do: each reads an AST document on standard input and writes one
/// on standard output, which must be a valid AST document of version 1.x.
public struct ASTFilters: Sendable, Hashable {
  /// The commands, each with its arguments, run in order with no shell.
  public var commands: [[String]]
  /// The most seconds one filter may take on one story.
  public var timeout: Double

  /// Filters running `commands` in order.
  public init(_ commands: [[String]], timeout: Double = PluginSpec.defaultTimeout) {
    self.commands = commands
    self.timeout = timeout
  }

  /// True when there is no filter.
  public var isEmpty: Bool { commands.isEmpty }

  /// `article` passed through every filter in turn; a filter that fails or writes something
  /// that is not an AST document stops the story with a message naming it.
  public func apply(_ article: Article, sourceFile: String) throws(Diagnostic) -> Article {
    var current = article
    for command in commands {
      current = try run(command, on: current, sourceFile: sourceFile)
      // Identity never changes by accident: a filter edits content, not which story it is.
      let (before, after) = (article.metadata, current.metadata)
      if before.id != after.id || before.slug != after.slug || before.date != after.date {
        throw Diagnostic(
          .error, file: sourceFile, key: "filters",
          message: "the filter '\(command.joined(separator: " "))' changed the story's identity "
            + "(id, slug or date); filters may change content and metadata, not which story it is")
      }
    }
    return current
  }

  private func run(_ command: [String], on article: Article, sourceFile: String)
    throws(Diagnostic) -> Article
  {
    let name = command.joined(separator: " ")
    func failure(_ reason: String) -> Diagnostic {
      Diagnostic(
        .error, file: sourceFile, key: "filters", message: "the filter '\(name)' \(reason)")
    }
    let input: Data
    do {
      input = try JSONEncoder().encode(ASTDocument(article))
    } catch {
      throw failure("was not run: the story cannot be written as JSON (\(error))")
    }
    let process = PluginProcess(
      command: command, timeout: timeout, outputLimit: PluginSpec.defaultOutputLimit)
    let result = process.run(input: input)
    let reports = PluginReports.parse(result.errors, plugin: "filter", sourceFile: sourceFile)
    if let reason = process.failure(of: result, reports: reports) { throw failure(reason) }
    do {
      return try JSONDecoder().decode(ASTDocument.self, from: result.output).article
    } catch let error as ASTDocument.VersionError {
      throw failure("wrote an AST document copydesk cannot read: \(error.description)")
    } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
      throw failure("wrote something that is not an AST document (\(result.output.count) bytes)")
    } catch let error as DecodingError {
      throw failure("wrote an invalid AST document: \(ASTDecoding.describe(error))")
    } catch {
      throw failure("wrote something that is not an AST document (\(result.output.count) bytes)")
    }
  }
}
