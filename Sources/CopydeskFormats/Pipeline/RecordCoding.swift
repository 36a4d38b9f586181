public import CopydeskCore
public import Foundation

/// The JSON that formats keep their stories' records in: keys sorted, so the same story
/// always gives the same bytes.
public enum RecordCoding {
  /// Encodes a record.
  public static func encode(_ value: some Encodable, file: String) throws(Diagnostic) -> Data {
    do {
      return try sortedCompact(value)
    } catch {
      throw Diagnostic(.error, file: file, message: "cannot encode the story's record: \(error)")
    }
  }

  /// Decodes a record the same format encoded.
  public static func decode<Value: Decodable>(
    _ type: Value.Type, from data: Data, file: String
  ) throws(Diagnostic) -> Value {
    do {
      return try JSONDecoder().decode(type, from: data)
    } catch {
      throw Diagnostic(
        .error, file: file,
        message: "a stored record cannot be read (\(error)); rebuild with --force")
    }
  }

  /// Pretty JSON for files: keys sorted, slashes unescaped, a final newline.
  public static func prettyFile(_ value: some Encodable, file: String, what: String)
    throws(Diagnostic) -> Data
  {
    do {
      return laidOut(try sortedCompact(value))
    } catch {
      throw Diagnostic(.error, file: file, message: "cannot encode the \(what): \(error)")
    }
  }

  /// Pretty JSON for files, as `prettyFile(_:file:what:)` lays it out, of a value built directly.
  static func prettyFile(_ value: JSONValue) -> Data {
    laidOut(SortedJSONEncoder.encode(value))
  }

  /// Compact JSON laid out for a file: pretty, with a final newline.
  private static func laidOut(_ compact: Data) -> Data {
    PrettyJSON.layOut(compact) + Data("\n".utf8)
  }

  /// Compact JSON, keys sorted, slashes unescaped: `SortedJSONEncoder`'s bytes, or
  /// `JSONEncoder`'s for a value holding a floating-point number.
  public static func sortedCompact(_ value: some Encodable) throws -> Data {
    do {
      return try SortedJSONEncoder.encode(value)
    } catch is SortedJSONEncoder.Unsupported {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      return try encoder.encode(value)
    }
  }
}
