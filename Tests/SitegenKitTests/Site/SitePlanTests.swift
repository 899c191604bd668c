import Testing
@testable import SitegenKit

@Suite("The page model of the seeds")
struct SitePlanTests {
    @Test func truncatedTeasersGetNoPage() throws {
        let plan = try SiteFixture.plan()
        #expect(plan.truncated.count == 1)
        #expect(plan.truncated.first?.article.title.hasPrefix("Hà Nội: Đẩy mạnh") == true)
        let truncatedIDs = Set(plan.truncated.map(\.article.id))
        #expect(plan.articles.allSatisfy { !truncatedIDs.contains($0.id) })
        #expect(plan.articles.count == 6)
        // Đào Đức Toàn is named only in the teaser: no page.
        #expect(!plan.officials.contains { $0.official.name == "Đào Đức Toàn" })
    }

    @Test func articlesAreSortedNewestFirstThenByID() throws {
        let plan = try SiteFixture.plan()
        for (earlier, later) in zip(plan.articles, plan.articles.dropFirst()) {
            #expect(!(earlier.date < later.date))
            if earlier.date == later.date { #expect(earlier.id < later.id) }
        }
    }

    @Test func placesKnowTheirParentAndChildren() throws {
        let plan = try SiteFixture.plan()
        let cauGiay = try #require(plan.unit("phuong-cau-giay"))
        #expect(cauGiay.parent == .unit("thanh-pho-ha-noi"))
        let haNoi = try #require(plan.unit("thanh-pho-ha-noi"))
        #expect(haNoi.children.contains("phuong-cau-giay"))
        #expect(haNoi.children.contains("quan-bac-tu-liem"))
        let ducThang = try #require(plan.unit("phuong-duc-thang"))
        #expect(ducThang.parent == .unit("quan-bac-tu-liem"))
        // Đà Nẵng is named as a parent but has no page: the name is kept.
        let camLe = try #require(plan.unit("phuong-cam-le"))
        #expect(camLe.parent == .name("Đà Nẵng"))
    }

    @Test func everyThemeOfTheTaxonomyHasAnEntry() throws {
        let plan = try SiteFixture.plan()
        #expect(plan.themes.count == 12)
        #expect(plan.themes.first { $0.theme.id == "digital-transformation" }?.articleIDs.isEmpty == false)
    }

    @Test func officialsKeepEveryRoleByArticle() throws {
        let plan = try SiteFixture.plan()
        let hoa = try #require(plan.officials.first { $0.official.name == "Trần Thị Phương Hoa" })
        #expect(hoa.articleIDs.count == 2)
        #expect(Set(hoa.official.roles.map(\.article)).count == 2)
        #expect(hoa.official.roles.contains { $0.role.contains("Chủ tịch HĐND") })
    }
}
