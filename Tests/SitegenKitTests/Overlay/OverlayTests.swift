import Foundation
import Testing
@testable import SitegenKit

/// Editors' overlays (`seeds/<stem>.yml`): corrections, exclusion, and errors with file and line.
@Suite struct OverlayTests {
    /// A temporary seeds folder holding a copy of one real seed and, when given, its overlay.
    struct SeedFolder {
        let directory: URL
        let seed: String

        init(copying seedPrefix: String, overlay: String?) throws {
            directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("sitegen-overlay-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let source = try #require(try TestSupport.seedFiles().first { URL(fileURLWithPath: $0).lastPathComponent.hasPrefix(seedPrefix) })
            let name = URL(fileURLWithPath: source).lastPathComponent
            seed = directory.appendingPathComponent(name).path
            try FileManager.default.copyItem(atPath: source, toPath: seed)
            if let overlay {
                try Data(overlay.utf8).write(to: URL(fileURLWithPath: OverlayLoader.overlayPath(forSeed: seed)))
            }
        }

        var overlayPath: String { OverlayLoader.overlayPath(forSeed: seed) }

        func records() throws -> (records: [ArticleRecord], diagnostics: [Diagnostic]) {
            try ExtractionPipeline(lexicon: TestSupport.lexicon(), jobs: 1).records(forFile: seed)
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    static let loader = OverlayLoader(themeIDs: ["party-building", "digital-transformation", "culture"])

    @Test func overlayPathIsTheSeedsStemWithYML() {
        #expect(OverlayLoader.overlayPath(forSeed: "seeds/000_30e825224153fafb.txt") == "seeds/000_30e825224153fafb.yml")
        #expect(OverlayLoader.overlayPath(forSeed: "/a.b/seed") == "/a.b/seed.yml")
    }

    @Test func correctionsApplyToTheSeedsFirstArticle() throws {
        let folder = try SeedFolder(copying: "000", overlay: """
            # Corrections by the desk
            title: "Cầu Giấy ward holds its first congress"
            published: 2025-08-10 09:30
            event_date: 2025-08-09
            units:
              - {name: Cầu Giấy, kind: phường, parent: Hà Nội, primary: true}
              - {name: Hà Nội, kind: thành phố}
            officials:
              - name: Trần Thị Phương Hoa
                roles: [Bí thư Đảng ủy phường Cầu Giấy, Chủ tịch HĐND phường Cầu Giấy]
            themes: [party-building, digital-transformation]
            source_url: https://kinhtedothi.vn/example.html
            summary:
              vi: "Đại hội **lần thứ I** của Đảng bộ phường."
              en: "The ward's *first* Party congress."
            """)
        defer { folder.remove() }
        let result = try folder.records()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let record = try #require(result.records.first)
        #expect(record.article.title == "Cầu Giấy ward holds its first congress")
        #expect(record.article.published == Publication(date: try #require(CalendarDate(year: 2025, month: 8, day: 10)),
                                                        time: TimeOfDay(hour: 9, minute: 30)))
        #expect(record.article.eventDate == CalendarDate(year: 2025, month: 8, day: 9))
        #expect(record.units.map(\.name) == ["Cầu Giấy", "Hà Nội"])
        #expect(record.primaryUnit?.kind == .phuong)
        #expect(record.officials.map(\.name) == ["Trần Thị Phương Hoa"])
        #expect(record.officials.first?.roles.map(\.text) == ["Bí thư Đảng ủy phường Cầu Giấy", "Chủ tịch HĐND phường Cầu Giấy"])
        #expect(record.themes == ["party-building", "digital-transformation"])
        #expect(record.sourceURL == "https://kinhtedothi.vn/example.html")
        #expect(record.editorSummary[.en] == "The ward's *first* Party congress.")
        // The editor's summary takes precedence, and the page can say so.
        let writer = SummaryWriter(translator: try TranslateFixtures.translator())
        #expect(writer.summary(of: record, in: .en).source == .editor)
        #expect(writer.summary(of: record, in: .vi).markdown == "Đại hội **lần thứ I** của Đảng bộ phường.")
    }

    @Test func unknownKeyIsAnErrorAtItsLineAndTheArticleStillBuilds() throws {
        let folder = try SeedFolder(copying: "000", overlay: """
            title: Corrected
            # a comment
            titel: Typo
            """)
        defer { folder.remove() }
        let result = try folder.records()
        let error = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.location == SourceLocation(file: folder.overlayPath, line: 3))
        #expect(error.message.contains("unknown key 'titel'"))
        // The overlay is ignored as a whole: the article builds as extracted.
        #expect(result.records.first?.article.title == "Phường Cầu Giấy: tập trung xây dựng chính quyền số, kinh tế số và xã hội số")
    }

    @Test(arguments: [
        ("units:\n  - name: Cầu Giấy\n    kind: phường\n    primry: true\n", 4, "unknown key 'primry'"),
        ("summary:\n  vi: Tóm tắt\n  fr: Résumé\n", 3, "unknown key 'fr'"),
        ("officials:\n  - name: A\n    roles: [Bí thư]\n    title: ông\n", 4, "unknown key 'title'"),
        ("articles:\n  x-2:\n    title: T\n    exclud: true\n", 4, "unknown key 'exclud'"),
    ])
    func nestedUnknownKeysAreErrorsAtTheirLines(_ yaml: String, _ line: Int, _ message: String) throws {
        let diagnostics = try Self.errors(yaml)
        #expect(diagnostics.map(\.location.line) == [line])
        #expect(diagnostics.first?.message.contains(message) == true, "\(diagnostics)")
    }

