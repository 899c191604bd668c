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

/// The plan made on several threads is the plan made on one, and its theme lists are the plain
/// filter of the articles.
@Suite struct ParallelPlanTests {
    static func site() throws -> (site: ResolvedSite, themes: [Theme]) {
        let lexicon = try TestSupport.lexicon()
        let site = try ExtractionPipeline(lexicon: lexicon, jobs: 2).run(files: TestSupport.seedFiles())
        return (site, lexicon.themes.map(\.theme))
    }

    @Test(arguments: [2, 3, 8])
    func manyJobsPlanAsOne(jobs: Int) throws {
        let (site, themes) = try Self.site()
        // Also with an empty lock (every slug made from its title) and a threshold low enough
        // to split lists by year.
        for (lock, threshold) in [(SlugLock(), 1), (SlugLock(), SitePlan.yearSplitThreshold)] {
            let one = SitePlan(site: site, themes: themes, lock: lock, splitAbove: threshold, jobs: 1)
            let many = SitePlan(site: site, themes: themes, lock: lock, splitAbove: threshold, jobs: jobs)
            #expect(many.articles == one.articles)
            #expect(many.truncated == one.truncated)
            #expect(many.units == one.units)
            #expect(many.officials == one.officials)
            #expect(many.themes == one.themes)
            #expect(many.periods == one.periods)
            #expect(many.lock.text == one.lock.text)
            #expect(many.diagnostics == one.diagnostics)
            #expect(many.routes == one.routes)
            for article in one.articles {
                #expect(many.articleWithSlug(article.slug) == article)
                #expect(many.officials(inArticle: article.id) == one.officials(inArticle: article.id))
            }
            for period in one.periods { #expect(many.articles(in: period) == one.articles(in: period)) }
            for unit in one.units { #expect(many.unit(for: AdministrativeUnit(name: unit.unit.name, kind: unit.unit.kind, evidence: Evidence(sentence: "", line: 1))) == unit) }
            for official in one.officials { #expect(many.officialWithSlug(official.slug) == official) }
        }
    }

    @Test func themeListsAreThePlainFilterOfTheArticles() throws {
        let (site, themes) = try Self.site()
        let plan = SitePlan(site: site, themes: themes, lock: SlugLock(), jobs: 2)
        #expect(plan.themes.map(\.theme) == themes)
        for entry in plan.themes {
            #expect(entry.articleIDs == plan.articles.filter { $0.record.themes.contains(entry.theme.id) }.map(\.id))
        }
        #expect(plan.themes.contains { !$0.articleIDs.isEmpty })
    }

    /// Slugs made on several threads, with titles that collide and a lock that holds some.
    @Test func slugsMadeOnManyThreadsAreTheSame() throws {
        let (site, _) = try Self.site()
        var articles = site.records.map(\.article)
        for (index, title) in ["Đại hội", "Đại hội", "Đại Hội", "2025", "", "Tiêu đề cũ"].enumerated() {
            var article = try #require(articles.first)
            article.id = "extra-\(index)"
            article.title = title
            articles.append(article)
        }
        var lock = SlugLock()
        lock.articles["extra-5"] = "dai-hoi"
        let one = ArticleSlugAssigner().assign(articles, lock: lock, jobs: 1)
        for jobs in [2, 5] {
            let many = ArticleSlugAssigner().assign(articles.reversed(), lock: lock, jobs: jobs)
            #expect(many.slugs == one.slugs)
            #expect(many.lock.text == one.lock.text)
            #expect(many.diagnostics == one.diagnostics)
        }
    }
}
