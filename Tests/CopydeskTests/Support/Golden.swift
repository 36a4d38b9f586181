import Foundation
import Testing

/// Compares `actual` with the golden file `name` under `Goldens/`; with `COPYDESK_RECORD=1`
/// in the environment it records the golden instead.
func expectGolden(
  _ actual: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let url = Paths.goldens.appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["COPYDESK_RECORD"] != nil {
    try actual.write(to: url)
    return
  }
  let expected = try Data(contentsOf: url)
  if actual != expected {
    let difference = lineDifference(
      expected: String(decoding: expected, as: UTF8.self),
      actual: String(decoding: actual, as: UTF8.self))
    Issue.record("\(name) differs from its golden:\n\(difference)", sourceLocation: sourceLocation)
  }
}

/// A short `-`/`+` listing of the lines that differ.
private func lineDifference(expected: String, actual: String) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var lines: [String] = []
  for change in new.difference(from: old) {
    switch change {
    case .remove(let offset, let line, _): lines.append("-\(offset + 1): \(line)")
    case .insert(let offset, let line, _): lines.append("+\(offset + 1): \(line)")
    }
    if lines.count >= 40 { break }
  }
  return lines.joined(separator: "\n")
}
