public import Foundation

/// A view of wire bytes for people debugging a feed: control characters as visible symbols
/// (␁ ␂ ␃ ␄, ␍ ␊ for line ends) under a column ruler.
public enum WireInspector {
  /// The ruler and the message, one wire line per output line; bytes above 0x7F that are not
  /// UTF-8 are shown as `\xNN`.
  public static func showControls(_ data: Data) -> String {
    let width = 69
    let tens = (1...width / 10).map { String(repeating: " ", count: 9) + String($0 % 10) }.joined()
    let units = (1...width).map { String($0 % 10) }.joined()
    var output = tens + "\n" + units + "\n"
    let text =
      String(data: data, encoding: .utf8) ?? String(data.map { Character(Unicode.Scalar($0)) })
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A: output += "␊\n"
      case 0x00..<0x20: output.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
      case 0x7F: output += "␡"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
