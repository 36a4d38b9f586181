import CopydeskCore
import Foundation
import Testing

/// `RegularFile.read` gives every byte of a file, whatever its size against the buffer it
/// starts from, and never more than its limit.
@Suite struct RegularFileTests {
  static func file(bytes count: Int) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("copydesk-read-\(UUID().uuidString)")
    try Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(to: url)
    return url
  }

  @Test(arguments: [0, 1, 4095, 4096, 4097, 65_536, 1_000_003])
  func everyByteIsRead(count: Int) throws {
    let url = try Self.file(bytes: count)
    defer { try? FileManager.default.removeItem(at: url) }
    let read = try RegularFile.read(url.path, display: "f", limit: 2_000_000)
    #expect(read.data == (try Data(contentsOf: url)))
    #expect(read.data.count == count)
  }

  /// A file whose `stat` size is not its length (the kernel's `/proc` files say 0) is read
  /// to its end, and refused once it passes the limit.
  @Test func aFileLongerThanItsStatSizeIsReadToItsEndOrRefused() throws {
    let path = "/proc/self/status"
    let read = try RegularFile.read(path, display: "status", limit: 1_000_000)
    #expect(read.info.st_size == 0)
    #expect(String(decoding: read.data, as: UTF8.self).contains("\nPid:"))
    do {
      _ = try RegularFile.read(path, display: "status", limit: 100)
      Issue.record("a file past its limit was read")
    } catch {
      #expect(
        error.description
          == "status: error: the file grew over the limit of 100 bytes while it was read")
    }
  }
}
