import Testing

@testable import CopydeskReader

/// The extension that decides how a story file is read.
@Suite struct FileExtensionTests {
  @Test(arguments: [
    ("Stories/budget.md", "md"),
    ("/srv/desk/Stories/WIRE.TXT", "txt"),
    ("a/B.MD", "md"),
    ("copy/archive.tar.gz", "gz"),
    ("x/.profile", ""),
    (".profile", ""),
    ("a/.hidden.md", "md"),
    ("folder.d/story", ""),
    ("story", ""),
    ("a/b.", ""),
    ("é/ünïcödé.Md", "md"),
    ("", ""),
  ])
  func theLastNamesExtensionLowercased(path: String, expected: String) {
    #expect(StoryReader.fileExtension(of: path) == expected)
  }
}
