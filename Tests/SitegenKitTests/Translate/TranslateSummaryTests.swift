import Foundation
import Testing
@testable import SitegenKit

/// Fact summaries and overviews, on the real seed records and on hostile text.
@Suite struct TranslateSummaryTests {
    static let writer: SummaryWriter? = (try? TranslateFixtures.translator()).map(SummaryWriter.init(translator:))

    @Test func congressSummaryStatesTheRecordsFiguresAndDate() throws {
        let writer = try #require(Self.writer)
        let record = try TranslateFixtures.seedRecord("000")
        let en = writer.summary(of: record, in: .en)
        #expect(en.source == .facts)
        let html = Markdown.html(en.markdown)
        #expect(html.contains("The article reports on a Party congress in Cầu Giấy Ward (Hà Nội City) on 9 August 2025."))
        #expect(html.contains("250 delegates, 5,500 Party members, 6 key tasks and 3 breakthroughs"))
        #expect(html.contains("Nguyễn Trọng Đông — Vice Chair of the Hà Nội City People’s Committee"))
        #expect(html.contains("Trần Thị Phương Hoa — Secretary of the Cầu Giấy Ward Party Committee"))
        // The text said "trên 5.500"; the record holds 5500 and nothing more.
        #expect(!html.contains("more than"))
        // Figures the record does not hold are not mentioned.
        #expect(!html.contains("Executive Committee member"))
        #expect(!html.contains("Party organisation"))

        let vi = Markdown.html(writer.summary(of: record, in: .vi).markdown)
        #expect(vi.contains("Bài viết đưa tin về Đại hội Đảng bộ tại phường Cầu Giấy (thành phố Hà Nội) ngày 9/8/2025."))
        #expect(vi.contains("250 đại biểu, 5.500 đảng viên, 6 nhiệm vụ trọng tâm và 3 khâu đột phá"))
        #expect(vi.contains("Nguyễn Trọng Đông — Phó Chủ tịch UBND TP Hà Nội"))
    }

