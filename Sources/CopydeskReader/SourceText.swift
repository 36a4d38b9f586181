import CopydeskCore
import Foundation

/// Checks that story bytes are text a person wrote: not empty, not too large, UTF-8, no NUL.
enum SourceText {
  /// Decodes strict UTF-8 (leading byte-order marks are removed, CRLF and CR line ends become
  /// LF) or throws a diagnostic naming the line of the first bad byte.
  static func decode(_ data: Data, fileName: String, limit: Int) throws(Diagnostic) -> (
    String, [Diagnostic]
  ) {
    guard data.count <= limit else {
      throw Diagnostic(
        .error, file: fileName,
        message: "the file is \(data.count) bytes; stories may be at most \(limit) bytes")
    }
    var bytes = [UInt8](data)
    // Byte-order marks, one or several (an editor that added its own), are not text.
    while bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    // Line ends: CRLF (Windows) and a lone CR (classic Mac OS) both end a line.
    if bytes.contains(0x0D) { bytes = unifiedLineEnds(bytes) }
    guard bytes.contains(where: { !isWhitespace($0) }) else {
      throw Diagnostic(
        .error, file: fileName, line: 1, message: "the file is empty; expected a story")
    }
    if let nul = bytes.firstIndex(of: 0) {
      throw Diagnostic(
        .error, file: fileName, line: lineNumber(of: nul, in: bytes),
        message: "the file contains a NUL byte; expected UTF-8 text, not a binary file")
    }
    // The standard library's validation is fast; where it fails, the slow walk finds the byte.
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let bad = firstInvalidUTF8Offset(bytes) ?? 0
      let byte = String(bytes[bad], radix: 16, uppercase: true)
      throw Diagnostic(
        .error, file: fileName, line: lineNumber(of: bad, in: bytes),
        message: "invalid UTF-8 (byte 0x\(byte)); save the story as UTF-8, not Latin-1 or "
          + "Windows-1252")
    }
    return removingControlCharacters(text, fileName: fileName)
  }

  /// The text without control characters, and a warning naming the first line that had one.
  private static func removingControlCharacters(_ text: String, fileName: String) -> (
    String, [Diagnostic]
  ) {
    guard ControlCharacters.mightOccur(in: text),
      text.unicodeScalars.contains(where: ControlCharacters.isForbidden)
    else { return (text, []) }
    var line = 1
    var firstLine: Int?
    var removed = 0
    var kept = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n" { line += 1 }
      if ControlCharacters.isForbidden(scalar) {
        removed += 1
        firstLine = firstLine ?? line
      } else {
        kept.append(scalar)
      }
    }
    let warning = Diagnostic(
      .warning, file: fileName, line: firstLine,
      message:
        "removed \(removed) control character\(removed == 1 ? "" : "s") that no output format may carry"
    )
    return (String(kept), [warning])
  }

  /// `bytes` with every CRLF and every lone CR turned into LF.
  private static func unifiedLineEnds(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var previousWasCR = false
    for byte in bytes {
      if byte == 0x0A && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = byte == 0x0D
      result.append(previousWasCR ? 0x0A : byte)
    }
    return result
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
    bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
  }

  private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }
}
