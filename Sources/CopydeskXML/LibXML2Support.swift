import CLibXML2
import Foundation

/// Shared plumbing for the libxml2 calls in this module.
///
/// One-time initialisation, string conversion and error collection; nothing here leaves
/// the module.
enum LibXML2 {
  /// `xmlInitParser` must run once before libxml2 is used from several threads.
  static let initialised: Void = xmlInitParser()

  /// Calls `body` with `text` as a NUL-terminated `xmlChar` string.
  static func withXMLString<Result>(
    _ text: String, _ body: (UnsafePointer<xmlChar>) -> Result
  ) -> Result {
    text.withCString { $0.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body) }
  }

  /// Parses `data` with network access off and entities unexpanded; on failure, the problems
  /// libxml2 reported (never an empty list).
  ///
  /// Errors go to `collector`, which the caller has installed as the structured error handler.
  static func readDocument(
    _ data: Data, fileName: String, collector: XMLErrorCollector
  ) -> Result<xmlDocPtr, XMLProblems> {
    if let problem = XMLShapeLimits.problem(in: data, fileName: fileName) {
      return .failure(XMLProblems(problems: [problem]))
    }
    let options = Int32(
      XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
    let document = data.withUnsafeBytes { bytes in
      xmlReadMemory(
        bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), fileName, nil,
        options)
    }
    guard let document else {
      return .failure(
        XMLProblems(
          problems: collector.problems.isEmpty
            ? [
              XMLProblem(file: fileName, line: nil, message: "the document is not well-formed XML")
            ]
            : collector.problems))
    }
    return .success(document)
  }

  /// A Swift string from an `xmlChar` string libxml2 owns.
  static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}

/// Collects the structured errors libxml2 raises while parsing or validating one document,
/// listing the first hundred and counting the rest.
final class XMLErrorCollector {
  /// The most problems listed one by one.
  static let listed = 100
  private var recorded: [XMLProblem] = []
  private var unlisted = 0
  private let file: String

  /// The problems found, the ones past the first hundred summed up in one last line.
  var problems: [XMLProblem] {
    guard unlisted > 0 else { return recorded }
    return recorded + [
      XMLProblem(
        file: file, line: nil, message: "\(unlisted) more problems like these were not listed")
    ]
  }

  init(file: String) {
    self.file = file
  }

  /// An unretained pointer to pass as libxml2's `userData`; valid while `self` lives.
  var userData: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  /// The C callback libxml2 calls with `userData` and each error.
  static let handler: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let collector = Unmanaged<XMLErrorCollector>.fromOpaque(userData).takeUnretainedValue()
    collector.record(error.pointee)
  }

  private func record(_ error: xmlError) {
    guard recorded.count < Self.listed else {
      unlisted += 1
      return
    }
    let message = error.message.map { String(cString: $0) } ?? "unknown XML error"
    recorded.append(
      XMLProblem(
        file: file, line: error.line > 0 ? Int(error.line) : nil,
        message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
  }
}
