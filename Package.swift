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
    .library(name: "Copydesk", targets: ["Copydesk"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
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
    // The article AST: pure Swift, no dependencies.
    .target(name: "CopydeskAST", swiftSettings: strictSettings),
    // Readers: Markdown with front matter, raw wire copy.
    .target(
      name: "CopydeskReader",
      dependencies: ["CopydeskAST", "CCmarkGFM", .product(name: "Yams", package: "Yams")],
      swiftSettings: strictSettings
    ),
    // XML writing, reading and XSD validation: the only code that touches libxml2.
    .target(name: "CopydeskXML", dependencies: ["CLibXML2"], swiftSettings: strictSettings),
    // The pipeline: format registry, renderers, rendering one story.
    .target(
      name: "Copydesk",
      dependencies: [
        "CopydeskAST", "CopydeskReader", "CopydeskXML",
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: strictSettings
    ),
    // The thin command-line front end.
    .executableTarget(
      name: "CopydeskCLI",
      dependencies: [
        "Copydesk", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings
    ),
    // libFuzzer targets for the readers and the full render path (see scripts/fuzz).
    .executableTarget(
      name: "CopydeskFuzz", dependencies: ["Copydesk", "CopydeskAST", "CopydeskReader"],
      swiftSettings: strictSettings),
    .testTarget(
      name: "CopydeskTests",
      dependencies: ["Copydesk", "CopydeskAST", "CopydeskReader", "CopydeskXML", "CopydeskCLI"],
      exclude: ["Fixtures", "Goldens"],
      swiftSettings: strictSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
