import Foundation
import Testing
@testable import SitegenKit

/// A workspace with two real seeds and whatever bad input a test adds, built for real into
/// `workspace/public`, so a test can check the diagnostic and that the good articles still build.
struct BadInputFixture {
    /// The two real seeds every bad-input build carries (the two shortest).
    static let goodSeeds = ["001_00497ee8fa180093.txt", "004_994f2bc4dbfa6742.txt"]

    let workspace: URL
    var seeds: URL { workspace.appendingPathComponent("seeds") }
    var output: URL { workspace.appendingPathComponent("public") }

    init() throws {
        workspace = try SiteFixture.temporaryDirectory("sitegen-bad-input")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        for name in Self.goodSeeds {
            try FileManager.default.copyItem(at: TestSupport.seedsDirectory.appendingPathComponent(name), to: seeds.appendingPathComponent(name))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: workspace) }

    /// Writes `bytes` as `seeds/<name>`.
    func add(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: seeds.appendingPathComponent(name))
    }

    func add(_ name: String, text: String) throws { try add(name, Array(text.utf8)) }

    /// The path a diagnostic names for `seeds/<name>`.
    func path(_ name: String) -> String { seeds.appendingPathComponent(name).path }

    /// Builds the seeds into `public/`.
    func build() throws -> BuildOutcome {
        try SiteBuild.run(SiteFixture.options(workspace: workspace, input: seeds))
    }

    /// The article pages of the good seeds, from a build of them alone.
    static let goodArticlePages: Set<String> = {
        guard let fixture = try? BadInputFixture(), let outcome = try? fixture.build() else { return [] }
        defer { fixture.remove() }
        return articlePages(outcome)
    }()

    static func articlePages(_ outcome: BuildOutcome) -> Set<String> {
        Set(outcome.files.map(\.path).filter { $0.contains("/bai-viet/") || $0.contains("/articles/") }.filter { $0.hasSuffix("/index.html") })
    }

    /// Checks that every page of the good seeds' articles was built and is on disk.
    func expectGoodArticlesBuilt(_ outcome: BuildOutcome, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let good = Self.goodArticlePages
        #expect(good.count >= 4, "the good seeds give at least two articles in two languages", sourceLocation: sourceLocation)
        let built = Self.articlePages(outcome)
        #expect(good.isSubset(of: built), "missing: \(good.subtracting(built).sorted())", sourceLocation: sourceLocation)
        for page in good {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(page).path), "\(page) not on disk",
                    sourceLocation: sourceLocation)
        }
    }

    /// Every file written, as text (binary files decoded leniently).
    func writtenTexts() throws -> [String: String] {
        var texts: [String: String] = [:]
        let paths = FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []
        for path in paths {
            var isFolder: ObjCBool = false
            let full = output.appendingPathComponent(path).path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            texts[path] = String(decoding: try Data(contentsOf: URL(fileURLWithPath: full)), as: UTF8.self)
        }
        return texts
    }
}

extension BuildOutcome {
    /// The diagnostics about `file`.
    func diagnostics(about file: String) -> [Diagnostic] { diagnostics.filter { $0.location.file == file } }
}
