import Foundation

/// Finds plugins installed as `copydesk-render-<name>` executables on `PATH`, as git finds
/// `git-<name>` subcommands.
public enum PluginDiscovery {
  /// The prefix of a plugin executable's name.
  public static let prefix = "copydesk-render-"

  /// One spec per plugin executable on `path` (a `PATH` value), the first of a name winning.
  public static func onPath(_ path: String?) -> [PluginSpec] {
    var found: [String: PluginSpec] = [:]
    var order: [String] = []
    for folder in (path ?? "").split(separator: ":") {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: String(folder))) ?? []
      for file in names.sorted() where file.hasPrefix(prefix) {
        let name = String(file.dropFirst(prefix.count))
        let executable = "\(folder)/\(file)"
        guard PluginSpec.isValidName(name), found[name] == nil,
          FileManager.default.isExecutableFile(atPath: executable)
        else { continue }
        found[name] = PluginSpec(name: name, command: [executable], origin: executable)
        order.append(name)
      }
    }
    return order.compactMap { found[$0] }
  }
}
