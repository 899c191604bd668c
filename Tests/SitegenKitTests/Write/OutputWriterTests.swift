import Foundation
import Testing
@testable import SitegenKit

@Suite("Writing the output folder: incremental, checked, never touching foreign files")
struct OutputWriterTests {
    let manager = FileManager.default

    func modificationDate(_ url: URL) throws -> Date {
        try #require(manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
    }

    @Test func aNoOpRebuildRewritesNothing() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let options = try SiteFixture.options(workspace: workspace)
        let first = try SiteBuild.run(options)
        #expect(first.exitCode == 0)
        let page = options.output.appendingPathComponent("vi/index.html")
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try manager.setAttributes([.modificationDate: past], ofItemAtPath: page.path)
        let second = try SiteBuild.run(options)
        #expect(second.report?.written == 0)
        #expect(second.report?.removed == 0)
        #expect(second.report?.unchanged == first.files.count)
        #expect(try modificationDate(page) == past)
        var check = options
        check.check = true
        #expect(try SiteBuild.run(check).differences.isEmpty)
    }

    /// The comparison of a page with the file on disk agrees with comparing the file's whole
    /// contents, for the pages of the seed site and for files that differ in one byte, in size,
    /// are empty, absent or a folder.
    @Test func comparingWithTheFileOnDiskAgreesWithReadingItWhole() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let options = try SiteFixture.options(workspace: workspace)
        let built = try SiteBuild.run(options)
        let root = options.output.path
        func plain(_ path: String, _ bytes: [UInt8]) -> Bool? {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
            return manager.contents(atPath: path).map { Array($0) == bytes }
        }
        var cases = 0
        for file in built.files.prefix(40) {
            let path = root + "/" + file.path
            var altered = file.bytes
            if let last = altered.indices.last { altered[last] ^= 1 }
            for bytes in [file.bytes, altered, file.bytes + [0x0A], Array(file.bytes.dropLast()), []] {
                #expect(OutputWriter.compare(atPath: path, with: bytes) == plain(path, bytes), "\(file.path)")
                cases += 1
            }
        }
        #expect(cases == 200)
        #expect(OutputWriter.compare(atPath: root + "/vi/index.html", with: Array("x".utf8)) == false)
        #expect(OutputWriter.compare(atPath: root + "/no-such-page.html", with: []) == nil)
        #expect(OutputWriter.compare(atPath: root + "/vi", with: []) == nil)
        let empty = workspace.appendingPathComponent("empty")
        try Data().write(to: empty)
        #expect(OutputWriter.compare(atPath: empty.path, with: []) == true)
        #expect(OutputWriter.compare(atPath: empty.path, with: [0]) == false)
    }

    @Test func checkNamesStaleMissingAndExtraFiles() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        var options = try SiteFixture.options(workspace: workspace)
        _ = try SiteBuild.run(options)
        let output = options.output
        try Data("changed".utf8).write(to: output.appendingPathComponent("en/index.html"))
        try manager.removeItem(at: output.appendingPathComponent("vi/chu-de/culture/index.html"))
        // An extra file: one sitegen wrote (listed in the manifest) and no longer produces.
        let manifestURL = output.appendingPathComponent(Manifest.fileName)
        var manifest = Manifest.parse(try String(contentsOf: manifestURL, encoding: .utf8))
        manifest.paths.insert("vi/bai-viet/old-article/index.html")
        try Data(manifest.text.utf8).write(to: manifestURL)
        try manager.createDirectory(at: output.appendingPathComponent("vi/bai-viet/old-article"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: output.appendingPathComponent("vi/bai-viet/old-article/index.html"))

        options.check = true
        let outcome = try SiteBuild.run(options)
        #expect(outcome.exitCode == 1)
        #expect(outcome.differences.contains("stale: en/index.html"))
        #expect(outcome.differences.contains("missing: vi/chu-de/culture/index.html"))
        #expect(outcome.differences.contains("extra: vi/bai-viet/old-article/index.html"))
        #expect(try String(contentsOf: output.appendingPathComponent("en/index.html"), encoding: .utf8) == "changed")

        options.check = false
        let fixed = try SiteBuild.run(options)
        #expect(fixed.report?.written == 2)
        #expect(fixed.report?.removed == 1)
        #expect(!manager.fileExists(atPath: output.appendingPathComponent("vi/bai-viet/old-article").path))
        options.check = true
        #expect(try SiteBuild.run(options).differences.isEmpty)
    }

    @Test func filesSitegenDidNotWriteAreNeverTouched() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        var options = try SiteFixture.options(workspace: workspace)
        options.force = true  // without it, the folder is refused (AtomicOutputTests)
        try manager.createDirectory(at: options.output.appendingPathComponent("vi"), withIntermediateDirectories: true)
        let foreign = ["CNAME", "vi/notes.txt", "robots.txt"]
        for path in foreign { try Data("mine: \(path)".utf8).write(to: options.output.appendingPathComponent(path)) }
        let outcome = try SiteBuild.run(options)
        for path in foreign {
            #expect(try String(contentsOf: options.output.appendingPathComponent(path), encoding: .utf8) == "mine: \(path)")
        }
        // robots.txt stands where sitegen would write: reported, not overwritten, not in the manifest.
        #expect(outcome.diagnostics.contains { $0.severity == .error && $0.location.file.hasSuffix("robots.txt") })
        let manifest = Manifest.parse(try String(contentsOf: options.output.appendingPathComponent(Manifest.fileName), encoding: .utf8))
        #expect(!manifest.paths.contains("robots.txt") && !manifest.paths.contains("CNAME"))
        // A second build still leaves them alone, and removes nothing of theirs.
        _ = try SiteBuild.run(options)
        for path in foreign { #expect(manager.fileExists(atPath: options.output.appendingPathComponent(path).path)) }
    }

    @Test func aRemovedSeedsPagesAreRemoved() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let seeds = workspace.appendingPathComponent("seeds")
        try manager.createDirectory(at: seeds, withIntermediateDirectories: true)
        for file in try TestSupport.seedFiles() {
            try manager.copyItem(atPath: file, toPath: seeds.appendingPathComponent(URL(fileURLWithPath: file).lastPathComponent).path)
        }
        let options = try SiteFixture.options(workspace: workspace, input: seeds)
        let first = try SiteBuild.run(options)
        let plan = try SiteFixture.plan()
        let camLe = try #require(plan.articles.first { $0.id == "004_994f2bc4dbfa6742" })
        let page = options.output.appendingPathComponent(Route.article(camLe.slug).file(in: .en))
        #expect(manager.fileExists(atPath: page.path))
        try manager.removeItem(at: seeds.appendingPathComponent("004_994f2bc4dbfa6742.txt"))
        let second = try SiteBuild.run(options)
        #expect(!manager.fileExists(atPath: page.path))
        #expect(!manager.fileExists(atPath: page.deletingLastPathComponent().path))
        #expect(!manager.fileExists(atPath: options.output.appendingPathComponent("vi/dia-phuong/phuong-cam-le/index.html").path))
        #expect((second.report?.removed ?? 0) > 0)
        #expect(second.files.count < first.files.count)
    }

    @Test func aCorrectedTitleKeepsItsURL() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let seeds = workspace.appendingPathComponent("seeds")
        try manager.createDirectory(at: seeds, withIntermediateDirectories: true)
        let source = try #require(try TestSupport.seedFiles().first { $0.hasSuffix("002_f014b13e14486edc.txt") })
        let target = seeds.appendingPathComponent("002_f014b13e14486edc.txt")
        try manager.copyItem(atPath: source, toPath: target.path)
        let options = try SiteFixture.options(workspace: workspace, input: seeds, copyLock: false)
        _ = try SiteBuild.run(options)
        let oldSlug = "quan-bac-tu-liem-quyet-tam-dua-nghi-quyet-vao-cuoc-song"
        #expect(manager.fileExists(atPath: options.output.appendingPathComponent("vi/bai-viet/\(oldSlug)/index.html").path))
        let text = try String(contentsOf: target, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Quyết tâm đưa nghị quyết vào cuộc sống", with: "Quyết tâm đưa Nghị quyết Đại hội vào cuộc sống").utf8).write(to: target)
        let rebuilt = try SiteBuild.run(options)
        let paths = Set(rebuilt.files.map(\.path))
        #expect(paths.contains("vi/bai-viet/\(oldSlug)/index.html"))
        #expect(!paths.contains { $0.contains("nghi-quyet-dai-hoi") })
        let article = try #require(rebuilt.files.first { $0.path == "vi/bai-viet/\(oldSlug)/index.html" })
        #expect(String(decoding: article.bytes, as: UTF8.self).contains("Nghị quyết Đại hội"))
    }

    @Test func refusesAnOutputThatIsOrHoldsTheInput() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let seeds = workspace.appendingPathComponent("seeds")
        #expect(throws: Diagnostic.self) { try OutputWriter.validate(output: seeds, input: seeds) }
        #expect(throws: Diagnostic.self) { try OutputWriter.validate(output: workspace, input: seeds) }
        #expect(throws: Diagnostic.self) { try OutputWriter.validate(output: URL(fileURLWithPath: "/"), input: seeds) }
        try OutputWriter.validate(output: workspace.appendingPathComponent("public"), input: seeds)
    }

    @Test func aTamperedManifestCannotReachOutsideTheOutput() {
        let manifest = Manifest.parse("a/index.html\n../escape.txt\n/etc/passwd\nb//c\n# comment\n")
        #expect(manifest.paths == ["a/index.html"])
    }

    /// The kernel splits paths on the byte `/`; Swift's `Character` would join a `/` and a
    /// combining mark after it into one, and see no parts to refuse.
    @Test(arguments: [
        ("a/index.html", true), ("vi/bai-viet/x/index.html", true), ("...", true), ("a/.b/..c", true),
        ("vi/ti\u{301}m/index.html", true), ("", false), ("/etc/passwd", false), ("a//b", false), ("a/", false),
        ("./a", false), ("a/./b", false), ("a/../b", false), ("..", false), ("a\\b", false), ("a\u{0}b", false),
        ("../\u{301}x", false), ("/\u{301}etc", false), ("a/..\u{301}/../../x", false),
    ])
    func safeRelativePathsAreReadOnBytes(path: String, safe: Bool) {
        #expect(Manifest.isSafeRelativePath(path) == safe)
    }
}

/// A first build into an output folder that does not exist opens no file: its plan is the one
/// of an empty folder.
@Suite struct FirstBuildPlanTests {
    @Test(arguments: [1, 3])
    func anAbsentOutputPlansAsAnEmptyOne(jobs: Int) throws {
        let root = try SiteFixture.temporaryDirectory("sitegen-first")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [OutputFile(path: "index.html", text: "a"), OutputFile(path: "vi/index.html", text: "b"),
                     OutputFile(path: "vi/bai-viet/x/index.html", text: "c")]
        let absent = OutputWriter(root: root.appendingPathComponent("absent"), jobs: jobs).plan(files)
        let emptyFolder = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: emptyFolder, withIntermediateDirectories: true)
        let empty = OutputWriter(root: emptyFolder, jobs: jobs).plan(files)
        #expect(absent.added == files)
        #expect(absent.added == empty.added)
        #expect(absent.changed.isEmpty && absent.unchanged.isEmpty && absent.removed.isEmpty && absent.conflicts.isEmpty)
        #expect(absent.manifest == empty.manifest)
        #expect(absent.manifestStale && empty.manifestStale)
    }
}
