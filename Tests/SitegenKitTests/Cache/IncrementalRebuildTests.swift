import Foundation
import Testing
@testable import SitegenKit

/// Incremental builds on a small corpus: a no-op rebuild rewrites nothing, a changed seed
/// rewrites only the pages that show something of it, and the cache changes no byte.
@Suite struct IncrementalRebuildTests {
    static let places = ["Tân An", "Hòa Phong", "Phú Lợi", "Bình Minh", "Long Thạnh", "Đông Hưng", "Tây Sơn", "Vĩnh Lộc",
                         "Quang Trung", "Mỹ Hòa", "Kim Lân", "Ngọc Thụy"]
    static let people = ["Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Tuấn", "Phạm Thu Hà", "Hoàng Văn Nam", "Đỗ Thị Mai",
                         "Vũ Đức Long", "Bùi Thanh Hương", "Đặng Quốc Khánh", "Ngô Thị Yến", "Dương Văn Tùng", "Lý Thị Nga"]

    /// One seed: a ward's congress on a day of 2025, its Party secretary, its delegates.
    static func seed(_ index: Int, delegates: Int, extra: String = "") -> String {
        let place = places[index], person = people[index]
        let month = index % 6 + 3, day = index + 1
        return """
        Phường \(place) tổ chức Đại hội đại biểu Đảng bộ lần thứ I
        Ngày \(day)/\(month)/2025, Đảng bộ phường \(place) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với \(delegates) đại biểu.
        Phát biểu tại đại hội, Bí thư Đảng ủy phường \(place) \(person) nhấn mạnh nhiệm vụ chuyển đổi số, xây dựng chính quyền số và cải cách thủ tục hành chính.
        Đại hội đã bầu Ban Chấp hành Đảng bộ phường gồm \(20 + index) đồng chí; Ban Thường vụ gồm \(7 + index % 3) đồng chí.\(extra)
        """
    }

    struct Workspace {
        var root: URL
        var input: URL { root.appendingPathComponent("seeds") }
        var output: URL { root.appendingPathComponent("public") }

        func options(jobs: Int = 2, cache: Bool = true) throws -> BuildOptions {
            BuildOptions(input: input, output: output, config: SiteFixture.config, templates: SiteFixture.templates,
                         data: TestSupport.dataDirectory, lock: root.appendingPathComponent("slugs.lock"), jobs: jobs, cache: cache)
        }

        func write(_ index: Int, _ text: String) throws {
            try Data(text.utf8).write(to: input.appendingPathComponent(String(format: "s%02d.txt", index)))
        }

        /// Every file of the output folder (not the manifest) with its bytes.
        func files() throws -> [String: Data] { try files(under: output) }

        /// Every file under `folder` (not the manifest) with its bytes.
        func files(under folder: URL) throws -> [String: Data] {
            var files: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(atPath: folder.path)
            while let path = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let full = folder.appendingPathComponent(path).path
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                   path != Manifest.fileName {
                    files[path] = FileManager.default.contents(atPath: full)
                }
            }
            return files
        }

