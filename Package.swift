// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenKit", targets: ["SitegenKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        // Debian's libcmark-dev, wrapped once by `Markdown` in SitegenKit.
        .systemLibrary(
            name: "CCmark",
            path: "Sources/CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "SitegenKit",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target over Read → Segment → Parse → Extract → Resolve; see Fuzz/README.md.
        .executableTarget(
            name: "sitegen-fuzz",
            dependencies: ["SitegenKit"],
            path: "Fuzz/Sources/sitegen-fuzz"
        ),
        // The benchmark's corpus generator (Benchmarks/README.md); not part of the sitegen product.
        .executableTarget(
            name: "sitegen-bench",
            path: "Benchmarks/Sources/sitegen-bench"
        ),
        // swift-mustache renders nothing of the site any more: the tests hold sitegen's own
        // template engine to its output, byte for byte (TemplateDifferentialTests).
        .testTarget(
            name: "SitegenKitTests",
            dependencies: [
                "SitegenKit",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
