import Testing
@testable import SitegenKit

@Suite("URLs of the design table")
struct RouteTests {
    @Test(arguments: [
        (Route.home, "vi/", "en/"),
        (.article("x"), "vi/bai-viet/x/", "en/articles/x/"),
        (.unitIndex, "vi/dia-phuong/", "en/places/"),
        (.unit("phuong-cau-giay"), "vi/dia-phuong/phuong-cau-giay/", "en/places/phuong-cau-giay/"),
        (.officialIndex, "vi/can-bo/", "en/officials/"),
        (.official("a-b"), "vi/can-bo/a-b/", "en/officials/a-b/"),
        (.themeIndex, "vi/chu-de/", "en/themes/"),
        (.theme("culture"), "vi/chu-de/culture/", "en/themes/culture/"),
        (.articleArchive(ArchivePeriod(year: 2025, month: 8)), "vi/bai-viet/2025-08/", "en/articles/2025-08/"),
        (.landing, "", ""),
    ])
    func paths(route: Route, vi: String, en: String) {
        #expect(route.path(in: .vi) == vi)
        #expect(route.path(in: .en) == en)
        #expect(route.file(in: .en) == en + "index.html")
    }

    @Test func relativeLinksClimbToTheRoot() {
        #expect(RelativeLink.from("index.html", to: "vi/index.html") == "vi/index.html")
        #expect(RelativeLink.from("vi/bai-viet/x/index.html", to: "assets/site.css") == "../../../assets/site.css")
        #expect(RelativeLink.root(from: "index.html") == "./")
        #expect(RelativeLink.root(from: "en/index.html") == "../")
    }

    @Test func archivePeriodsSortNewestFirst() {
        let periods = [ArchivePeriod(year: 2020, month: nil), ArchivePeriod(year: 2025, month: 7), ArchivePeriod(year: 2025, month: 9)]
        #expect(periods.sorted().map(\.pathComponent) == ["2025-09", "2025-07", "2020"])
    }
}
