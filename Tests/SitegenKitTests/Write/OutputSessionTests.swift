import Dispatch
import Foundation
import Testing
@testable import SitegenKit

/// Files written as they are rendered (`OutputSession`) give what comparing after the render
/// gives (`OutputWriter.plan`, then `apply`): the same plan, the same output, no staging folder
/// when nothing differs, and the output untouched when the build fails after files were staged.
@Suite("Writing files as they are rendered: the same plan and output as writing after")
struct OutputSessionTests {
    let manager = FileManager.default
    typealias Snapshot = AtomicOutputTests.Snapshot

    /// The seed site built into `workspace/public`, and its files.
    func builtSite(_ workspace: URL) throws -> (writer: OutputWriter, files: [OutputFile]) {
        let options = try SiteFixture.options(workspace: workspace)
        let outcome = try SiteBuild.run(options)
        #expect(outcome.exitCode == 0)
        return (OutputWriter(root: options.output, jobs: 2), outcome.files)
    }

    func stagingFolders(in workspace: URL) throws -> [String] {
        try manager.contentsOfDirectory(atPath: workspace.path).filter { $0.contains(StagingDirectory.marker) }
    }

    /// Hands `files` to `session` from two threads, in reverse order, in chunks of three.
    func stream(_ files: [OutputFile], to session: OutputSession) {
        let chunks = stride(from: files.count, to: 0, by: -3).map { Array(files[max(0, $0 - 3)..<$0].reversed()) }
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            while let index = next.take(below: chunks.count) { session.accept(chunks[index]) }
        }
    }

    final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func take(below limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }

    @Test func streamedFilesGiveThePlanAndTheOutputOfWritingAfter() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let (writer, built) = try builtSite(workspace)
        let before = try Snapshot(writer.root)
        // A rebuild that changes one page, drops another (and so its folder) and adds a third.
        let changed = try #require(built.firstIndex { $0.path.hasPrefix("vi/bai-viet/") && $0.path.hasSuffix("/index.html") })
        let dropped = try #require(built.lastIndex { $0.path.hasPrefix("en/articles/") && $0.path.hasSuffix("/index.html") })
        var files = built
        files[changed].bytes += Array("<!-- changed -->\n".utf8)
        files.remove(at: dropped)
        files.append(OutputFile(path: "vi/moi/index.html", bytes: Array("<p>mới</p>\n".utf8)))
        let expected = writer.plan(files)
        #expect(expected.changed.map(\.path) == [built[changed].path])
        #expect(expected.removed == [built[dropped].path])
        #expect(expected.added.map(\.path) == ["vi/moi/index.html"])

        let session = OutputSession(writer: writer)
        stream(files, to: session)
        let plan = session.plan(files)
        #expect(plan.added.map(\.path) == expected.added.map(\.path))
        #expect(plan.changed.map(\.path) == expected.changed.map(\.path))
        #expect(plan.unchanged == expected.unchanged)
        #expect(plan.removed == expected.removed)
        #expect(plan.conflicts == expected.conflicts)
        #expect(plan.manifestText == expected.manifestText)
        #expect(plan.manifestStale && expected.manifestStale)
        // Before the swap, the output is as it was.
        #expect(try Snapshot(writer.root) == before)
        try session.finish(plan, files: files)

        let after = try Snapshot(writer.root)
        #expect(Set(after.files.keys) == Set(files.map(\.path) + [Manifest.fileName]))
        for file in files { #expect(after.files[file.path]?.bytes == Data(file.bytes), "\(file.path)") }
        #expect(after.files[Manifest.fileName]?.bytes == Data(plan.manifestText.utf8))
        #expect(!manager.fileExists(atPath: writer.root.appendingPathComponent(built[dropped].path).deletingLastPathComponent().path))
        // Files the change did not reach are the same files (inode and time).
        for path in expected.unchanged { #expect(after.files[path] == before.files[path], "\(path)") }
        #expect(try stagingFolders(in: workspace).isEmpty)
    }

    @Test func nothingDifferingMakesNoStagingFolderAndWritesNothing() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let (writer, built) = try builtSite(workspace)
        let before = try Snapshot(writer.root)
        let session = OutputSession(writer: writer)
        stream(built, to: session)
        #expect(try stagingFolders(in: workspace).isEmpty)
        let plan = session.plan(built)
        #expect(plan.isUpToDate)
        #expect(plan.unchanged.count == built.count)
        try session.finish(plan, files: built)
        #expect(try Snapshot(writer.root) == before)
        #expect(try stagingFolders(in: workspace).isEmpty)
    }

    /// A render that fails after some files were staged: the build abandons the session.
    @Test func aBuildAbandonedAfterFilesWereStagedLeavesTheOutputAsItWas() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let (writer, built) = try builtSite(workspace)
        let before = try Snapshot(writer.root)
        var files = Array(built.prefix(20))
        files[3].bytes = Array("other".utf8)
        let session = OutputSession(writer: writer)
        stream(files, to: session)
        let staged = try stagingFolders(in: workspace)
        #expect(staged.count == 1, "the changed file was staged while the others rendered")
        session.abandon()
        #expect(try stagingFolders(in: workspace).isEmpty)
        #expect(try Snapshot(writer.root) == before)
    }

    /// A file that cannot be staged fails the build with that file's diagnostic, the first in
    /// the order of the files; the output is as it was and no staging folder is left.
    @Test func aFileThatCannotBeStagedFailsTheBuildAndLeavesTheOutput() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let (writer, built) = try builtSite(workspace)
        let before = try Snapshot(writer.root)
        // A new file where the output has a file sitegen wrote, used as a folder.
        let page = try #require(built.first { $0.path.hasPrefix("vi/bai-viet/") && $0.path.hasSuffix("/index.html") })
        let files = built + [OutputFile(path: page.path + "/inside.html", bytes: Array("x".utf8)),
                             OutputFile(path: page.path + "/later.html", bytes: Array("y".utf8))]
        let session = OutputSession(writer: writer)
        stream(files, to: session)
        let plan = session.plan(files)
        do {
            try session.finish(plan, files: files)
            Issue.record("the build did not fail")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.location.file.hasSuffix("/inside.html"), "\(diagnostic.location.file)")
        }
        #expect(try Snapshot(writer.root) == before)
        #expect(try stagingFolders(in: workspace).isEmpty)
    }
}
