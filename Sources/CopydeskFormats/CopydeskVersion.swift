/// copydesk's version, shown by `--version` and part of every build's fingerprint.
public enum CopydeskVersion {
  /// The current version.
  public static let current = "0.1.0"
}