    @Test(arguments: [
        ("title: T\nexclude: maybe\n", 2, "exclude"),
        ("title: T\nthemes: party-building\n", 2, "themes"),
        ("units:\n  - name: Cầu Giấy\n    kind: [phường]\n", 3, "kind"),
        ("title: T\n\nevent_date: 9/8/2025\n", 3, "event_date"),
        ("published: 2025-02-30\n", 1, "published"),
        ("units:\n  - name: Cầu Giấy\n    kind: làng\n", 3, "unknown unit kind"),
        ("themes:\n  - culture\n  - sport\n", 3, "unknown theme id \"sport\""),
        ("source_url: javascript:alert(1)\n", 1, "source_url"),
        ("officials:\n  - name: A\n", 2, "roles"),
    ])
    func wrongTypesAndValuesAreErrorsAtTheirLines(_ yaml: String, _ line: Int, _ message: String) throws {
        let diagnostics = try Self.errors(yaml)
        #expect(diagnostics.map(\.location.line) == [line], "\(diagnostics)")
        #expect(diagnostics.first?.message.contains(message) == true, "\(diagnostics)")
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.location.file == "seeds/x.yml" })
    }

    @Test(arguments: [
        ("title: [unclosed\nexclude: true\n", 2),
        ("title: T\n  bad indent: x\n", 2),
        ("title: \"open\n", 2),
    ])
    func invalidYAMLIsAnErrorWithALine(_ yaml: String, _ line: Int) throws {
        let diagnostics = try Self.errors(yaml)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("invalid YAML") == true, "\(diagnostics)")
        #expect(diagnostics.first?.location.line == line, "\(diagnostics)")
    }

    @Test func yamlOneOneBooleansStayTextWhereTextIsExpected() throws {
        let overlay = try #require(try Self.loader.decode("title: no\nexclude: no\nsummary: {en: off}\n", file: "seeds/x.yml").get())
        #expect(overlay.first.title == "no")
        #expect(overlay.first.exclude == false)
        #expect(overlay.first.summary[.en] == "off")
    }

    @Test func emptyOverlayChangesNothing() throws {
        #expect(try Self.loader.decode("", file: "seeds/x.yml").get() == nil)
        #expect(try Self.loader.decode("# nothing yet\n", file: "seeds/x.yml").get() == nil)
    }

    @Test func excludeDropsTheArticleWithANote() throws {
        let folder = try SeedFolder(copying: "000", overlay: "exclude: true\n")
        defer { folder.remove() }
        let result = try folder.records()
        #expect(result.records.isEmpty)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.severity == .note)
        #expect(result.diagnostics.first?.location == SourceLocation(file: folder.overlayPath, line: 1))
        #expect(result.diagnostics.first?.message.contains("excluded") == true)
    }

    @Test func articlesAreAddressedByIdInASeedWithSeveral() throws {
        let folder = try SeedFolder(copying: "002", overlay: """
            articles:
              002_f014b13e14486edc-2:
                title: Hà Nội, a creative city
                event_date: 2020-10-01
              002_f014b13e14486edc-3:
                exclude: true
            """)
        defer { folder.remove() }
        let result = try folder.records()
        #expect(result.records.map(\.article.id) == ["002_f014b13e14486edc", "002_f014b13e14486edc-2"])
        #expect(result.records.first?.article.title == "Quận Bắc Từ Liêm: Quyết tâm đưa nghị quyết vào cuộc sống")
        #expect(result.records.last?.article.title == "Hà Nội, a creative city")
        #expect(result.records.last?.article.eventDate == CalendarDate(year: 2020, month: 10, day: 1))
        let notes = result.diagnostics.filter { $0.location.file == folder.overlayPath }
        #expect(notes.map(\.severity) == [.note])
        #expect(notes.first?.location.line == 5)
    }

    @Test func anIdTheSeedDoesNotHoldIsAnError() throws {
        let folder = try SeedFolder(copying: "000", overlay: "articles:\n  000_nope:\n    title: T\n")
        defer { folder.remove() }
        let result = try folder.records()
        #expect(result.records.count == 1)
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.diagnostics.first?.location.line == 2)
        #expect(result.diagnostics.first?.message.contains("000_nope") == true)
    }

    @Test func seedsWithoutOverlaysAreUnchanged() throws {
        let folder = try SeedFolder(copying: "004", overlay: nil)
        defer { folder.remove() }
        let result = try folder.records()
        let plain = try TranslateFixtures.seedRecord("004")
        #expect(result.records.first?.article.title == plain.article.title)
        #expect(result.records.first?.officials == plain.officials)
        #expect(result.diagnostics.isEmpty)
    }

    /// The errors of decoding `yaml` as `seeds/x.yml`; fails when it decodes.
    static func errors(_ yaml: String) throws -> [Diagnostic] {
        switch loader.decode(yaml, file: "seeds/x.yml") {
        case .success(let overlay): throw TestFailure("expected errors, decoded \(String(describing: overlay))")
        case .failure(let errors): return errors.diagnostics
        }
    }
}
