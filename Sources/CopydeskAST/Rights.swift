/// Copyright and usage terms of a story.
public struct Rights: Codable, Sendable, Hashable {
  /// Who holds the copyright.
  public var holder: String?
  /// The copyright notice as printed.
  public var notice: String?
  /// Terms of use for subscribers.
  public var usage: String?

  /// Creates rights information.
  public init(holder: String? = nil, notice: String? = nil, usage: String? = nil) {
    self.holder = holder
    self.notice = notice
    self.usage = usage
  }
}