        /// Modification times of every file, to tell what a build wrote.
        func times() throws -> [String: Date] {
            var times: [String: Date] = [:]
            for path in try files().keys {
                times[path] = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)[.modificationDate] as? Date
            }
            return times
        }
    }

    static func workspace(count: Int = 12) throws -> Workspace {
        let workspace = Workspace(root: try SiteFixture.temporaryDirectory("sitegen-incremental"))
        try FileManager.default.createDirectory(at: workspace.input, withIntermediateDirectories: true)
        for index in 0..<count { try workspace.write(index, seed(index, delegates: 100 + 10 * index)) }
        return workspace
    }

    @Test func aNoOpRebuildRewritesNothingAndSaysSo() throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let first = try SiteBuild.run(workspace.options())
        #expect(first.exitCode == 0)
        let before = try workspace.times()
        let again = try SiteBuild.run(workspace.options())
        #expect(again.report?.written == 0)
        #expect(again.report?.unchanged == first.report.map { $0.written + $0.unchanged })
        #expect(again.diagnostics == first.diagnostics)
        #expect(try workspace.times() == before, "a no-op rebuild leaves every file time alone")
    }

    @Test func oneChangedSeedRewritesOnlyThePagesThatShowIt() throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        _ = try SiteBuild.run(workspace.options())
        let before = try workspace.files()

        let changed = 4
        try workspace.write(changed, Self.seed(changed, delegates: 345, extra: " Đại hội đã thông qua Nghị quyết với sự nhất trí cao."))
        let outcome = try SiteBuild.run(workspace.options())
        #expect(outcome.exitCode == 0)
        let after = try workspace.files()
        let rewritten = Set(after.keys.filter { before[$0] != after[$0] }).union(before.keys.filter { after[$0] == nil })

        // What shows something of the changed article: its pages, its place, its people and
        // themes, the lists it is in, the feeds, search indexes, open data and sitemap.
        let site = try ExtractionPipeline(lexicon: try TestSupport.lexicon(), jobs: 1)
            .run(files: try SiteBuild.seedFiles(in: workspace.input))
        let plan = SitePlan(site: site, themes: try TestSupport.lexicon().themes.map(\.theme), lock: SlugLock())
        let article = try #require(plan.articles.first { $0.record.article.sourceFile.hasSuffix(String(format: "s%02d.txt", changed)) })
        var folders = ["/bai-viet/\(article.slug)/", "/articles/\(article.slug)/"]
        for unit in plan.units where unit.articleIDs.contains(article.id) {
            folders += ["/dia-phuong/\(unit.slug)/", "/places/\(unit.slug)/"]
        }
        for official in plan.officials where official.articleIDs.contains(article.id) {
            folders += ["/can-bo/\(official.slug)/", "/officials/\(official.slug)/"]
        }
        for theme in plan.themes where theme.articleIDs.contains(article.id) {
            folders += ["/chu-de/\(theme.theme.id)/", "/themes/\(theme.theme.id)/"]
        }
        let lists: Set<String> = Set([Route.landing, .home, .articleIndex, .unitIndex, .officialIndex, .themeIndex]
            + (article.date.period.map { [Route.articleArchive($0)] } ?? []))
            .reduce(into: []) { paths, route in for language in Language.allCases { paths.insert(route.file(in: language)) } }
        func showsTheArticle(_ path: String) -> Bool {
            folders.contains { ("/" + path).contains($0) } || lists.contains(path) || !path.hasSuffix(".html")
        }
        let unexpected = rewritten.filter { !showsTheArticle($0) }.sorted()
        #expect(unexpected.isEmpty, "rewritten, though they show nothing of the changed article: \(unexpected)")
        #expect(rewritten.contains { $0.contains("/bai-viet/\(article.slug)/") } && rewritten.contains { $0.contains("/articles/\(article.slug)/") },
                "its own pages show the new figure")
        let otherArticles = plan.articles.filter { $0.id != article.id }.map(\.slug)
        #expect(!rewritten.contains { path in otherArticles.contains { path.contains("/\($0)/") } }, "no other article's page changes")
    }

    @Test func theCacheChangesNoByteAndNeitherDoThreads() throws {
        let cached = try Self.workspace()
        let uncached = try Self.workspace()
        defer {
            try? FileManager.default.removeItem(at: cached.root)
            try? FileManager.default.removeItem(at: uncached.root)
        }
        _ = try SiteBuild.run(cached.options(jobs: 2, cache: true))
        // A second build into a fresh output decodes every extraction from the cache.
        try FileManager.default.removeItem(at: cached.output)
        _ = try SiteBuild.run(cached.options(jobs: 2, cache: true))
        _ = try SiteBuild.run(uncached.options(jobs: 1, cache: false))
        #expect(try cached.files() == uncached.files())
        #expect(FileManager.default.fileExists(atPath: BuildCache(output: cached.output).recordsFile.path))
    }

    /// A rebuild that changes the output keeps the previous output in the cache, and the next
    /// one brings it up to date as its staging folder instead of making every folder again. It is
    /// not trusted: whatever was changed in it by hand is put right, and the output comes out
    /// exactly as a build from nothing. Pages that stay are hard links to the output's files.
    @Test func theKeptPreviousOutputIsBroughtUpToDateNotTrusted() throws {
        let workspace = try Self.workspace()
        let fresh = try Self.workspace()
        defer {
            try? FileManager.default.removeItem(at: workspace.root)
            try? FileManager.default.removeItem(at: fresh.root)
        }
        let manager = FileManager.default
        let spare = BuildCache(output: workspace.output).previousOutput
        _ = try SiteBuild.run(workspace.options())
        #expect(!manager.fileExists(atPath: spare.path), "a first build has no previous output to keep")
        let first = try workspace.files()

        try workspace.write(4, Self.seed(4, delegates: 345))
        #expect(try SiteBuild.run(workspace.options()).exitCode == 0)
        let kept = try workspace.files(under: spare)
        #expect(kept == first, "the previous output is kept whole")

        // Meddling with the kept copy: a stray file, a page with other bytes, a page removed,
        // a stray folder. None of it may reach the output.
        try Data("stray".utf8).write(to: spare.appendingPathComponent("stray.html"))
        let page = try #require(kept.keys.sorted().first { $0.hasPrefix("vi/bai-viet/") })
        try manager.removeItem(at: spare.appendingPathComponent(page))
        try Data("other".utf8).write(to: spare.appendingPathComponent(page))
        let gone = try #require(kept.keys.sorted().last { $0.hasPrefix("en/articles/") })
        try manager.removeItem(at: spare.appendingPathComponent(gone))
        try manager.createDirectory(at: spare.appendingPathComponent("stray/folder"), withIntermediateDirectories: true)
        let second = try workspace.files()

        // Two seeds changed and one removed, so pages are rewritten, added and removed.
        try workspace.write(7, Self.seed(7, delegates: 777))
        try workspace.write(2, Self.seed(2, delegates: 222, extra: " Đại hội đã thông qua Nghị quyết với sự nhất trí cao."))
        try manager.removeItem(at: workspace.input.appendingPathComponent("s11.txt"))
        #expect(try SiteBuild.run(workspace.options()).exitCode == 0)
        for index in 0..<12 where index != 11 {
            try fresh.write(index, index == 4 ? Self.seed(4, delegates: 345) : index == 7 ? Self.seed(7, delegates: 777)
                            : index == 2 ? Self.seed(2, delegates: 222, extra: " Đại hội đã thông qua Nghị quyết với sự nhất trí cao.")
                            : Self.seed(index, delegates: 100 + 10 * index))
        }
        try manager.removeItem(at: fresh.input.appendingPathComponent("s11.txt"))
        _ = try SiteBuild.run(fresh.options(jobs: 1, cache: false))
        let third = try workspace.files()
        #expect(third == (try fresh.files()), "the output is exactly a build from nothing")
        #expect(!manager.fileExists(atPath: workspace.output.appendingPathComponent("stray.html").path))
        #expect(!manager.fileExists(atPath: workspace.output.appendingPathComponent("stray").path))
        #expect(try workspace.files(under: spare) == second, "and the output before it is kept")

        // Pages that stayed are one file in the output and in the kept copy.
        let stayed = try #require(third.keys.sorted().first { third[$0] == second[$0] && $0.hasSuffix(".html") })
        let inode = { (url: URL) in try manager.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int }
        #expect(try inode(workspace.output.appendingPathComponent(stayed)) == inode(spare.appendingPathComponent(stayed)))

        var check = try workspace.options()
        check.check = true
        #expect(try SiteBuild.run(check).differences.isEmpty)
    }

    @Test func theCacheIsNotPartOfTheSite() throws {
        let workspace = try Self.workspace(count: 3)
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        _ = try SiteBuild.run(workspace.options())
        let cache = BuildCache(output: workspace.output)
        #expect(!cache.folder.path.hasPrefix(workspace.output.standardizedFileURL.path + "/"))
        let manifest = try String(contentsOf: workspace.output.appendingPathComponent(Manifest.fileName), encoding: .utf8)
        #expect(!manifest.contains(BuildCache.folderName))
        var check = try workspace.options()
        check.check = true
        #expect(try SiteBuild.run(check).differences.isEmpty)
    }

    @Test func aChangedWordListMissesTheCache() throws {
        let salt = BuildCache.extractionSalt(data: TestSupport.dataDirectory, lockName: SlugLock.fileName)
        let copy = try SiteFixture.temporaryDirectory("sitegen-data")
        defer { try? FileManager.default.removeItem(at: copy) }
        let data = copy.appendingPathComponent("data")
        try FileManager.default.copyItem(at: TestSupport.dataDirectory, to: data)
        #expect(BuildCache.extractionSalt(data: data, lockName: SlugLock.fileName) == salt)
        try Data("# a new lock\n".utf8).write(to: data.appendingPathComponent(SlugLock.fileName))
        #expect(BuildCache.extractionSalt(data: data, lockName: SlugLock.fileName) == salt, "the slug lock is not read by extraction")
        let furniture = data.appendingPathComponent("furniture.yml")
        try (try String(contentsOf: furniture, encoding: .utf8) + "\n# changed\n").write(to: furniture, atomically: true, encoding: .utf8)
        #expect(BuildCache.extractionSalt(data: data, lockName: SlugLock.fileName) != salt)
    }
}