    @Test func keySentencesAreQuotedInVietnameseWithTheOutlet() throws {
        let writer = try #require(Self.writer)
        let record = try TranslateFixtures.seedRecord("000")
        let html = Markdown.html(writer.summary(of: record, in: .en).markdown)
        #expect(html.contains("Key sentences quoted in the Vietnamese original (not translated), from Kinh tế &amp; Đô thị:"))
        #expect(html.contains("<blockquote>\n<p>Kinhtedothi – Ngày 9/8, phường Cầu Giấy đã tổ chức Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030.</p>\n</blockquote>"))
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == record.keySentences.count)
    }

    @Test func conferenceSummaryGivesEventAndPublicationDatesAndTheAuthor() throws {
        let writer = try #require(Self.writer)
        let record = try TranslateFixtures.seedRecord("001")
        let en = Markdown.html(writer.factSummary(of: record, in: .en))
        #expect(en.contains("The article reports on a conference in Cầu Giấy Ward (Hà Nội) on 12 September 2025. It was published on 13 September 2025."))
        #expect(en.contains("(not translated), by Thu Trang:"))
        #expect(en.contains("Trần Thị Phương Hoa — Secretary of the Cầu Giấy Ward Party Committee; Chair of the Cầu Giấy Ward People’s Council"))
        #expect(!en.contains("Figures"))
        let vi = Markdown.html(writer.factSummary(of: record, in: .vi))
        #expect(vi.contains("ngày 12/9/2025. Bài đăng ngày 13/9/2025."))
        #expect(vi.contains("tác giả Thu Trang"))
    }

    @Test func pressConferenceIsNotTheCongressItAnnounces() throws {
        let writer = try #require(Self.writer)
        let record = try TranslateFixtures.seedRecord("002", index: 2)
        #expect(writer.event(of: record)?.en == "press conference")
        #expect(Markdown.html(writer.factSummary(of: record, in: .en)).contains("a press conference in Hà Nội City on 6 October 2020"))
    }

    @Test func withoutAnEventOrDateTheYearIsAllThatIsSaid() throws {
        let writer = try #require(Self.writer)
        let record = try TranslateFixtures.seedRecord("002")
        #expect(writer.event(of: record) == nil)
        let en = Markdown.html(writer.factSummary(of: record, in: .en))
        #expect(en.contains("The article is about Bắc Từ Liêm District (Hà Nội). The events date from 2020."))
        let vi = Markdown.html(writer.factSummary(of: record, in: .vi))
        #expect(vi.contains("Bài viết nói về quận Bắc Từ Liêm (Hà Nội). Sự kiện diễn ra năm 2020."))
    }

    /// Every number a summary states outside its quotations comes from the record: a figure, a
    /// date, a year, or a number inside a role.
    @Test func summariesInventNoNumbers() throws {
        let writer = try #require(Self.writer)
        for record in try TranslateFixtures.seedSite().records {
            var allowed: Set<String> = []
            for figure in record.figures.values.values {
                allowed.insert(FactFormat.number(figure.value, in: .en))
                allowed.insert(FactFormat.number(figure.value, in: .vi))
            }
            for date in [record.article.eventDate, record.article.published?.date].compactMap({ $0 }) {
                allowed.formUnion(["\(date.day)", "\(date.month)", "\(date.year)"])
            }
            if let year = record.article.year { allowed.insert("\(year)") }
            for theme in record.themes {
                for language in Language.allCases {
                    allowed.formUnion(Self.numbers(in: writer.translator.themeName(theme, in: language).text))
                }
            }
            for official in record.officials {
                for role in official.roles { allowed.formUnion(Self.numbers(in: role.text)) }
            }
            for language in Language.allCases {
                let markdown = writer.factSummary(of: record, in: language)
                let stated = markdown.split(separator: "\n").filter { !$0.hasPrefix(">") }
                    .flatMap { Self.numbers(in: String($0).replacingOccurrences(of: "\\", with: "")) }
                for number in stated {
                    #expect(allowed.contains(number), "\(record.article.id) \(language): \(number) is not in the record")
                }
            }
        }
    }

    @Test func numbersAndDatesPerLanguage() throws {
        #expect(FactFormat.number(5500, in: .en) == "5,500")
        #expect(FactFormat.number(5500, in: .vi) == "5.500")
        #expect(FactFormat.number(1_234_567, in: .en) == "1,234,567")
        #expect(FactFormat.number(999, in: .vi) == "999")
        #expect(FactFormat.number(0, in: .en) == "0")
        let date = try #require(CalendarDate(year: 2025, month: 8, day: 9))
        #expect(FactFormat.date(date, in: .en) == "9 August 2025")
        #expect(FactFormat.date(date, in: .vi) == "9/8/2025")
        #expect(FactFormat.longDate(date, in: .vi) == "ngày 9 tháng 8 năm 2025")
        #expect(FactFormat.list(["a", "b", "c"], in: .en) == "a, b and c")
        #expect(FactFormat.list(["a", "b"], in: .vi) == "a và b")
    }

    /// Article text cannot inject Markdown or HTML into a summary.
    @Test func extractedTextIsEscaped() throws {
        let writer = try #require(Self.writer)
        let evidence = Evidence(sentence: "[click](javascript:alert(1)) <img src=x onerror=alert(1)> **bold** <script>alert(1)</script>", line: 3)
        let article = Article(id: "evil", sourceFile: "seeds/evil.txt", line: 1, title: "# Title",
                              outlet: Outlet(name: "A & <b>B</b>"), author: "_Eve_")
        let unit = AdministrativeUnit(name: "<i>X</i>", kind: .phuong, primary: true, evidence: evidence)
        let record = ArticleRecord(article: article, units: [unit],
                                   officials: [Official(name: "<script>alert(2)</script>", roles: [RoleTitle(text: "Bí thư Đảng ủy phường *Y*", evidence: evidence)])],
                                   keySentences: [evidence, Evidence(sentence: "1. - # > not a list", line: 4)],
                                   sourceURL: "javascript:alert(3)")
        for language in Language.allCases {
            let html = Markdown.html(writer.factSummary(of: record, in: language))
            for forbidden in ["<script", "<img", "<i>", "<b>", "<strong>", "<em>", "<a ", "<h1", "<ol", "javascript:alert(3)"] {
                #expect(!html.contains(forbidden), "\(language): \(forbidden) in \(html)")
            }
            #expect(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
            #expect(html.contains("[click](javascript:alert(1))"))
            #expect(html.contains("<blockquote>\n<p>1. - # &gt; not a list</p>\n</blockquote>"))
        }
    }

    /// cmark's safe mode is the second line of defence, for the editor's own Markdown.
    @Test func editorSummaryTakesPrecedenceAndRendersSafely() throws {
        let writer = try #require(Self.writer)
        var record = try TranslateFixtures.seedRecord("000")
        record.editorSummary = [.en: "Hand **written**. <script>alert(1)</script> [x](javascript:alert(1))"]
        let en = writer.summary(of: record, in: .en)
        #expect(en.source == .editor)
        let html = Markdown.html(en.markdown)
        #expect(html.contains("<strong>written</strong>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(writer.summary(of: record, in: .vi).source == .facts)
    }

    @Test func sourceLinkOnlyForHTTP() throws {
        let writer = try #require(Self.writer)
        var record = try TranslateFixtures.seedRecord("004")
        record.sourceURL = "https://danang.gov.vn/chinh-quyen/chi-tiet?id=1&x=2"
        let html = Markdown.html(writer.factSummary(of: record, in: .en))
        #expect(html.contains("<a href=\"https://danang.gov.vn/chinh-quyen/chi-tiet?id=1&amp;x=2\">"))
        record.sourceURL = "https://example.org/a b"
        #expect(!Markdown.html(writer.factSummary(of: record, in: .en)).contains("<a "))
    }

    @Test func summariesAreDeterministic() throws {
        let writer = try #require(Self.writer)
        let other = SummaryWriter(translator: try TranslateFixtures.translator())
        for record in try TranslateFixtures.seedSite().records {
            for language in Language.allCases {
                #expect(writer.factSummary(of: record, in: language) == other.factSummary(of: record, in: language))
            }
        }
    }

    @Test func unitOverviewCountsDatesAndOfficials() throws {
        let writer = try #require(Self.writer)
        let site = try TranslateFixtures.seedSite()
        let unit = try #require(site.units.first { $0.name == "Cầu Giấy" && $0.kind == .phuong })
        let en = Markdown.html(writer.unitOverview(unit, records: site.records, in: .en))
        #expect(en.contains("Cầu Giấy Ward (Hà Nội City) is mentioned in 2 articles, from 9 August to 12 September 2025. Both are about it."))
        #expect(en.contains("Trần Thị Phương Hoa — Secretary of the Cầu Giấy Ward Party Committee; Chair of the Cầu Giấy Ward People’s Council"))
        #expect(en.contains("9 August 2025: 250 delegates, 5,500 Party members, 6 key tasks and 3 breakthroughs"))
        #expect(!en.contains("Nguyễn Trọng Đông"))
        let vi = Markdown.html(writer.unitOverview(unit, records: site.records, in: .vi))
        #expect(vi.contains("Phường Cầu Giấy (thành phố Hà Nội) được nhắc đến trong 2 bài viết, từ 9/8 đến 12/9/2025. Cả 2 bài đều viết về chính địa phương này."))
        #expect(en.contains("Themes, by number of articles: "))
        #expect(en.contains(" more.") == (Set(site.records.filter { unit.articles.contains($0.article.id) }.flatMap(\.themes)).count > SummaryWriter.overviewThemeLimit))
    }

    @Test func officialOverviewListsEveryRoleInEnglish() throws {
        let writer = try #require(Self.writer)
        let site = try TranslateFixtures.seedSite()
        let official = try #require(site.officials.first { $0.name == "Bùi Huyền Mai" })
        let en = Markdown.html(writer.officialOverview(official, records: site.records, in: .en))
        #expect(en.contains("Bùi Huyền Mai is named in 1 article, on 18 August 2025."))
        #expect(en.contains("<p>Named as:</p>"))
        #expect(en.contains("<li>Head of Working Delegation No. 14 of the Hà Nội City Party Committee</li>"))
        #expect(en.contains("<li>Member of the Standing Committee of the City Party Committee</li>"))
        let vi = Markdown.html(writer.officialOverview(official, records: site.records, in: .vi))
        #expect(vi.contains("<li>Uỷ viên Ban Thường vụ Thành uỷ</li>"))
    }

    @Test func themeOverviewNamesThePlaces() throws {
        let writer = try #require(Self.writer)
        let site = try TranslateFixtures.seedSite()
        let theme = Theme(id: "digital-transformation", nameVi: "Chuyển đổi số", nameEn: "Digital transformation")
        let count = site.records.filter { $0.themes.contains(theme.id) }.count
        let en = Markdown.html(writer.themeOverview(theme, records: site.records, in: .en))
        #expect(en.contains("Digital transformation is discussed in \(count) articles, from 25 July to 12 September 2025."))
        #expect(en.contains("The articles are about Cẩm Lệ Ward, Cầu Giấy Ward and Phương Liệt Ward."))
        let vi = Markdown.html(writer.themeOverview(theme, records: site.records, in: .vi))
        #expect(vi.contains("Chủ đề Chuyển đổi số được bàn đến trong \(count) bài viết"))
    }

    /// The runs of digits in `text`, with their group separators removed ("5.500" → "5.500").
    static func numbers(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (offset, character) in characters.enumerated() {
            if character.isNumber {
                current.append(character)
            } else if (character == "," || character == "."), !current.isEmpty, offset + 1 < characters.count,
                      characters[offset + 1].isNumber {
                current.append(character)
            } else {
                if !current.isEmpty { result.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
