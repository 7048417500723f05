// swift-tools-version: 6.0
// Blotter: raw news pages in, structured records about policing out.
// Target layout and dependency direction: see ../shared/docs/ARCHITECTURE.md and README.md.
import PackageDescription

let package = Package(
    name: "Blotter",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "blotter", targets: ["blotter"]),
        .library(name: "BlotterPipeline", targets: ["BlotterPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // C shims: each C library is seen by Swift through one small target.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),

        // Libraries, one per stage, over a shared vocabulary.
        .target(name: "BlotterCore", dependencies: ["CCrypto"]),
        .target(name: "BlotterExtract", dependencies: ["BlotterCore", "CLibXML2", "CICU"]),
        .target(name: "BlotterText", dependencies: ["BlotterCore", "CICU"]),
        .target(name: "BlotterTag", dependencies: ["BlotterCore", "BlotterText"]),
        .target(name: "BlotterIO", dependencies: ["BlotterCore", "CSQLite", "CZlib"]),
        .target(
            name: "BlotterPipeline",
            dependencies: ["BlotterCore", "BlotterExtract", "BlotterText", "BlotterTag", "BlotterIO", "Yams"]
        ),
        .executableTarget(
            name: "blotter",
            // The command line sees the lower targets only through BlotterPipeline (its façades and the named
            // re-exports of CommandLineVocabulary.swift); eval, bench and train use the measuring library.
            dependencies: ["BlotterPipeline", "BlotterEvaluation", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Tests mirror the targets; shared helpers live in one support target.
        .target(name: "BlotterTestSupport", dependencies: ["BlotterCore", "CZlib"], path: "Tests/BlotterTestSupport"),
        .testTarget(name: "BlotterCoreTests", dependencies: ["BlotterCore", "BlotterTestSupport"]),
        .testTarget(name: "BlotterExtractTests", dependencies: ["BlotterExtract", "BlotterTestSupport"]),
        .testTarget(name: "BlotterTextTests", dependencies: ["BlotterText", "BlotterTestSupport"]),
        .testTarget(name: "BlotterTagTests", dependencies: ["BlotterTag", "BlotterText", "BlotterTestSupport"]),
        .testTarget(name: "BlotterIOTests", dependencies: ["BlotterIO", "BlotterTestSupport"]),
        .testTarget(name: "BlotterPipelineTests", dependencies: ["BlotterPipeline", "BlotterTestSupport"]),
        .testTarget(name: "BlotterCLITests", dependencies: ["BlotterTestSupport"]),

        // Evaluation, training readers and benchmarks: what measures the pipeline, apart from what runs it.
        .target(
            name: "BlotterEvaluation",
            dependencies: ["BlotterPipeline", "BlotterCore", "BlotterExtract", "BlotterText", "BlotterTag", "BlotterIO", "Yams"]
        ),
        .testTarget(name: "BlotterEvaluationTests", dependencies: ["BlotterEvaluation", "BlotterTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
