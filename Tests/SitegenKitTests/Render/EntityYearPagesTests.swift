import Foundation
import Testing
@testable import SitegenKit

/// Long lists split by year (DESIGN.md, "URLs"), on a synthetic corpus written into a temporary
/// folder: a ward, its chair and a theme with more articles than `SitePlan.yearSplitThreshold`
/// get one sub-page per year; a quiet ward keeps every article on its page.
@Suite("Busy places, officials and themes split by year")
struct EntityYearPagesTests {
    let corpus = SyntheticCorpus()
    let files: [String: String]
    let baseURL = "https://digest.example.org/"

    init() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let outcome = try corpus.build(workspace: workspace)
        files = SiteFixture.texts(outcome.files)
    }

    static let busy: [(vi: String, en: String)] = [
        ("vi/dia-phuong/phuong-tan-an/", "en/places/phuong-tan-an/"),
        ("vi/can-bo/le-van-binh/", "en/officials/le-van-binh/"),
        ("vi/chu-de/digital-transformation/", "en/themes/digital-transformation/"),
    ]
    static let years: [(vi: String, en: String)] = [("2025", "2025"), ("2024", "2024"), ("khong-ro-nam", "undated")]

    @Test func theCorpusIsBigEnoughToSplit() {
        #expect(corpus.busyCount > SitePlan.yearSplitThreshold)
        #expect(corpus.quiet <= SitePlan.yearSplitThreshold)
    }

    @Test func busyEntitiesHaveOneSubPagePerYearInBothLanguages() throws {
        for entity in Self.busy {
            for year in Self.years {
                #expect(files[entity.vi + year.vi + "/index.html"] != nil, "missing \(entity.vi + year.vi)")
                #expect(files[entity.en + year.en + "/index.html"] != nil, "missing \(entity.en + year.en)")
            }
            #expect(files[entity.vi + "2023/index.html"] == nil)
        }
        // The quiet ward and its chair keep every article on their page, with no sub-page.
        #expect(!files.keys.contains { $0.hasPrefix("vi/dia-phuong/phuong-hoa-binh/") && $0 != "vi/dia-phuong/phuong-hoa-binh/index.html" })
        #expect(!files.keys.contains { $0.hasPrefix("en/officials/pham-thi-thu/") && $0 != "en/officials/pham-thi-thu/index.html" })
    }

    @Test func yearPagesListTheirYearsArticlesOnly() throws {
        let year2024 = try #require(files["en/places/phuong-tan-an/2024/index.html"])
        #expect(Self.articleCount(year2024) == corpus.in2024)
        #expect(Self.datetimes(year2024).allSatisfy { $0.hasPrefix("2024-") })
        #expect(year2024.contains("<h1>Tân An Ward, 2024</h1>"))
        let year2025 = try #require(files["vi/dia-phuong/phuong-tan-an/2025/index.html"])
        #expect(Self.articleCount(year2025) == corpus.in2025)
        #expect(year2025.contains("<h1>Phường Tân An, năm 2025</h1>"))
        let undated = try #require(files["en/themes/digital-transformation/undated/index.html"])
        #expect(Self.articleCount(undated) == corpus.undated)
        #expect(undated.contains("<h1>Digital transformation, year unknown</h1>"))
        // The official's year page carries the roles of that year in its table.
        let official = try #require(files["en/officials/le-van-binh/2024/index.html"])
        #expect(official.components(separatedBy: "<tr><td>").count - 1 == corpus.in2024)
        #expect(official.contains("<td>Chair of the Tân An Ward People&#39;s Committee</td>"))
    }

    @Test func mainPagesShowOverviewLatestArticlesAndLinkEveryYear() throws {
        for entity in Self.busy {
            for (language, path) in [("vi", entity.vi), ("en", entity.en)] {
                let file = path + "index.html"
                let html = try #require(files[file])
                #expect(html.contains("class=\"overview\""), "\(file)")
                #expect(Self.articleCount(html) == SitePlan.latestOnSplitPage, "\(file)")
                let targets = Set(HTMLInspector.values(of: "href", in: html).compactMap { HTMLInspector.resolve($0, from: file) })
                for year in Self.years {
                    let yearFile = path + (language == "vi" ? year.vi : year.en) + "/index.html"
                    #expect(targets.contains(yearFile), "\(file) does not link \(yearFile)")
                    // And back: every year page links its entity's page.
                    let yearHTML = try #require(files[yearFile])
                    let back = Set(HTMLInspector.values(of: "href", in: yearHTML).compactMap { HTMLInspector.resolve($0, from: yearFile) })
                    #expect(back.contains(file), "\(yearFile) does not link \(file)")
                }
            }
        }
        let place = try #require(files["en/places/phuong-tan-an/index.html"])
        #expect(place.contains("Tân An Ward is mentioned in \(corpus.busyCount) articles"))
        #expect(place.contains("Lê Văn Bình — Chair of the Tân An Ward People’s Committee"))
        #expect(place.contains("Overview generated from the extracted facts"))
        #expect(place.contains("<a href=\"../../../en/places/phuong-tan-an/2024/index.html\">2024</a> <span class=\"note\">\(corpus.in2024) articles</span>"))
        let official = try #require(files["vi/can-bo/le-van-binh/index.html"])
        #expect(official.contains("Lê Văn Bình được nêu tên trong \(corpus.busyCount) bài viết"))
        #expect(official.contains("<li>Chủ tịch UBND phường Tân An</li>"))
        // The split official's table lists the roles of the latest articles only.
        #expect(official.components(separatedBy: "<tr><td>").count - 1 == SitePlan.latestOnSplitPage)
        let theme = try #require(files["en/themes/digital-transformation/index.html"])
        #expect(theme.contains("Digital transformation is discussed in \(corpus.busyCount + corpus.quiet) articles"))
        #expect(theme.contains("The articles are about Tân An Ward and Hòa Bình Ward."))
    }

    @Test func smallEntitiesKeepEveryArticleByYearOnTheirPage() throws {
        let html = try #require(files["en/places/phuong-hoa-binh/index.html"])
        #expect(Self.articleCount(html) == corpus.quiet)
        #expect(html.contains("<h3 class=\"group-heading\">2025</h3>"))
        #expect(!html.contains("Articles by year"))
        #expect(html.contains("Hòa Bình Ward is mentioned in 3 articles, from 1 June to 3 June 2025. All 3 are about it."))
    }

    @Test func yearPagesHaveReciprocalHreflangSwitcherAndSitemapEntries() throws {
        let sitemap = try #require(files["sitemap.xml"])
        for entity in Self.busy {
            for year in Self.years {
                let vi = entity.vi + year.vi + "/", en = entity.en + year.en + "/"
                let viHTML = try #require(files[vi + "index.html"]), enHTML = try #require(files[en + "index.html"])
                let expected = ["vi": baseURL + vi, "en": baseURL + en, "x-default": baseURL + en]
                #expect(HTMLInspector.alternates(in: viHTML) == expected, "\(vi)")
                #expect(HTMLInspector.alternates(in: enHTML) == expected, "\(en)")
                #expect(HTMLInspector.canonical(in: viHTML) == baseURL + vi)
                #expect(viHTML.contains("class=\"lang-switch\" href=\"../../../../\(en)index.html\""), "\(vi)")
                #expect(enHTML.contains("class=\"lang-switch\" href=\"../../../../\(vi)index.html\""), "\(en)")
                #expect(sitemap.contains("<loc>\(baseURL + vi)</loc>") && sitemap.contains("<loc>\(baseURL + en)</loc>"))
            }
        }
    }

    @Test func everyInternalLinkOfTheSplitSiteResolves() throws {
        for (path, html) in files where path.hasSuffix(".html") {
            for link in HTMLInspector.values(of: "href", in: html) where !link.hasPrefix("http") && !link.hasPrefix("data:") {
                let target = try #require(HTMLInspector.resolve(link, from: path), "\(path): \(link) leaves the site")
                #expect(files[target] != nil, "\(path): \(link) → \(target) does not exist")
            }
        }
    }

    @Test func oneNewArticleChangesOneYearPage() throws {
        var bigger = corpus
        bigger.in2024 += 1
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let after = SiteFixture.texts(try bigger.build(workspace: workspace).files)
        for entity in Self.busy {
            for year in Self.years {
                for path in [entity.vi + year.vi + "/index.html", entity.en + year.en + "/index.html"] {
                    if year.vi == "2024" {
                        #expect(after[path] != files[path], "\(path) should show the new article")
                    } else {
                        #expect(after[path] == files[path], "\(path) changed for an article of another year")
                    }
                }
            }
        }
    }

    /// How many article items a page lists.
    static func articleCount(_ html: String) -> Int { html.components(separatedBy: "<li class=\"article-item\">").count - 1 }

    /// The `datetime` values of the article items of a page.
    static func datetimes(_ html: String) -> [String] {
        html.components(separatedBy: "<li class=\"article-item\">").dropFirst().compactMap { item in
            item.components(separatedBy: "datetime=\"").dropFirst().first.map { String($0.prefix { $0 != "\"" }) }
        }
    }
}
