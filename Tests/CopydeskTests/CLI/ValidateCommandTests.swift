import Foundation
import Testing

/// `copydesk validate` and `render --validate`: exit codes and message formats.
@Suite(
  .enabled(if: Paths.sharedAvailable, "needs ../shared/standards (the official NewsML-G2 schema)"))
struct ValidateCommandTests {
  @Test func renderValidateAndValidateAgree() throws {
    let folder = try ExternalValidator.temporaryFolder()
    let render = try CommandLineTool.run([
      "render", Paths.examples.appendingPathComponent("harbour-strike.md").path, "--to", "newsml",
      "--validate",
      "--schema", Paths.newsMLSchema.path, "-o", folder.appendingPathComponent("item.xml").path,
    ])
    #expect(render.status == 0, "\(render.standardError)")
    let validate = try CommandLineTool.run(
      ["validate", "--schema", Paths.newsMLSchema.path, "item.xml"], in: folder)
    #expect(validate.status == 0)
    #expect(validate.standardError == "1 valid, 0 invalid\n")
    let xmllint = try ExternalValidator.run(
      "/usr/bin/env",
      [
        "xmllint", "--noout", "--nonet", "--schema", Paths.newsMLSchema.path,
        folder.appendingPathComponent("item.xml").path,
      ])
    #expect(xmllint.status == 0, "\(xmllint.output)")
  }

  @Test func invalidFileExitsOneWithJSONDiagnostics() throws {
    let folder = try ExternalValidator.temporaryFolder()
    try Data("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>\n".utf8)
      .write(to: folder.appendingPathComponent("bad.xml"))
    let result = try CommandLineTool.run(
      ["validate", "--format", "json", "--schema", Paths.newsMLSchema.path, "bad.xml"], in: folder)
    #expect(result.status == 1)
    let object =
      try JSONSerialization.jsonObject(
        with: Data(result.standardOutput.split(separator: "\n")[0].utf8)) as? [String: Any]
    #expect(object?["file"] as? String == "bad.xml")
    #expect(object?["line"] as? Int == 1)
    #expect(object?["severity"] as? String == "error")
  }

  @Test func aFolderStandsForItsXMLFilesCheckedInParallelAndReportedInOrder() throws {
    let folder = try ExternalValidator.temporaryFolder()
    let items = folder.appendingPathComponent("items")
    try FileManager.default.createDirectory(at: items, withIntermediateDirectories: true)
    let render = try CommandLineTool.run([
      "render", Paths.examples.appendingPathComponent("harbour-strike.md").path, "--to", "newsml",
      "-o", items.appendingPathComponent("b-good.xml").path,
    ])
    #expect(render.status == 0, "\(render.standardError)")
    let bad = Data("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>\n".utf8)
    for name in ["a-bad.xml", "c-bad.xml"] { try bad.write(to: items.appendingPathComponent(name)) }
    try Data("not xml".utf8).write(to: items.appendingPathComponent("notes.txt"))
    try FileManager.default.createSymbolicLink(
      at: items.appendingPathComponent("d-link.xml"),
      withDestinationURL: items.appendingPathComponent("a-bad.xml"))
    let result = try CommandLineTool.run(
      ["validate", "--schema", Paths.newsMLSchema.path, "items"], in: folder)
    #expect(result.status == 1)
    let lines = result.standardError.split(separator: "\n")
    #expect(lines.last == "1 valid, 2 invalid")
    let files = lines.dropLast().map { $0.prefix { $0 != ":" } }
    #expect(files.first == "items/a-bad.xml")
    #expect(files.last == "items/c-bad.xml")
    #expect(Set(files) == ["items/a-bad.xml", "items/c-bad.xml"])
    #expect(!files.contains("items/d-link.xml"), "a link in the folder was followed")
  }

  @Test func missingSchemaExitsTwo() throws {
    let result = try CommandLineTool.run(["validate", "item.xml"])
    #expect(result.status == 2)
    #expect(
      result.standardError.hasPrefix(
        "copydesk: error: no NewsML-G2 schema given; pass --schema or set COPYDESK_NEWSML_SCHEMA"))
  }
}
