public import CopydeskCore
public import CopydeskReader

extension YAMLField {
  /// The value as one of an enumeration's cases, named by its raw value; anything else is an
  /// error listing the choices.
  public func choice<Value: RawRepresentable & CaseIterable>(
    of type: Value.Type
  ) throws(Diagnostic) -> Value where Value.RawValue == String {
    let text = try text()
    guard let value = Value(rawValue: text) else {
      let names = Value.allCases.map(\.rawValue)
      throw diagnostic("'\(key)' must be one of \(names.joined(separator: ", ")), got '\(text)'")
    }
    return value
  }
}
