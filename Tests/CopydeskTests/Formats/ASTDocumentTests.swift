import CopydeskAST
import CopydeskCore
import CopydeskFormats
import CopydeskReader
import Foundation
import Testing

/// The AST's JSON form is versioned and reads back: a story rendered from its AST document is
/// byte for byte the story rendered from its source.
@Suite struct ASTDocumentTests {
  static var sources: [URL] {
    [Paths.fixtures.appendingPathComponent("kitchen-sink.md")]
      + (Paths.sharedAvailable ? [Paths.seedStory] : [])
  }

  @Test(arguments: sources)
  func renderingFromTheASTGivesTheSamePages(source: URL) throws {
    let ast = try Stories.render(source, as: .ast).output.data
    let folder = try ExternalValidator.temporaryFolder()
    let document = folder.appendingPathComponent("story.ast.json")
    try ast.write(to: document)
    for format in FormatRegistry.builtIn.formats where format.kind == .story {
      let fromSource = try Stories.render(source, as: format).output.data
      let fromAST = try Stories.render(document, as: format).output.data
      #expect(fromAST == fromSource, "\(format.name) differs when read from the AST")
    }
    let text = String(decoding: ast, as: UTF8.self)
    #expect(text.contains("\"copydesk-ast\" : \"1.0\""))
  }

  @Test func anotherMajorVersionIsRefused() throws {
    let ast = try Stories.render(Self.sources[0], as: .ast).output.data
    let text = String(decoding: ast, as: UTF8.self)
    for (version, message) in [
      ("2.0", "the document is copydesk-ast version 2.0; this copydesk reads version 1.x"),
      ("1.7", nil),
    ] {
      let changed = text.replacing(
        "\"copydesk-ast\" : \"1.0\"", with: "\"copydesk-ast\" : \"\(version)\"")
      do {
        _ = try StoryReader.read(data: Data(changed.utf8), fileName: "story.ast.json")
        #expect(message == nil)
      } catch {
        #expect(error.description == "story.ast.json: error: \(message ?? "")")
      }
    }
    let unversioned = text.replacing("\"copydesk-ast\" : \"1.0\",", with: "")
    #expect(throws: Diagnostic.self) {
      try StoryReader.read(data: Data(unversioned.utf8), fileName: "story.ast.json")
    }
  }

  @Test func aWrongFieldIsNamed() {
    let json = #"{"copydesk-ast": "1.0", "metadata": {"headline": 5}, "body": []}"#
    do {
      _ = try StoryReader.read(data: Data(json.utf8), fileName: "bad.ast.json")
      Issue.record("a numeric headline was read")
    } catch {
      #expect(
        error.description
          == "bad.ast.json: error: 'metadata.headline' must be String in an AST document")
    }
  }
}
