import Foundation
import Testing
@testable import SitegenKit

/// The overview paragraphs at the top of place, official and theme pages built from the seeds:
/// rendered through cmark, labelled as generated, and in English with no Vietnamese but names.
@Suite("Overviews of places, officials and themes")
struct EntityOverviewTests {
    let files: [String: String]
    let plan: SitePlan

    init() throws {
        files = SiteFixture.texts(try SiteFixture.build())
        plan = try SiteFixture.plan()
    }

    /// The overview section of a page, or nil.
    static func overview(_ html: String) -> String? {
        guard let start = html.range(of: "<section class=\"overview\""),
              let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    var entityRoutes: [Route] {
        plan.units.map { .unit($0.slug) } + plan.officials.map { .official($0.slug) }
            + plan.themes.filter { !$0.articleIDs.isEmpty }.map { .theme($0.theme.id) }
    }

    @Test func everyPlaceOfficialAndThemePageOpensWithItsOverviewInBothLanguages() throws {
        for route in entityRoutes {
            for language in Language.allCases {
                let path = route.file(in: language)
                let html = try #require(files[path], "missing \(path)")
                let overview = try #require(Self.overview(html), "\(path) has no overview")
                let label = language == .en ? "Overview generated from the extracted facts" : "Tổng quan tạo tự động từ dữ kiện trích xuất"
                #expect(overview.contains("<p class=\"summary-kind summary-kind-facts\">\(label)</p>"), "\(path)")
                #expect(overview.contains("<div class=\"prose\">\n<p>"), "\(path): the overview is not cmark's HTML")
                // It comes before the lists of the page.
                let overviewStart = try #require(html.range(of: "<section class=\"overview\""))
                #expect(html.range(of: "class=\"article-list\"").map { overviewStart.lowerBound < $0.lowerBound } ?? true, "\(path)")
            }
        }
        // A theme no article discusses says so in one sentence, with no overview.
        for theme in plan.themes where theme.articleIDs.isEmpty {
            let html = try #require(files[Route.theme(theme.theme.id).file(in: .en)])
            #expect(Self.overview(html) == nil)
            #expect(html.contains("<p class=\"lede\">No article discusses"))
        }
    }

    @Test func overviewsNameTheRolesArticlesAndPlaces() throws {
        let place = try #require(files["en/places/phuong-cau-giay/index.html"].flatMap(Self.overview))
        #expect(place.contains("Cầu Giấy Ward (Hà Nội City) is mentioned in 2 articles, from 9 August to 12 September 2025. Both are about it."))
        #expect(place.contains("<li>Trần Thị Phương Hoa — Secretary of the Cầu Giấy Ward Party Committee; Chair of the Cầu Giấy Ward People’s Council</li>"))
        #expect(place.contains("<li>9 August 2025: 250 delegates, 5,500 Party members, 6 key tasks and 3 breakthroughs</li>"))
        let placeVi = try #require(files["vi/dia-phuong/phuong-cau-giay/index.html"].flatMap(Self.overview))
        #expect(placeVi.contains("<p>Phường Cầu Giấy (thành phố Hà Nội) được nhắc đến trong 2 bài viết"))
        #expect(placeVi.contains("<li>9/8/2025: 250 đại biểu, 5.500 đảng viên"))
        let official = try #require(files["en/officials/tran-thi-phuong-hoa/index.html"].flatMap(Self.overview))
        #expect(official.contains("Trần Thị Phương Hoa is named in 2 articles, from 9 August to 12 September 2025."))
        #expect(official.contains("<li>Secretary of the Cầu Giấy Ward Party Committee</li>"))
        #expect(official.contains("<li>Chair of the Cầu Giấy Ward People’s Council</li>"))
        let officialVi = try #require(files["vi/can-bo/tran-thi-phuong-hoa/index.html"].flatMap(Self.overview))
        #expect(officialVi.contains("<li>Chủ tịch HĐND phường Cầu Giấy</li>"))
        let theme = try #require(files["en/themes/digital-transformation/index.html"].flatMap(Self.overview))
        let count = try #require(plan.theme("digital-transformation")).articleIDs.count
        #expect(theme.contains("<p>Digital transformation is discussed in \(count) articles"))
        #expect(theme.contains("Cầu Giấy Ward"))
        let themeVi = try #require(files["vi/chu-de/digital-transformation/index.html"].flatMap(Self.overview))
        #expect(themeVi.contains("<p>Chủ đề Chuyển đổi số được bàn đến trong \(count) bài viết"))
    }

    /// English overviews keep Vietnamese only in proper names: every character left once the
    /// names of places and people are removed is ASCII or typographic punctuation.
    @Test func englishOverviewsCarryNoVietnameseButNames() throws {
        var names = plan.units.map(\.unit.name) + plan.officials.map(\.official.name)
        names += plan.units.compactMap(\.unit.parent)
        names.sort { $0.count > $1.count }  // longest first, so a name inside another goes last
        for route in entityRoutes {
            let path = route.file(in: .en)
            var text = try #require(files[path].flatMap(Self.overview), "\(path)")
            for name in names { text = text.replacingOccurrences(of: name, with: "") }
            let foreign = text.unicodeScalars.filter { !$0.isASCII && !"’‘“”—–…".unicodeScalars.contains($0) }
            #expect(foreign.isEmpty, "\(path): \(String(String.UnicodeScalarView(foreign)))")
        }
    }
}
