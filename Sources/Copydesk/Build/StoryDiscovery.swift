import CopydeskReader
import Foundation

/// Finds the story files of a folder: `.md`, `.markdown` and `.txt` files at any depth,
/// skipping hidden and `_`-prefixed files and folders.
enum StoryDiscovery {
  /// Paths relative to `folder`, sorted.
  static func stories(in folder: URL) throws(Diagnostic) -> [String] {
    let extensions = StoryReader.markdownExtensions.union(StoryReader.wireCopyExtensions)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw Diagnostic(.error, file: folder.path, message: "there is no stories folder here")
    }
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var found: [String] = []
    while let path = enumerator.nextObject() as? String {
      let name = (path as NSString).lastPathComponent
      if name.hasPrefix(".") || name.hasPrefix("_") {
        enumerator.skipDescendants()
        continue
      }
      if extensions.contains((name as NSString).pathExtension.lowercased()) { found.append(path) }
    }
    return found.sorted()
  }
}
