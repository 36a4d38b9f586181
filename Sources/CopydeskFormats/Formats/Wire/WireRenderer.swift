import CopydeskAST
import CopydeskReader
import Foundation

/// Lays out wire text in the chosen profile (IPTC 7901 by default, ANPA-1312 or plain) and
/// character set (ASCII by default, with every untranslatable character reported).
enum WireRenderer {
  /// Lays out a prepared story; it cannot fail, so a build can prepare a story first and number
  /// it only once every format has succeeded.
  static func layout(_ story: WireStory, profile: WireProfile, sourceFile: String)
    -> RenderedOutput
  {
    var warnings = story.warnings
    let text: String
    switch profile {
    case .iptc7901:
      let message = IPTC7901Layout.message(story, sourceFile: sourceFile)
      text = message.text
      warnings += message.warnings
    case .anpa1312:
      let message = ANPA1312Layout.message(story, sourceFile: sourceFile)
      text = message.text
      warnings += message.warnings
    case .plain:
      text = PlainWireLayout.message(story)
    }
    return RenderedOutput(data: Self.encode(text, charset: story.charset), warnings: warnings)
  }

  /// The bytes of `text`, which holds only characters of `charset` already.
  static func encode(_ text: String, charset: WireCharset) -> Data {
    switch charset {
    case .utf8:
      return Data(text.utf8)
    case .ascii, .latin1:
      var text = text
      if text.withUTF8({ $0.allSatisfy { $0 < 0x80 } }) { return Data(text.utf8) }
      return Data(
        text.unicodeScalars.map { $0.value < 0x100 ? UInt8($0.value) : UInt8(ascii: "?") })
    }
  }
}
