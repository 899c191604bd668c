import Foundation
import Testing
@testable import SitegenKit
#if canImport(Glibc)
import Glibc
#endif

/// What a build does to the output folder as a whole: staged beside it and swapped in, never
/// left half-written, refusing folders it must not write into.
@Suite("Atomic output: a staging folder swapped in whole, refusals, stale staging removed")
struct AtomicOutputTests {
    let manager = FileManager.default

    /// Every file under `root` with its bytes, modification time and inode.
    struct Snapshot: Equatable {
        struct File: Equatable {
            var bytes: Data
            var modified: Date
            var inode: UInt64
        }
        var files: [String: File] = [:]

        init(_ root: URL) throws {
            let manager = FileManager.default
            guard let paths = manager.enumerator(atPath: root.path)?.allObjects as? [String] else { return }
            for path in paths {
                let full = root.appendingPathComponent(path).path
                let attributes = try manager.attributesOfItem(atPath: full)
                guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                files[path] = File(bytes: try Data(contentsOf: URL(fileURLWithPath: full)),
                                   modified: attributes[.modificationDate] as? Date ?? .distantPast,
                                   inode: (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0)
            }
        }
    }

    func stagingFolders(in workspace: URL) throws -> [String] {
        try manager.contentsOfDirectory(atPath: workspace.path).filter { $0.contains(StagingDirectory.marker) }
    }

    /// The seeds copied into `workspace/seeds`, so a test may change them.
    func copiedSeeds(_ workspace: URL) throws -> URL {
        let seeds = workspace.appendingPathComponent("seeds")
        try manager.createDirectory(at: seeds, withIntermediateDirectories: true)
        for file in try TestSupport.seedFiles() {
            try manager.copyItem(atPath: file, toPath: seeds.appendingPathComponent(URL(fileURLWithPath: file).lastPathComponent).path)
        }
        return seeds
    }

    @Test func aChangedSeedIsSwappedInAndUnchangedFilesKeepTheirInodeAndTime() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let seeds = try copiedSeeds(workspace)
        let options = try SiteFixture.options(workspace: workspace, input: seeds)
        #expect(try SiteBuild.run(options).exitCode == 0)
        let before = try Snapshot(options.output)

        let seed = seeds.appendingPathComponent("001_00497ee8fa180093.txt")
        let text = try String(contentsOf: seed, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Thu Trang", with: "Thu Hà").utf8).write(to: seed)
        let outcome = try SiteBuild.run(options)
        #expect(outcome.exitCode == 0)
        #expect((outcome.report?.written ?? 0) > 0)
        let after = try Snapshot(options.output)

        #expect(try stagingFolders(in: workspace).isEmpty)
        #expect(Set(after.files.keys) == Set(outcome.files.map(\.path) + [Manifest.fileName]))
        for file in outcome.files {
            #expect(after.files[file.path]?.bytes == Data(file.bytes), "\(file.path) is not what the build made")
        }
        // A file the change did not reach is the same file: same inode, same modification time.
        let untouched = try #require(before.files.keys.sorted().first { before.files[$0]?.bytes == after.files[$0]?.bytes })
        #expect(after.files[untouched] == before.files[untouched])
        let unchangedCount = before.files.keys.filter { $0 != Manifest.fileName && before.files[$0] == after.files[$0] }.count
        #expect(unchangedCount == outcome.report?.unchanged)
    }

    @Test func aFailedWriteLeavesThePreviousOutputAsItWas() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let seeds = try copiedSeeds(workspace)
        var options = try SiteFixture.options(workspace: workspace, input: seeds)
        _ = try SiteBuild.run(options)
        // Someone replaced a folder sitegen writes into by a link that leads outside the output.
        let outside = workspace.appendingPathComponent("outside")
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        let articles = options.output.appendingPathComponent("vi/bai-viet")
        try manager.removeItem(at: articles)
        try manager.createSymbolicLink(at: articles, withDestinationURL: outside)
        try manager.removeItem(at: seeds.appendingPathComponent("000_30e825224153fafb.txt"))
        let before = try Snapshot(options.output)

        options.force = true
        #expect(throws: Diagnostic.self) { try SiteBuild.run(options) }
        #expect(try Snapshot(options.output) == before)
        #expect(try manager.contentsOfDirectory(atPath: outside.path).isEmpty)
        #expect(try stagingFolders(in: workspace).isEmpty)
    }

