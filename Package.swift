// swift-tools-version:6.0
import PackageDescription

// Module order follows DESIGN.md: a target depends only on targets listed above it.
let package = Package(
    name: "PartnershipStats",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "partnership", targets: ["partnership"]),
        .executable(name: "partnership-bench", targets: ["partnership-bench"]),
        .library(name: "PartnershipStats", targets: [
            "LinearAlgebra", "Distributions", "DataTable", "Education", "Networks", "Regression", "Simulation",
            "Reporting", "PartnershipStats",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        // `swift package generate-documentation` (DocC); a build-time plugin only, nothing is linked.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLAPACK",
            path: "Sources/CLAPACK",
            pkgConfig: "lapack",
            providers: [.apt(["liblapack-dev", "libopenblas-dev"])]
        ),
        .target(name: "LinearAlgebra", dependencies: ["CLAPACK"]),
        .target(name: "Distributions"),
        .target(name: "DataTable"),
        .target(name: "Education", dependencies: ["DataTable", .product(name: "Yams", package: "Yams")]),
        .target(name: "Networks", dependencies: ["DataTable"]),
        .target(name: "Regression", dependencies: ["LinearAlgebra", "Distributions", "DataTable"]),
        .target(name: "Simulation", dependencies: ["Regression", "Distributions", "Education", "DataTable"]),
        .target(name: "Reporting", dependencies: [
            "Simulation", "Regression", "Distributions", "Education", "Networks", "DataTable",
        ]),
        .target(name: "PartnershipCLI", dependencies: [
            "LinearAlgebra", "Distributions", "DataTable", "Education", "Networks", "Regression", "Simulation",
            "Reporting",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "PartnershipStats", dependencies: [
            "LinearAlgebra", "Distributions", "DataTable", "Education", "Networks", "Regression", "Simulation",
            "Reporting",
        ]),
        .executableTarget(name: "partnership", dependencies: ["PartnershipCLI"]),
        // The newcomer's programs of README.md, built with everything else so they cannot go stale.
        .executableTarget(name: "example-fit-hc3", dependencies: ["PartnershipStats"], path: "Examples/FitWithHC3"),
        .executableTarget(name: "example-score-survey", dependencies: ["PartnershipStats"], path: "Examples/ScoreSurvey"),
        .executableTarget(name: "example-two-models", dependencies: ["PartnershipStats"], path: "Examples/TwoModelsTable"),
        .executableTarget(name: "partnership-bench", dependencies: [
            "CLAPACK", "LinearAlgebra", "DataTable", "Education", "Regression",
        ], exclude: ["README.md"]),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra", "TestSupport"]),
        .testTarget(name: "DistributionsTests", dependencies: ["Distributions", "TestSupport"]),
        .testTarget(name: "DataTableTests", dependencies: ["DataTable", "TestSupport"]),
        .testTarget(name: "EducationTests", dependencies: ["Education", "DataTable", "TestSupport"]),
        .testTarget(name: "NetworksTests", dependencies: ["Networks", "DataTable", "TestSupport"]),
        .testTarget(name: "RegressionTests", dependencies: ["Regression", "DataTable", "LinearAlgebra", "TestSupport"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "Regression", "TestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: [
            "Reporting", "Simulation", "Regression", "Education", "Networks", "DataTable", "TestSupport",
        ]),
        .testTarget(name: "PartnershipCLITests", dependencies: ["PartnershipCLI", "TestSupport"]),
        .testTarget(name: "PackagingTests", dependencies: ["TestSupport"]),
    ]
)
