// swift-tools-version: 6.0
import PackageDescription

/// Upcoming language features every copydesk target opts into.
let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "copydesk",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "copydesk", targets: ["CopydeskCLI"]),
    .library(name: "Copydesk", targets: ["CopydeskFormats", "CopydeskBuild"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
  ],
  targets: [
    // C libraries, each only a module map and a shim header.
    .systemLibrary(
      name: "CCmarkGFM",
      pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    // Diagnostic and the text helpers every module shares: no dependencies.
    .target(name: "CopydeskCore", swiftSettings: strictSettings),
    // The article AST: pure Swift, no dependencies.
    .target(name: "CopydeskAST", swiftSettings: strictSettings),
    // Readers: Markdown with front matter, raw wire copy.
    .target(
      name: "CopydeskReader",
      dependencies: [
        "CopydeskCore", "CopydeskAST", "CopydeskXML", "CCmarkGFM",
        .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: strictSettings
    ),
    // XML writing, reading and XSD validation: the only code that touches libxml2.
    .target(
      name: "CopydeskXML", dependencies: ["CopydeskCore", "CLibXML2"], swiftSettings: strictSettings
    ),
    // The formats: the registry, one folder per format, publication rules, templates. It
    // cannot see the build.
    .target(
      name: "CopydeskFormats",
      dependencies: [
        "CopydeskCore", "CopydeskAST", "CopydeskReader", "CopydeskXML",
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      swiftSettings: strictSettings
    ),
    // The build: discovery, the state store, reconcile, staging; it names no format.
    .target(
      name: "CopydeskBuild",
      dependencies: [
        "CopydeskCore", "CopydeskAST", "CopydeskReader", "CopydeskFormats",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: strictSettings
    ),
    // The preview server: builds into a preview folder, serves it with live reload and the
    // desk view of every format.
    .target(
      name: "CopydeskServe",
      dependencies: [
        "CopydeskCore", "CopydeskFormats", "CopydeskBuild",
        .product(name: "Hummingbird", package: "hummingbird"),
      ],
      swiftSettings: strictSettings
    ),
    // The thin command-line front end.
    .executableTarget(
      name: "CopydeskCLI",
      dependencies: [
        "CopydeskCore", "CopydeskAST", "CopydeskReader", "CopydeskFormats", "CopydeskBuild",
        "CopydeskServe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings,
      // mimalloc takes over malloc for the whole process (it comes before libc among the
      // libraries the binary needs): a build allocates and frees millions of small strings
      // and arrays, and glibc's allocator took a sixth of a cold build's CPU.
      linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
    ),
    // libFuzzer targets for the readers and the full render path (see scripts/fuzz).
    .executableTarget(
      name: "CopydeskFuzz",
      dependencies: [
        "CopydeskCore", "CopydeskFormats", "CopydeskAST", "CopydeskReader", "CopydeskBuild",
      ],
      swiftSettings: strictSettings),
    .testTarget(
      name: "CopydeskTests",
      dependencies: [
        "CopydeskCore", "CopydeskFormats", "CopydeskBuild", "CopydeskAST", "CopydeskReader",
        "CopydeskXML", "CopydeskCLI",
      ],
      exclude: ["Fixtures", "Goldens"],
      swiftSettings: strictSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
