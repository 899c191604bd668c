import Foundation
import Testing
@testable import SitegenKit

/// The extraction of the five real seeds, held to the gold records of spec/gold-seeds.json
/// (copied to Tests/Fixtures). The thresholds are the ones the extraction issue sets.
@Suite struct GoldSeedsTests {
    struct GoldFile: Decodable { var articles: [GoldArticle] }
    struct GoldArticle: Decodable {
        var source_file: String
        var title: String
        var outlet: String?
        var author: String?
        var published: String?
        var event_date: String?
        var year: Int?
        var truncated: Bool
        var units: [GoldUnit]
        var not_units: [String]
        var officials: [GoldOfficial]
        var not_officials: [String]
        var figures: [String: Int?]
        var themes: [String]
    }
    struct GoldUnit: Decodable { var name: String; var kind: String; var parent: String?; var primary: Bool }
    struct GoldOfficial: Decodable { var name: String; var roles: [String] }

    static func gold() throws -> [GoldArticle] {
        let data = try Data(contentsOf: TestSupport.fixtures.appendingPathComponent("gold-seeds.json"))
        return try JSONDecoder().decode(GoldFile.self, from: data).articles
    }

    static func site() throws -> ResolvedSite {
        try ExtractionPipeline(lexicon: TestSupport.lexicon(), jobs: 2).run(files: TestSupport.seedFiles())
    }

    /// Pairs each gold record with the extracted one, failing if the articles found differ.
    static func pairs() throws -> [(GoldArticle, ArticleRecord)] {
        let gold = try gold()
        let records = try site().records
        let expected = gold.map { "\($0.source_file): \($0.title.vietnameseKey)" }
        let found = records.map { "\(($0.article.sourceFile as NSString).lastPathComponent): \($0.article.title.vietnameseKey)" }
        #expect(found == expected, "the articles found, in file order")
        return Array(zip(gold, records))
    }

    @Test func everyArticleIsFoundInFileOrder() throws {
        #expect(try Self.pairs().count == 7)
    }

