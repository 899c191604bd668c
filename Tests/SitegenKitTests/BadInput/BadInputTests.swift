import Foundation
import Testing
@testable import SitegenKit

/// Hostile and broken input: each case names the problem at its file and line, and the good
/// articles beside it still build (spec/DESIGN.md, "What bad input gets").
@Suite("Bad input: a clear diagnostic, and the rest of the site still builds")
struct BadInputTests {
    // MARK: Files that cannot be read as text

    @Test func invalidUTF8IsAnErrorAtItsLineAndByteOffset() throws {
        let fixture = try BadInputFixture()
        defer { fixture.remove() }
        let prefix = Array("Phường Tân An tổ chức Đại hội\n\nNgày 12/8, phường ".utf8)
        try fixture.add("latin1.txt", prefix + [0xE9, 0x74, 0xE9] + Array(" tiếp.\n".utf8))
        let outcome = try fixture.build()
        let diagnostics = outcome.diagnostics(about: fixture.path("latin1.txt"))
        #expect(diagnostics.map(\.description) == ["\(fixture.path("latin1.txt")):3: error: invalid UTF-8 at byte offset \(prefix.count); the file is skipped"])
        #expect(outcome.exitCode == 1)
        fixture.expectGoodArticlesBuilt(outcome)
    }

