public import CopydeskCore
public import Foundation

/// The desk's metadata for raw wire copy, kept beside it in `NAME.txt.yml` so the copy stays
/// byte for byte as the agency sent it (story-format.md §2).
///
/// The sidecar holds front-matter keys (date, version, corrections, status, subjects…) as
/// one YAML mapping; each key it gives wins over what the reader finds in the copy.
public struct Sidecar: Sendable {
  /// The sidecar's text.
  public var text: String
  /// How diagnostics name the sidecar.
  public var fileName: String

  /// A sidecar read from `data`; invalid UTF-8 is an error naming the file.
  public init(data: Data, fileName: String) throws(Diagnostic) {
    guard let text = String(data: data, encoding: .utf8) else {
      throw Diagnostic(
        .error, file: fileName, message: "the sidecar is not UTF-8 text; save it as UTF-8")
    }
    self.text = text
    self.fileName = fileName
  }

  /// The sidecar of the raw wire copy at `path`, shown beside `display` in messages; nil when
  /// the story is not raw wire copy or has no sidecar.
  ///
  /// With `followLinks` false (a build) a sidecar that is a symbolic link is refused, as its
  /// story would be.
  public static func read(besideStory path: String, display: String, limit: Int, followLinks: Bool)
    throws(Diagnostic) -> Sidecar?
  {
    guard let sidecarPath = Sidecar.path(for: path) else { return nil }
    var info = stat()
    let found = followLinks ? stat(sidecarPath, &info) : lstat(sidecarPath, &info)
    guard found == 0 else { return nil }
    let name = Sidecar.path(for: display) ?? sidecarPath
    let data = try RegularFile.read(
      sidecarPath, display: name, limit: limit, limitKey: "limits.story_bytes in copydesk.yml",
      followLinks: followLinks
    ).data
    return try Sidecar(data: data, fileName: name)
  }

  /// The sidecar path of the story at `path`: `path.yml` for raw wire copy, nil for any other
  /// story (Markdown carries its metadata in its front matter).
  public static func path(for path: String) -> String? {
    let fileExtension = StoryReader.fileExtension(of: path)
    return StoryReader.wireCopyExtensions.contains(fileExtension) ? path + ".yml" : nil
  }
}