    @Test func staleStagingFoldersAreRemovedAndLiveOnesKept() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let options = try SiteFixture.options(workspace: workspace)
        _ = try SiteBuild.run(options)
        let stale = workspace.appendingPathComponent("public\(StagingDirectory.marker)999999")
        let live = workspace.appendingPathComponent("public\(StagingDirectory.marker)999998")
        let other = workspace.appendingPathComponent("public-old")
        for folder in [stale, live, other] {
            try manager.createDirectory(at: folder.appendingPathComponent("vi"), withIntermediateDirectories: true)
            try Data("half".utf8).write(to: folder.appendingPathComponent("vi/index.html"))
        }
        // A build that still runs holds the lock on its staging folder.
        let descriptor = open(live.path, O_RDONLY | O_DIRECTORY)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)

        let outcome = try SiteBuild.run(options)  // a no-op build sweeps too
        #expect(outcome.report?.written == 0)
        #expect(!manager.fileExists(atPath: stale.path))
        #expect(manager.fileExists(atPath: live.path))
        #expect(manager.fileExists(atPath: other.path))
    }

    @Test func anOutputMovedAsideByAnInterruptedSwapIsPutBack() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let options = try SiteFixture.options(workspace: workspace)
        _ = try SiteBuild.run(options)
        let before = try Snapshot(options.output)
        let aside = workspace.appendingPathComponent("public\(StagingDirectory.marker)999999\(StagingDirectory.previousSuffix)")
        try manager.moveItem(at: options.output, to: aside)
        StagingDirectory.sweep(beside: options.output)
        #expect(try Snapshot(options.output) == before)
        #expect(try stagingFolders(in: workspace).isEmpty)
    }

    @Test func refusesAnOutputHoldingFilesTheManifestDoesNotListUnlessForced() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        var options = try SiteFixture.options(workspace: workspace)
        try manager.createDirectory(at: options.output.appendingPathComponent("photos"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: options.output.appendingPathComponent("photos/cat.jpg"))
        do {
            _ = try SiteBuild.run(options)
            Issue.record("a folder of someone's files was built into")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.severity == .error)
            #expect(diagnostic.location.file == options.output.path)
            #expect(diagnostic.message.contains("holds files sitegen did not write"))
            #expect(diagnostic.message.contains("photos/cat.jpg"))
            #expect(diagnostic.message.contains("--force"))
        }
        #expect(try manager.contentsOfDirectory(atPath: options.output.path) == ["photos"])

        options.force = true
        #expect(try SiteBuild.run(options).exitCode == 0)
        #expect(try String(contentsOf: options.output.appendingPathComponent("photos/cat.jpg"), encoding: .utf8) == "mine")
        // Once built, only the listed files and the foreign ones are there; a rebuild without
        // --force is still refused, because the photo is still not sitegen's.
        options.force = false
        #expect(throws: Diagnostic.self) { try SiteBuild.run(options) }
    }

    @Test(arguments: [".git", "Package.swift"])
    func refusesARepositoryRoot(marker: String) throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let root = workspace.appendingPathComponent("repo")
        try manager.createDirectory(at: root.appendingPathComponent("seeds"), withIntermediateDirectories: true)
        if marker == ".git" {
            try manager.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        } else {
            try Data("// swift-tools-version: 6.0\n".utf8).write(to: root.appendingPathComponent(marker))
        }
        var options = try SiteFixture.options(workspace: workspace)
        options.output = root
        options.force = true
        do {
            _ = try SiteBuild.run(options)
            Issue.record("a repository root was built into")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message.contains("is a repository root (it holds \(marker))"))
        }
        #expect(try manager.contentsOfDirectory(atPath: root.path).sorted() == [marker, "seeds"].sorted())
    }

    @Test func refusesTheInputAndWhatHoldsIt() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let seeds = try copiedSeeds(workspace)
        var options = try SiteFixture.options(workspace: workspace, input: seeds)
        for (output, words) in [(seeds, "is the input folder"), (workspace, "contains the input folder"),
                                (seeds.appendingPathComponent("."), "is the input folder")] {
            options.output = output
            #expect { try SiteBuild.run(options) } throws: { error in
                (error as? Diagnostic)?.message.contains(words) == true
            }
        }
        let file = workspace.appendingPathComponent("a-file")
        try Data().write(to: file)
        options.output = file
        #expect { try SiteBuild.run(options) } throws: { error in
            (error as? Diagnostic)?.message.contains("not a folder") == true
        }
    }
}
