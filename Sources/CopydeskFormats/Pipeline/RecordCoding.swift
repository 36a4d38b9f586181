public import CopydeskCore
public import Foundation

/// The JSON that formats keep their stories' records in: keys sorted, so the same story
/// always gives the same bytes.
public enum RecordCoding {
  /// Encodes a record.
  public static func encode(_ value: some Encodable, file: String) throws(Diagnostic) -> Data {
    do {
      return try encoder.encode(value)
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
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return try encoder.encode(value) + Data("\n".utf8)
    } catch {
      throw Diagnostic(.error, file: file, message: "cannot encode the \(what): \(error)")
    }
  }

  private static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }
}
