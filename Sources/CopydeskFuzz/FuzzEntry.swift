import Foundation

#if COPYDESK_FUZZ
  /// libFuzzer's driver, from the runtime that `-sanitize=fuzzer` links in.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// The package manager names an executable's entry point after its module; in a fuzz build
  /// it hands control to libFuzzer (built by scripts/fuzz with `-sanitize=fuzzer`).
  @_cdecl("CopydeskFuzz_main")
  func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var count = argc
    var arguments = argv
    FuzzHarness.prepare()
    return runFuzzerDriver(&count, &arguments) { bytes, length in
      FuzzHarness.run(bytes.map { Data(bytes: $0, count: length) } ?? Data())
      return 0
    }
  }
#else
  /// Without libFuzzer: replays the files named on the command line through the harness, so
  /// a crash found by fuzzing can be reproduced in an ordinary build.
  @main
  struct FuzzReplay {
    static func main() {
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
          exit(2)
        }
        FuzzHarness.run(data)
      }
    }
  }
#endif