/// The binary form of extractions in the cache.
@Suite struct RecordCodecTests {
    @Test func theCodecKnowsEveryFieldOfTheModels() {
        #expect(RecordCodec.modelLayout == RecordCodec.layout,
                "a model changed: add the field to RecordCodec (BinaryWriter.record, BinaryReader.record) and to its layout")
    }

    @Test func theSeedsComeBackExactlyAsExtracted() throws {
        let pipeline = try ExtractionPipeline(lexicon: try TestSupport.lexicon(), jobs: 1)
        for file in try TestSupport.seedFiles() {
            let fresh = pipeline.records(forFile: file)
            let decoded = try #require(RecordCodec.decode(RecordCodec.encode(fresh.records, fresh.diagnostics)[...]))
            #expect(decoded.records == fresh.records)
            #expect(decoded.diagnostics == fresh.diagnostics)
        }
    }

    @Test func damagedBytesAreNoRecords() {
        let bytes = RecordCodec.encode([], [Diagnostic(.warning, SourceLocation(file: "a.txt", line: 2), "m")])
        #expect(RecordCodec.decode(bytes[...]) != nil)
        #expect(RecordCodec.decode(bytes.dropLast()) == nil)
        #expect(RecordCodec.decode([9, 9, 9][...]) == nil)
    }
}

