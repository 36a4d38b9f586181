import CopydeskBuild
import CopydeskFormats

extension FormatOptions {
  /// Options with one NewsML-G2 body choice.
  static func newsML(body: NewsMLBody) -> FormatOptions {
    var options = FormatOptions()
    options[NewsMLSettings.self].body = body
    return options
  }

  /// Options with one wire layout and character set.
  static func wire(profile: WireProfile, charset: WireCharset) -> FormatOptions {
    var options = FormatOptions()
    options[WireSettings.self].profile = profile
    options[WireSettings.self].charset = charset
    return options
  }
}
