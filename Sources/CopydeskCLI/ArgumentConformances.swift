public import ArgumentParser
public import CopydeskAST
public import CopydeskFormats

extension NewsMLBody: ExpressibleByArgument {}

extension WireProfile: ExpressibleByArgument {}

extension WireCharset: ExpressibleByArgument {}

extension Timestamp: ExpressibleByArgument {
  /// Parses an RFC 3339 date-time with an offset from the command line.
  public init?(argument: String) {
    guard case .zoned(let timestamp)? = RFC3339.parse(argument) else { return nil }
    self = timestamp
  }
}