    @Test func titlesDatesBylinesAndTruncationAreExact() throws {
        for (gold, record) in try Self.pairs() {
            let article = record.article
            let name = gold.source_file
            #expect(article.title.vietnameseKey == gold.title.vietnameseKey, "\(name) title")
            #expect(article.eventDate?.description == gold.event_date, "\(name) event date")
            #expect(article.published?.date.description == gold.published, "\(name) published")
            #expect(article.author?.vietnameseKey == gold.author?.vietnameseKey, "\(name) author")
            #expect(article.outlet?.name == gold.outlet, "\(name) outlet")
            #expect(article.truncated == gold.truncated, "\(name) truncated")
            if let year = gold.year { #expect(article.year == year, "\(name) year") }
        }
    }

    @Test func primaryPlaceIsExact() throws {
        for (gold, record) in try Self.pairs() {
            let expected = try #require(gold.units.first { $0.primary })
            let primary = try #require(record.primaryUnit, "\(gold.source_file) has a primary unit")
            #expect(primary.name.vietnameseKey == expected.name.vietnameseKey, "\(gold.source_file) primary name")
            #expect(primary.kind.rawValue == expected.kind, "\(gold.source_file) primary kind")
            #expect(primary.parent?.vietnameseKey == expected.parent?.vietnameseKey, "\(gold.source_file) primary parent")
        }
    }

    @Test func everyGoldUnitIsFoundWithItsKindAndParent() throws {
        for (gold, record) in try Self.pairs() {
            for unit in gold.units {
                let found = record.units.first { $0.name.vietnameseKey == unit.name.vietnameseKey && $0.kind.rawValue == unit.kind }
                #expect(found != nil, "\(gold.source_file): \(unit.kind) \(unit.name)")
                #expect(found?.parent?.vietnameseKey == unit.parent?.vietnameseKey, "\(gold.source_file): parent of \(unit.name)")
            }
            for name in gold.not_units {
                #expect(!record.units.contains { $0.name.vietnameseKey == name.vietnameseKey }, "\(name) is not a unit of \(gold.source_file)")
            }
        }
    }

    @Test func theSetOfOfficialsIsExact() throws {
        for (gold, record) in try Self.pairs() {
            let expected = Set(gold.officials.map(\.name.vietnameseKey))
            let found = Set(record.officials.map(\.key))
            #expect(found == expected, "\(gold.source_file) officials")
            for name in gold.not_officials {
                #expect(!found.contains(name.vietnameseKey), "\(name) is not an official")
            }
        }
    }

    @Test func atLeastNinetyPercentOfGoldRolesAreFound() throws {
        var total = 0
        var found = 0
        var missing: [String] = []
        for (gold, record) in try Self.pairs() {
            for official in gold.officials {
                let roles = Set(record.officials.first { $0.key == official.name.vietnameseKey }?.roles.map(\.key) ?? [])
                for role in official.roles {
                    total += 1
                    if roles.contains(role.vietnameseKey) { found += 1 } else { missing.append("\(official.name): \(role)") }
                }
            }
        }
        #expect(total == 22)
        #expect(Double(found) / Double(total) >= 0.9, "missing roles: \(missing)")
    }

    @Test func everyFigureIsExact() throws {
        for (gold, record) in try Self.pairs() {
            for kind in KeyFigures.Kind.allCases {
                let expected = gold.figures[kind.rawValue] ?? nil
                #expect(record.figures[kind]?.value == expected, "\(gold.source_file) \(kind.rawValue)")
            }
        }
    }

    @Test func themesReachAnF1OfAtLeastPointEight() throws {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        for (gold, record) in try Self.pairs() {
            let expected = Set(gold.themes), found = Set(record.themes)
            truePositives += expected.intersection(found).count
            falsePositives += found.subtracting(expected).count
            falseNegatives += expected.subtracting(found).count
        }
        let precision = Double(truePositives) / Double(truePositives + falsePositives)
        let recall = Double(truePositives) / Double(truePositives + falseNegatives)
        let f1 = 2 * precision * recall / (precision + recall)
        #expect(f1 >= 0.8, "theme F1 \(f1) (precision \(precision), recall \(recall))")
    }

    @Test func everyFactKeepsTheSentenceItCameFrom() throws {
        for (_, record) in try Self.pairs() {
            let text = ([record.article.title] + record.article.blocks.map(\.text)).joined(separator: "\n")
            for official in record.officials {
                for role in official.roles {
                    #expect(text.contains(role.evidence.sentence.trimmed.prefix(40)), "evidence of \(role.text)")
                    #expect(role.evidence.sentence.vietnameseKey.contains(official.name.vietnameseKey)
                            || role.evidence.sentence.vietnameseKey.contains(official.name.vietnameseKey.split(separator: " ").last ?? ""))
                }
            }
            for figure in record.figures.values.values {
                #expect(figure.evidence.sentence.contains(String(figure.value)) || figure.evidence.sentence.contains(".")
                        , "figure \(figure.value) in \(figure.evidence.sentence)")
            }
        }
    }

    @Test func theTeaserIsReportedAndRecordedAsTruncated() throws {
        let site = try Self.site()
        let teasers = site.records.filter(\.article.truncated)
        #expect(teasers.count == 1)
        #expect(site.diagnostics.contains { $0.message.contains("teaser") && $0.location.file.hasSuffix("002_f014b13e14486edc.txt") })
    }

    @Test func pageFurnitureNeverReachesArticleText() throws {
        let furniture = [
            "80 năm cách mạng tháng 8", "Logo", "Đăng nhập", "Dòng sự kiện", "Đọc nhiều", "HỎI ĐÁP THÔNG MINH",
            "CẢM NHẬN CỦA BẠN", "Rất hay", "Cần cải thiện", "BÌNH LUẬN", "Đừng bỏ lỡ", "Bát Tràng", "09 Aug",
            "Tin mới", "Tin Tài Trợ", "Video đang HOT", "h1.jpg", "h2.jpg", "Phường Cầu Giấy ra quân tổng vệ sinh môi trường",
        ]
        for record in try Self.site().records {
            let text = ([record.article.title] + record.article.blocks.map(\.text)).joined(separator: "\n")
            for phrase in furniture {
                #expect(!text.contains(phrase), "\(phrase) in \(record.article.id)")
            }
        }
    }

    @Test func repeatedTextAppearsOnce() throws {
        let records = try Self.site().records
        func count(_ phrase: String, in record: ArticleRecord) -> Int {
            record.article.blocks.filter { $0.text.contains(phrase) }.count
        }
        let cauGiay = try #require(records.first { $0.article.id == "001_00497ee8fa180093" })
        #expect(count("Đây là nền tảng để phường Cầu Giấy", in: cauGiay) == 1)
        #expect(!cauGiay.article.blocks.contains { $0.text == "Thu Trang" }, "the closing byline is not text")
        let creative = try #require(records.first { $0.article.title.hasPrefix("Hà Nội - Thành phố sáng tạo") })
        #expect(count("Một trong những định hướng lớn phát triển Thủ đô", in: creative) == 1)
        let phuongLiet = try #require(records.first { $0.article.id == "003_8bfc1794bf757485" })
        #expect(count("Phường Phương Liệt quyết tâm tạo đột phá trong quản lý đô thị", in: phuongLiet) == 0,
                "the title repeated as image text is not body text")
    }

    @Test func oneOfficialAcrossArticlesHasEveryRole() throws {
        let site = try Self.site()
        let hoa = site.officials.filter { $0.name.vietnameseKey == "Trần Thị Phương Hoa".vietnameseKey }
        #expect(hoa.count == 1)
        let roles = Set(hoa.first?.distinctRoles.map(\.vietnameseKey) ?? [])
        #expect(roles == Set(["Bí thư Đảng ủy phường Cầu Giấy", "Chủ tịch HĐND phường Cầu Giấy"].map(\.vietnameseKey)))
        #expect(Set(hoa.first?.roles.map(\.article) ?? []) == ["000_30e825224153fafb", "001_00497ee8fa180093"])
        let cauGiay = site.units.filter { $0.kind == .phuong && $0.name == "Cầu Giấy" }
        #expect(cauGiay.count == 1)
        #expect(cauGiay.first?.slug == "phuong-cau-giay")
    }
}