    @Test(arguments: ["", "\n\n   \n", "\u{FEFF}", "\u{200B}\u{00A0}\n"])
    func anEmptyFileIsAWarning(text: String) throws {
        let fixture = try BadInputFixture()
        defer { fixture.remove() }
        try fixture.add("empty.txt", text: text)
        let outcome = try fixture.build()
        #expect(outcome.diagnostics(about: fixture.path("empty.txt")).map(\.description)
            == ["\(fixture.path("empty.txt")):1: warning: the file is empty; nothing to extract"])
        #expect(outcome.exitCode == 0)
        fixture.expectGoodArticlesBuilt(outcome)
    }

    @Test func aBinaryFileIsAnErrorNamingTheNULByte() throws {
        let fixture = try BadInputFixture()
        defer { fixture.remove() }
        // The start of a PNG image, saved with a .txt name.
        try fixture.add("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
        let outcome = try fixture.build()
        let diagnostics = outcome.diagnostics(about: fixture.path("photo.txt"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message == "the file looks binary (a NUL byte at offset 8); the file is skipped")
        fixture.expectGoodArticlesBuilt(outcome)
    }

    @Test func aFolderOrPipeNamedLikeASeedIsRefusedWithoutBlocking() throws {
        let fixture = try BadInputFixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(at: fixture.seeds.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)
        #expect(mkfifo(fixture.path("pipe.txt"), 0o644) == 0)
        let outcome = try fixture.build()
        for name in ["folder.txt", "pipe.txt"] {
            #expect(outcome.diagnostics(about: fixture.path(name)).map(\.message)
                == ["not a regular file (a folder, pipe or device); the file is skipped"])
        }
        fixture.expectGoodArticlesBuilt(outcome)
    }

    // MARK: A 50 MB file

    @Test func aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws {
        let fixture = try BadInputFixture()
        defer { fixture.remove() }
        let size = 50 << 20
        try Self.writeLargeSeed(fixture.seeds.appendingPathComponent("huge.txt"), bytes: size)
        let started = ContinuousClock.now
        let outcome = try fixture.build()
        #expect(ContinuousClock.now - started < .seconds(60))
        #expect(outcome.diagnostics(about: fixture.path("huge.txt")).map(\.description)
            == ["\(fixture.path("huge.txt")):1: error: the file is \(size) bytes, over the limit of \(4 << 20) bytes for one seed; the file is skipped"])
        fixture.expectGoodArticlesBuilt(outcome)
        // Reading it is a stat, not a read: instant, whatever the size.
        let reading = ContinuousClock.now
        guard case .failure = SourceReader().read(path: fixture.path("huge.txt")) else {
            Issue.record("a 50 MB seed was accepted")
            return
        }
        #expect(ContinuousClock.now - reading < .milliseconds(200))
    }

    @Test func aFiftyMegabyteFileCostsTheBuildNoMemory() throws {
        let binary = try #require(DeterminismTests.binary, "build the sitegen binary first (swift build)")
        let fixture = try BadInputFixture()
        defer { fixture.remove() }
        try FileManager.default.copyItem(at: TestSupport.dataDirectory, to: fixture.workspace.appendingPathComponent("data"))
        let arguments = ["build", "--input", fixture.seeds.path, "--output", fixture.output.path,
                         "--data", fixture.workspace.appendingPathComponent("data").path,
                         "--templates", SiteFixture.templates.path, "--config", SiteFixture.config.path, "--jobs", "1", "--quiet"]
        let without = try ChildProcess.measure(binary, arguments)
        try FileManager.default.removeItem(at: fixture.output)
        try Self.writeLargeSeed(fixture.seeds.appendingPathComponent("huge.txt"), bytes: 50 << 20)
        let with = try ChildProcess.measure(binary, arguments)
        #expect(without.status == 0)
        #expect(with.status == 1)
        // Reading the file would add at least its 50 MB (twice, decoded); the build stays within 16 MB of the same build without it.
        #expect(with.peakKiB < without.peakKiB + 16 * 1024, "peak \(with.peakKiB) KiB against \(without.peakKiB) KiB without the file")
        #expect(with.seconds < without.seconds + 10)
    }

    /// Real Vietnamese lines up to `bytes` (a file with content, not a sparse one).
    static func writeLargeSeed(_ url: URL, bytes: Int) throws {
        let line = Array("Ngày 9/8, phường Cầu Giấy tổ chức Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030.\n".utf8)
        var chunk: [UInt8] = []
        while chunk.count < 1 << 20 { chunk += line }
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var written = 0
        while written < bytes {
            let part = chunk.prefix(bytes - written)
            try handle.write(contentsOf: part)
            written += part.count
        }
    }

    // MARK: Unicode

    @Test func nfdTextGivesTheSameRecordsAsNFC() throws {
        let pipeline = try ExtractionPipeline(lexicon: TestSupport.lexicon(), jobs: 1)
        for file in try TestSupport.seedFiles() {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            let nfd = String(decoding: bytes, as: UTF8.self).decomposedStringWithCanonicalMapping
            #expect(Array(nfd.utf8) != bytes, "the seed has precomposed letters to decompose")
            let composed = try pipeline.records(for: pipeline.reader.decode(file: "seed.txt", bytes: bytes).get())
            let decomposed = try pipeline.records(for: pipeline.reader.decode(file: "seed.txt", bytes: Array(nfd.utf8)).get())
            let json = { (records: [ArticleRecord]) in records.map { ExtractionJSON.record($0, evidence: true).rendered() } }
            #expect(json(decomposed.records) == json(composed.records), "\(file)")
            #expect(decomposed.diagnostics == composed.diagnostics)
        }
    }

    @Test func anNFDSeedBuildsPagesSpelledInNFC() throws {
        let fixture = try BadInputFixture()
        defer { fixture.remove() }
        let source = try String(contentsOf: TestSupport.seedsDirectory.appendingPathComponent("003_8bfc1794bf757485.txt"), encoding: .utf8)
        try fixture.add("003_nfd.txt", text: source.decomposedStringWithCanonicalMapping)
        let outcome = try fixture.build()
        #expect(outcome.exitCode == 0)
        fixture.expectGoodArticlesBuilt(outcome)
        let texts = try fixture.writtenTexts()
        #expect(texts.keys.contains { $0.contains("phuong-liet") }, "the place is found, with an ASCII slug")
        for (path, text) in texts where path.hasSuffix(".html") {
            #expect(text == text.precomposedStringWithCanonicalMapping, "\(path) has decomposed letters")
        }
    }

    // MARK: Markup smuggled into text and overlays

    static let hostileTitle = "Phường Tân An <script>alert('tieu-de')</script> tổ chức Đại hội đại biểu Đảng bộ lần thứ I"
    static let hostileText = TestSupport.article(
        title: hostileTitle,
        lede: "Ngày 12/8, Đảng bộ phường Tân An tổ chức Đại hội <img src=x onerror=alert(1)>, nhiệm kỳ 2025 - 2030, với sự tham dự của 200 đại biểu.",
        body: ["Bí thư Đảng ủy phường Tân An Nguyễn Văn Bình <a href=\"javascript:alert(2)\">bấm vào đây</a> phát biểu khai mạc.",
               "Xem thêm tại javascript:alert(3) và <iframe src=\"https://evil.example\"></iframe> <svg onload=alert(4)>."])
    static let hostileOverlay = """
        title: "Phường Tân An <script>alert('overlay-title')</script> tổ chức Đại hội"
        summary:
          vi: |
            Tóm tắt <script>alert('vi')</script> với [một liên kết](javascript:alert('md')) và
            <a href="javascript:alert('raw')">liên kết thô</a> và ![ảnh](javascript:alert('img'))
            và [dữ liệu](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) và <img src=x onerror=alert(5)>.
          en: |
            Summary <script>alert('en')</script> [a link](JaVaScRiPt:alert('md-en')) <div onclick="alert(6)">x</div>
            [ok](vbscript:msgbox) <style>body{display:none}</style>
        """

    @Test func markupInArticleTextAndOverlaysIsEscapedOrDroppedInEveryFile() throws {
        let fixture = try BadInputFixture()
        defer { fixture.remove() }
        try fixture.add("hostile.txt", text: Self.hostileText)
        try fixture.add("hostile-overlaid.txt", text: Self.hostileText.replacingOccurrences(of: "lần thứ I", with: "lần thứ II"))
        try Data(Self.hostileOverlay.utf8).write(to: fixture.seeds.appendingPathComponent("hostile-overlaid.yml"))
        let outcome = try fixture.build()
        #expect(outcome.diagnostics.filter { $0.location.file.contains("hostile") && $0.severity == .error }.isEmpty)
        fixture.expectGoodArticlesBuilt(outcome)
        let texts = try fixture.writtenTexts()

        // Both articles have pages, and the text is there, escaped.
        let pages = texts.filter { $0.key.hasSuffix(".html") && $0.value.contains("tieu-de") }
        #expect(pages.count >= 2)
        #expect(texts.values.contains { $0.contains("&lt;script&gt;alert(") }, "the title is shown as text")
        #expect(texts.values.contains { $0.contains("Tóm tắt") && $0.contains("liên kết thô") }, "the overlay summary is rendered")

        for (path, text) in texts {
            if path.hasSuffix(".html") {
                #expect(Self.activeMarkup(in: text).isEmpty, "\(path): \(Self.activeMarkup(in: text))")
            } else if path.hasSuffix(".xml") {
                // A feed carries HTML as escaped text: unescaped, it must be as harmless as a page.
                #expect(Self.activeMarkup(in: text).isEmpty, "\(path): \(Self.activeMarkup(in: text))")
                #expect(!text.contains("<feed") || !Self.htmlContent(ofFeed: text).isEmpty, "\(path) has no HTML summaries to check")
                for html in Self.htmlContent(ofFeed: text) {
                    #expect(Self.activeMarkup(in: html).isEmpty, "\(path) (type=\"html\"): \(Self.activeMarkup(in: html))")
                }
            } else if path.hasSuffix(".json") {
                #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(path) is not valid JSON")
            } else if path.hasSuffix("search-index.js") {
                // The index is one JSON array behind an assignment: no string may break out of it.
                let prefix = "window.sitegenSearchIndex = "
                let body = try #require(text.range(of: prefix)).upperBound
                let array = String(text[body...]).trimmingCharacters(in: .whitespacesAndNewlines).dropLast()
                #expect((try? JSONSerialization.jsonObject(with: Data(array.utf8))) is [Any], "\(path) is not one JSON array")
            }
        }
    }

    /// The content of every `type="html"` element of an Atom feed, unescaped: the HTML a feed
    /// reader renders. (Text constructs, such as a title, are shown as text.)
    static func htmlContent(ofFeed xml: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: #"<([a-z]+) type="html">(.*?)</\1>"#, options: [.dotMatchesLineSeparators]) else { return [] }
        return regex.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).compactMap { match in
            Range(match.range(at: 2), in: xml).map { String(xml[$0]).unescapingXML }
        }
    }

    /// Markup that would run or load something: a script element that is not the site's own, an
    /// event-handler attribute, a `javascript:`/`vbscript:`/`data:` URL in an attribute (an image
    /// `data:` URL, such as the site's icon, is no script), an
    /// iframe, object, embed or style element.
    static func activeMarkup(in html: String) -> [String] {
        let patterns = [
            #"<script(?![^>]*\bsrc="(?:\.\./)*(?:[a-z]+/)*[a-z-]+\.js")[^>]*>"#,
            #"<[a-z][^>]*\son[a-z]+\s*="#,
            #"(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(?:javascript|vbscript|data(?!:image/)):"#,
            #"<(?:iframe|object|embed|style|img\s+src=x)\b"#,
        ]
        return patterns.flatMap { pattern -> [String] in
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return ["bad pattern \(pattern)"] }
            let range = NSRange(html.startIndex..., in: html)
            return regex.matches(in: html, range: range).compactMap { Range($0.range, in: html).map { String(html[$0]) } }
        }
    }

    @Test(arguments: ["<script>alert(1)</script>", "<a href=\"javascript:alert(1)\">", "<a HREF='JavaScript:x'>", "<img src=x onerror=alert(1)>",
                      "<div onclick=\"x\">", "<iframe src=\"https://e.example\">", "<script src=\"https://evil.example/x.js\"></script>",
                      "<a href=\"data:text/html,x\">", "<svg onload=alert(1)>"])
    func theDetectorFindsActiveMarkup(html: String) {
        #expect(!Self.activeMarkup(in: html).isEmpty)
        #expect(Self.activeMarkup(in: "<p>" + html.htmlEscaped + "</p><script src=\"../../assets/search.js\"></script>").isEmpty)
    }

    // MARK: Names that look like paths, and names that collide

    @Test func aTitleThatLooksLikeAPathWritesNothingOutsideTheOutput() throws {
        let fixture = try BadInputFixture()
        defer { fixture.remove() }
        try fixture.add("path.txt", text: TestSupport.article(title: "../../etc/passwd Phường Tân An tổ chức Đại hội đại biểu Đảng bộ", body: ["Đại hội có 200 đại biểu."]))
        try fixture.add("path2.txt", text: TestSupport.article(title: "Phường Hòa Phú tổ chức Đại hội đại biểu Đảng bộ lần thứ I", body: ["Đại hội có 100 đại biểu."]))
        try Data("title: \"../../../../etc/passwd\"\n".utf8).write(to: fixture.seeds.appendingPathComponent("path2.yml"))
        try Data("title: \"/etc/shadow\"\n".utf8).write(to: fixture.seeds.appendingPathComponent("001_00497ee8fa180093.yml"))
        let outcome = try fixture.build()
        #expect(outcome.exitCode == 0)
        for file in outcome.files {
            #expect(Manifest.isSafeRelativePath(file.path), "\(file.path)")
        }
        let articles = BadInputFixture.articlePages(outcome).filter { $0.contains("passwd") || $0.contains("shadow") }
        // Two new articles under slugs made of their titles; 001 keeps its locked slug.
        #expect(articles.count == 4, "\(articles.sorted())")
        // Nothing but the seeds, the output and the lock in the workspace, nothing at the root.
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.workspace.path).sorted() == ["public", "seeds", "slugs.lock"])
        #expect(!FileManager.default.fileExists(atPath: fixture.workspace.deletingLastPathComponent().appendingPathComponent("etc").path))
        let texts = try fixture.writtenTexts()
        #expect(texts.values.contains { $0.contains("../../../../etc/passwd") }, "the corrected title is shown as written")
    }

    @Test func twoArticlesWithTheSameTitleGetTwoSlugsAndAWarning() throws {
        let fixture = try BadInputFixture()
        defer { fixture.remove() }
        let title = "Phường Tân An tổ chức Đại hội đại biểu Đảng bộ lần thứ I"
        try fixture.add("same-a.txt", text: TestSupport.article(title: title, body: ["Đại hội có 200 đại biểu."]))
        try fixture.add("same-b.txt", text: TestSupport.article(title: title, body: ["Đại hội có 300 đại biểu."]))
        let outcome = try fixture.build()
        let pages = BadInputFixture.articlePages(outcome).filter { $0.hasPrefix("vi/bai-viet/phuong-tan-an-to-chuc") }
        #expect(pages.count == 2, "\(pages.sorted())")
        let warnings = outcome.diagnostics.filter { $0.severity == .warning && $0.location.file == fixture.path("same-b.txt") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("is taken by \(fixture.path("same-a.txt")):1; this article gets") == true, "\(warnings)")
        fixture.expectGoodArticlesBuilt(outcome)
    }

    @Test func twoOfficialsWithTheSameNameInDifferentProvincesGetTwoPages() throws {
        let fixture = try BadInputFixture()
        defer { fixture.remove() }
        try fixture.add("danang.txt", text: TestSupport.article(
            title: "Phường Hải Châu tổ chức Đại hội đại biểu Đảng bộ lần thứ I",
            lede: "Ngày 12/8, Đảng bộ phường Hải Châu, TP Đà Nẵng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.",
            body: ["Bí thư Đảng ủy phường Hải Châu Trần Văn Phúc phát biểu khai mạc Đại hội."]))
        try fixture.add("hanoi.txt", text: TestSupport.article(
            title: "Phường Cầu Giấy tổ chức Đại hội đại biểu Đảng bộ lần thứ I",
            lede: "Ngày 9/8, Đảng bộ phường Cầu Giấy, TP Hà Nội tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.",
            body: ["Chủ tịch UBND phường Cầu Giấy Trần Văn Phúc báo cáo kết quả nhiệm kỳ."]))
        let outcome = try fixture.build()
        let officialPages = outcome.files.map(\.path).filter { $0.hasPrefix("vi/can-bo/tran-van-phuc") && $0.hasSuffix("/index.html") }
        let english = outcome.files.map(\.path).filter { $0.hasPrefix("en/officials/tran-van-phuc") && $0.hasSuffix("/index.html") }
        #expect(officialPages.count == 2, "\(officialPages)")
        #expect(english.count == 2, "\(english)")
        #expect(outcome.diagnostics.contains { $0.severity == .warning && $0.message.contains("share the slug") })
        fixture.expectGoodArticlesBuilt(outcome)
    }

    // MARK: Overlays

    @Test(arguments: [
        ("title: Đúng\ntitel: Sai chính tả\n", 2, "unknown key 'titel' in the overlay"),
        ("title: Đúng\nunits: phường Cầu Giấy\n", 2, "units"),
        ("title: Đúng\nexclude: [có]\n", 2, "exclude"),
        ("title: Đúng\nsummary:\n  vi: [chưa đóng\n", 4, "invalid YAML in the overlay"),
        ("title: \"không đóng\n", 2, "invalid YAML in the overlay"),
        ("\t- không phải YAML\n", 1, "invalid YAML in the overlay"),
    ] as [(String, Int, String)])
    func aBrokenOverlayIsAnErrorAtItsLineAndTheArticleStillBuilds(overlay: String, line: Int, words: String) throws {
        let fixture = try BadInputFixture()
        defer { fixture.remove() }
        let path = fixture.path("001_00497ee8fa180093.yml")
        try Data(overlay.utf8).write(to: URL(fileURLWithPath: path))
        let outcome = try fixture.build()
        let errors = outcome.diagnostics(about: path)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.severity == .error)
        #expect(errors.first?.location.line == line, "\(errors)")
        #expect(errors.first?.message.contains(words) == true, "\(errors)")
        #expect(errors.first?.message.hasSuffix("the overlay is ignored") == true)
        // The overlay is ignored as a whole: its title is not applied.
        #expect(!outcome.files.contains { String(decoding: $0.bytes, as: UTF8.self).contains("<h1>Đúng") })
        fixture.expectGoodArticlesBuilt(outcome)
    }

    @Test func anAliasBombOverlayIsRefusedQuickly() throws {
        var yaml = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 0..<9 {
            let previous = level == 0 ? "a" : "b\(level - 1)"
            yaml += "b\(level): &b\(level) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "units: *b8\nofficials: *b8\narticles:\n  x: {units: *b8}\n"
        let started = ContinuousClock.now
        guard case .failure(let errors) = OverlayLoader().decode(yaml, file: "bomb.yml") else {
            Issue.record("an alias bomb was accepted")
            return
        }
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(!errors.diagnostics.isEmpty)
    }

    @Test func pathologicalMarkdownRendersInBoundedTime() throws {
        let cases = [
            String(repeating: "[", count: 50_000) + "a" + String(repeating: "]", count: 50_000),
            String(repeating: "[a](", count: 20_000),
            String(repeating: "*", count: 50_000) + "a" + String(repeating: "*", count: 50_000),
            String(repeating: "_a ", count: 30_000) + String(repeating: "a_ ", count: 30_000),
            String(repeating: "**a ", count: 30_000),
            String(repeating: ">", count: 20_000) + " a",
            String(repeating: "- ", count: 10_000) + "a",
            String(repeating: "![", count: 30_000),
            String(repeating: "`", count: 30_000) + "a" + String(repeating: "``", count: 15_000),
            String(repeating: "<a href=", count: 20_000),
            String(repeating: "&#", count: 30_000),
        ]
        for markdown in cases {
            let started = ContinuousClock.now
            let html = Markdown.html(markdown)
            #expect(ContinuousClock.now - started < .seconds(2), "\(markdown.prefix(12))… took too long")
            #expect(!html.isEmpty)
        }
        // And through a whole build, in an overlay's summary.
        let fixture = try BadInputFixture()
        defer { fixture.remove() }
        let summary = String(repeating: "[", count: 20_000) + String(repeating: "*", count: 20_000) + " tóm tắt"
        try Data("summary:\n  vi: \"\(summary)\"\n  en: \"\(summary)\"\n".utf8).write(to: fixture.seeds.appendingPathComponent("001_00497ee8fa180093.yml"))
        let started = ContinuousClock.now
        let outcome = try fixture.build()
        #expect(ContinuousClock.now - started < .seconds(60))
        #expect(outcome.exitCode == 0)
        fixture.expectGoodArticlesBuilt(outcome)
        #expect(outcome.files.contains { String(decoding: $0.bytes, as: UTF8.self).contains("[[[[[[[[") })
    }

    // MARK: Links out of the seeds folder

    @Test func aSeedThatLinksOutsideTheSeedsIsRefusedNotFollowed() throws {
        let fixture = try BadInputFixture()
        defer { fixture.remove() }
        let secrets = fixture.workspace.appendingPathComponent("secrets")
        try FileManager.default.createDirectory(at: secrets, withIntermediateDirectories: true)
        let secret = secrets.appendingPathComponent("secret.txt")
        try Data(TestSupport.article(title: "Phường Bí Mật tổ chức Đại hội đại biểu Đảng bộ lần thứ I", body: ["Mật khẩu là hunter2."]).utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(atPath: fixture.path("leak.txt"), withDestinationPath: "../secrets/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: fixture.path("passwd.txt"), withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: fixture.path("004_994f2bc4dbfa6742.yml"), withDestinationPath: secret.path)
        // A link that stays inside the seeds folder is an ordinary seed.
        try fixture.add("original.txt", text: TestSupport.article(title: "Phường Hòa Phú tổ chức Đại hội đại biểu Đảng bộ lần thứ I", body: ["Đại hội có 100 đại biểu."]))
        try FileManager.default.createSymbolicLink(atPath: fixture.path("z-alias.txt"), withDestinationPath: "original.txt")

        let outcome = try fixture.build()
        let leak = outcome.diagnostics(about: fixture.path("leak.txt"))
        #expect(leak.count == 1)
        #expect(leak.first?.description == "\(fixture.path("leak.txt")):1: error: the file is a symbolic link to \(secret.resolvingSymlinksInPath().path), outside the input folder \(fixture.seeds.path); it is not followed and the file is skipped")
        #expect(outcome.diagnostics(about: fixture.path("passwd.txt")).first?.message.contains("symbolic link to /etc/passwd") == true)
        let overlay = outcome.diagnostics(about: fixture.path("004_994f2bc4dbfa6742.yml"))
        #expect(overlay.first?.message.contains("the overlay is a symbolic link") == true, "\(overlay)")
        #expect(outcome.diagnostics(about: fixture.path("z-alias.txt")).filter { $0.severity == .error }.isEmpty)
        fixture.expectGoodArticlesBuilt(outcome)
        for (path, text) in try fixture.writtenTexts() {
            #expect(!text.contains("Bí Mật") && !text.contains("hunter2") && !text.contains("root:x:0"), "\(path) shows what a link led to")
        }
    }
}

extension String {
    /// The text with XML's five entities and numeric references replaced once.
    var unescapingXML: String {
        var text = self
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}

/// A child process run to the end, with its exit status, peak memory and time (`wait4`).
enum ChildProcess {
    struct Measure {
        var status: Int32
        var peakKiB: Int
        var seconds: Double
    }

    static func measure(_ binary: URL, _ arguments: [String]) throws -> Measure {
        var pid: pid_t = 0
        let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let started = ContinuousClock.now
        let spawned = posix_spawn(&pid, binary.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw TestFailure("cannot start \(binary.path): errno \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { throw TestFailure("wait4 failed: errno \(errno)") }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Measure(status: (status >> 8) & 0xFF, peakKiB: usage.ru_maxrss, seconds: seconds)
    }
}
