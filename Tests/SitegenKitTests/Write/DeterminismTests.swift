import Foundation
import Testing
@testable import SitegenKit

@Suite("Byte-identical output whatever the threads, input order, time zone or locale")
struct DeterminismTests {
    @Test func oneJobAndManyJobsGiveTheSameBytes() throws {
        let one = try SiteFixture.build(jobs: 1)
        let many = try SiteFixture.build(jobs: 8)
        #expect(one.count == many.count)
        #expect(one == many)
    }

    @Test func inputOrderDoesNotMatter() throws {
        let lexicon = try TestSupport.lexicon()
        let files = try TestSupport.seedFiles()
        let themes = lexicon.themes.map(\.theme)
        let sorted = try ExtractionPipeline(lexicon: lexicon, jobs: 2).run(files: files)
        let shuffled = try ExtractionPipeline(lexicon: lexicon, jobs: 3).run(files: files.reversed() + [])
        let a = SitePlan(site: sorted, themes: themes, lock: SlugLock())
        let b = SitePlan(site: shuffled, themes: themes, lock: SlugLock())
        #expect(a.routes == b.routes)
        #expect(a.lock == b.lock)
        #expect(a.articles.map(\.id) == b.articles.map(\.id))
    }

    /// The built `sitegen` binary next to the test bundle, when there is one.
    static var binary: URL? {
        let directory = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        let candidates = [directory, directory.deletingLastPathComponent(), directory.deletingLastPathComponent().deletingLastPathComponent()]
            .map { $0.appendingPathComponent("sitegen") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? [".build-site/debug/sitegen", ".build/debug/sitegen"].map { TestSupport.root.appendingPathComponent($0) }
                .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func run(_ binary: URL, _ arguments: [String], environment: [String: String]) throws -> Int32 {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = TestSupport.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(.enabled(if: DeterminismTests.binary != nil, "the sitegen binary is not built; run swift build first"))
    func anotherTimeZoneAndLocaleGiveTheSameBytes() throws {
        let binary = try #require(Self.binary)
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: workspace) }
        var outputs: [[OutputFile]] = []
        for (index, environment) in [["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"],
                                     ["TZ": "Pacific/Kiritimati", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"],
                                     ["TZ": "America/Los_Angeles", "LANG": "vi_VN.UTF-8", "LC_ALL": "vi_VN.UTF-8"]].enumerated() {
            let output = workspace.appendingPathComponent("public-\(index)")
            let lock = workspace.appendingPathComponent("lock-\(index)")
            try FileManager.default.copyItem(at: TestSupport.dataDirectory.appendingPathComponent(SlugLock.fileName), to: lock)
            // The lock is passed by folder: copy data/ so the build uses its own lock file.
            let data = workspace.appendingPathComponent("data-\(index)")
            try FileManager.default.copyItem(at: TestSupport.dataDirectory, to: data)
            let status = try run(binary, ["build", "--output", output.path, "--data", data.path, "--jobs", index == 0 ? "1" : "4", "--quiet"],
                                 environment: environment)
            #expect(status == 0)
            outputs.append(try Self.read(output))
        }
        #expect(outputs[0].count > 100)
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] == outputs[2])
    }

    /// Every file under `folder`, sorted by path.
    static func read(_ folder: URL) throws -> [OutputFile] {
        let manager = FileManager.default
        var files: [OutputFile] = []
        guard let enumerator = manager.enumerator(atPath: folder.path) else { return [] }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(path).path
            if manager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue, let data = manager.contents(atPath: full) {
                files.append(OutputFile(path: path, bytes: [UInt8](data)))
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}
