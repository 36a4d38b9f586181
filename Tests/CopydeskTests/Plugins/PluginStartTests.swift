import Foundation
import Testing

@testable import CopydeskFormats

/// Starting a plugin's program.
@Suite struct PluginStartTests {
  /// A program that is open for writing (being replaced, say by a deploy) cannot be started
  /// for that moment ("Text file busy"); the start is tried again instead of failing the format.
  @Test func aProgramBusyForAMomentStartsOnceItIsFree() throws {
    let path = try PluginTests.script("busy", "#!/bin/sh\necho ready\n")
    let descriptor = open(path, O_WRONLY | O_CLOEXEC)
    #expect(descriptor >= 0)
    // A thread of its own: the shared queues may be busy with other tests' builds.
    Thread.detachNewThread {
      usleep(50_000)
      close(descriptor)
    }
    let result = PluginProcess(command: [path], timeout: 10, outputLimit: 1 << 20)
      .run(input: Data())
    #expect(result.ending == .exited(0))
    #expect(result.output == Data("ready\n".utf8))
  }
}
