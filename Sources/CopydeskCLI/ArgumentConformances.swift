public import ArgumentParser
public import CopydeskAST
public import CopydeskFormats

extension NewsMLBody: ExpressibleByArgument {}

extension WireProfile: ExpressibleByArgument {}

extension WireCharset: ExpressibleByArgument {}

extension Timestamp: ExpressibleByArgument {
  /// Parses an RFC 3339 date-time with an offset from the command line, in the range every
  /// format can carry (years from 0001, offsets within ±14:00).
  public init?(argument: String) {
    guard case .zoned(let timestamp)? = RFC3339.parse(argument), timestamp.fitsXMLSchema else {
      return nil
    }
    self = timestamp
  }
}
