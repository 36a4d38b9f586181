import ArgumentParser
import CopydeskCore
import Foundation

/// A story read from standard input (`copydesk render - --to html`).
enum StandardInput {
  /// The bytes on standard input, at most `limit`, and the name they are read under:
  /// `stdin.md` when they start with front matter (`---`), else `stdin.txt` (raw wire copy).
  static func story(limit: Int) throws -> (data: Data, name: String) {
    var data = Data()
    while let chunk = try? FileHandle.standardInput.read(upToCount: 65_536), !chunk.isEmpty {
      data += chunk
      guard data.count <= limit else {
        throw ExitStatus.badInput.fail(
          Diagnostic(
            .error, file: "<stdin>", key: "limits.story_bytes",
            message: "the story on standard input is over the limit of \(limit) bytes"))
      }
    }
    let text = String(decoding: data.prefix(8), as: UTF8.self)
    let isMarkdown = text.trimmingPrefix("\u{FEFF}").hasPrefix("---")
    return (data, isMarkdown ? "stdin.md" : "stdin.txt")
  }
}
