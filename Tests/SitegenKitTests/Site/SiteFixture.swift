import Foundation
@testable import SitegenKit

/// Builds the real seeds into temporary folders, never into the repository's `public/` or
/// `data/slugs.lock`.
enum SiteFixture {
    static var templates: URL { TestSupport.root.appendingPathComponent("Templates") }
    static var config: URL { TestSupport.root.appendingPathComponent("sitegen.yml") }

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryDirectory(_ name: String = "sitegen-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Options for a build of `input` (the seeds by default) into `workspace/public`, with the
    /// slug lock at `workspace/slugs.lock` (a copy of the committed one when `copyLock`).
    static func options(workspace: URL, input: URL = TestSupport.seedsDirectory, jobs: Int = 2, check: Bool = false,
                        copyLock: Bool = true) throws -> BuildOptions {
        let lock = workspace.appendingPathComponent("slugs.lock")
        let committed = TestSupport.dataDirectory.appendingPathComponent(SlugLock.fileName)
        if copyLock, !FileManager.default.fileExists(atPath: lock.path), FileManager.default.fileExists(atPath: committed.path) {
            try FileManager.default.copyItem(at: committed, to: lock)
        }
        return BuildOptions(input: input, output: workspace.appendingPathComponent("public"), config: config,
                            templates: templates, data: TestSupport.dataDirectory, lock: lock, check: check, jobs: jobs)
    }

    /// The site built from the seeds, in memory (nothing is written).
    static func build(jobs: Int = 2) throws -> [OutputFile] {
        let workspace = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: workspace) }
        return try SiteBuild.run(options(workspace: workspace, jobs: jobs, check: true)).files
    }

    /// The files of a built site by path, as text.
    static func texts(_ files: [OutputFile]) -> [String: String] {
        Dictionary(files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The plan of the seeds, for tests that check which pages exist.
    static func plan() throws -> SitePlan {
        let lexicon = try TestSupport.lexicon()
        let site = try ExtractionPipeline(lexicon: lexicon, jobs: 2).run(files: TestSupport.seedFiles())
        let lockText = (try? String(contentsOf: TestSupport.dataDirectory.appendingPathComponent(SlugLock.fileName), encoding: .utf8)) ?? ""
        return SitePlan(site: site, themes: lexicon.themes.map(\.theme), lock: SlugLock.parse(lockText, file: "slugs.lock").lock)
    }
}