/// The extractions file, written in chunks.
@Suite struct RecordsFileTests {
    /// Entries of the seeds' real encodings, with keys of every length.
    static func entries() throws -> [(key: String, bytes: ArraySlice<UInt8>)] {
        let pipeline = try ExtractionPipeline(lexicon: try TestSupport.lexicon(), jobs: 1)
        return try TestSupport.seedFiles().enumerated().map { index, file in
            let fresh = pipeline.records(forFile: file)
            return (key: String(repeating: "k", count: index * 37) + file, bytes: RecordCodec.encode(fresh.records, fresh.diagnostics)[...])
        }
    }

    /// Chunks smaller than one entry, of a few entries, and larger than the whole file give the
    /// same file as one buffer (the largest chunk), and it reads back as the entries.
    @Test(arguments: [1, 100, 5_000, 1 << 30])
    func chunkedWritingGivesTheSameFile(chunkSize: Int) throws {
        let root = try SiteFixture.temporaryDirectory("sitegen-records")
        defer { try? FileManager.default.removeItem(at: root) }
        let entries = try Self.entries()
        let whole = BuildCache(output: root.appendingPathComponent("whole"))
        whole.saveRecords(entries, salt: "salt", chunkSize: 1 << 30)
        let chunked = BuildCache(output: root.appendingPathComponent("chunked"))
        chunked.saveRecords(entries, salt: "salt", chunkSize: chunkSize)
        let expected = try #require(FileManager.default.contents(atPath: whole.recordsFile.path))
        #expect(FileManager.default.contents(atPath: chunked.recordsFile.path) == expected)
        let loaded = chunked.loadRecords(salt: "salt")
        #expect(loaded.count == entries.count)
        for entry in entries { #expect(loaded[entry.key].map(Array.init) == Array(entry.bytes)) }
    }

    /// A fresh extraction is stored only when its encoding decodes to exactly what was
    /// extracted; a cache hit is stored as it came.
    @Test func onlyExactEncodingsAreStored() throws {
        let pipeline = try ExtractionPipeline(lexicon: try TestSupport.lexicon(), jobs: 1)
        let file = try #require(try TestSupport.seedFiles().first)
        let fresh = pipeline.records(forFile: file)
        let bytes = RecordCodec.encode(fresh.records, fresh.diagnostics)[...]
        let exact = CachedBuild.CachedExtraction(records: fresh.records, diagnostics: fresh.diagnostics, key: "k", bytes: bytes, hit: false)
        #expect(exact.storable?.bytes == bytes)
        // Without an encoding given, it is made: the same bytes.
        var unencoded = exact
        unencoded.bytes = nil
        #expect(unencoded.storable.map { Array($0.bytes) } == Array(bytes))
        var other = exact
        other.diagnostics.append(Diagnostic(.warning, SourceLocation(file: file, line: 1), "not in the encoding"))
        #expect(other.storable == nil)
        other.hit = true
        #expect(other.storable?.bytes == bytes)
        other.bytes = nil
        #expect(other.storable == nil)
    }
}
