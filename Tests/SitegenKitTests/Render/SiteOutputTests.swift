import Foundation
import Testing
@testable import SitegenKit

/// The whole site built from the real seeds, checked page by page.
@Suite("The site built from the seeds")
struct SiteOutputTests {
    let files: [String: String]
    let plan: SitePlan
    let baseURL = "https://digest.example.org/"

    init() throws {
        files = SiteFixture.texts(try SiteFixture.build())
        plan = try SiteFixture.plan()
    }

    var pages: [String] { files.keys.filter { $0.hasSuffix(".html") }.sorted() }

    @Test func everyExpectedPageExistsInBothLanguages() throws {
        var expected = ["index.html", "404.html", "sitemap.xml", "robots.txt", "vi/feed.xml", "en/feed.xml",
                        "vi/search-index.js", "en/search-index.js", "assets/site.css", "assets/search.js",
                        "data/articles.json", "data/units.json", "data/officials.json", "data/themes.json"]
        var routes: [Route] = [.home, .articleIndex, .unitIndex, .officialIndex, .themeIndex, .search]
        routes += plan.articles.map { .article($0.slug) } + plan.units.map { .unit($0.slug) }
        routes += plan.officials.map { .official($0.slug) } + plan.themes.map { .theme($0.theme.id) }
        routes += plan.periods.map(Route.articleArchive)
        for route in routes { expected += Language.allCases.map { route.file(in: $0) } }
        for path in expected { #expect(files[path] != nil, "missing \(path)") }
        // The seeds' known pages, spelled out.
        for path in ["vi/dia-phuong/phuong-cau-giay/index.html", "en/places/phuong-cau-giay/index.html",
                     "vi/can-bo/tran-thi-phuong-hoa/index.html", "en/officials/tran-thi-phuong-hoa/index.html",
                     "vi/chu-de/digital-transformation/index.html", "en/themes/digital-transformation/index.html",
                     "vi/bai-viet/2025-08/index.html", "en/articles/2025-08/index.html"] {
            #expect(files[path] != nil, "missing \(path)")
        }
        #expect(plan.articles.count == 6 && plan.units.count >= 10 && plan.officials.count >= 10)
        // No page for the truncated teaser, in either language.
        let teaserSlug = ArticleSlugAssigner().baseSlug(for: plan.truncated.first?.article.title ?? "")
        #expect(!files.keys.contains { $0.contains(teaserSlug) })
    }

    @Test func everyPageHasItsLanguageCanonicalAndSwitcher() throws {
        for path in pages where path != "404.html" {
            let html = try #require(files[path])
            let language = path.hasPrefix("en/") ? "en" : "vi"
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language)\">"), "\(path)")
            let canonical = try #require(HTMLInspector.canonical(in: html), "\(path) has no canonical")
            let expected = baseURL + (path == "index.html" ? "" : String(path.dropLast("index.html".count)))
            #expect(canonical == expected, "\(path)")
            #expect(html.components(separatedBy: "rel=\"canonical\"").count == 2, "\(path): one canonical")
            if path != "index.html" {
                let other = language == "vi" ? "en" : "vi"
                #expect(html.contains("class=\"lang-switch\" href=\""), "\(path)")
                let switches = html.components(separatedBy: "class=\"lang-switch\" href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
                let target = try #require(switches.first.flatMap { HTMLInspector.resolve(String($0), from: path) })
                #expect(target.hasPrefix(other + "/"), "\(path) switches to \(target)")
                let otherHTML = try #require(files[target], "\(path) switches to a missing page")
                #expect(HTMLInspector.alternates(in: otherHTML) == HTMLInspector.alternates(in: html), "\(path) ↔ \(target)")
            }
        }
    }

    @Test func hreflangAlternatesAreReciprocal() throws {
        for path in pages where path != "404.html" {
            let html = try #require(files[path])
            let alternates = HTMLInspector.alternates(in: html)
            #expect(Set(alternates.keys) == ["vi", "en", "x-default"], "\(path)")
            let own = try #require(HTMLInspector.canonical(in: html))
            #expect(alternates.values.contains(own), "\(path) does not list itself")
            for (_, url) in alternates {
                #expect(url.hasPrefix(baseURL))
                let target = String(url.dropFirst(baseURL.count)) + "index.html"
                let other = try #require(files[target], "\(path) names a missing alternate \(url)")
                #expect(HTMLInspector.alternates(in: other) == alternates, "\(path) ↔ \(target) not reciprocal")
            }
        }
    }

    @Test func everyInternalLinkAndAssetResolves() throws {
        var checked = 0
        for path in pages {
            let html = try #require(files[path])
            for attribute in ["href", "src", "action"] {
                for link in HTMLInspector.values(of: attribute, in: html) {
                    if link.hasPrefix(baseURL) {
                        let target = String(link.dropFirst(baseURL.count))
                        let file = target.isEmpty || target.hasSuffix("/") ? target + "index.html" : target
                        #expect(files[file] != nil, "\(path): \(link) is not in the output")
                        continue
                    }
                    if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") || link.hasPrefix("data:") { continue }
                    #expect(!link.hasPrefix("/"), "\(path): \(link) is root-relative, which breaks under a sub-path")
                    let target = try #require(HTMLInspector.resolve(link, from: path), "\(path): \(link) leaves the site")
                    #expect(files[target] != nil, "\(path): \(link) → \(target) does not exist")
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
    }

    @Test func officialPagesListEveryRoleByArticleAndDate() throws {
        let vi = try #require(files["vi/can-bo/tran-thi-phuong-hoa/index.html"])
        #expect(vi.contains("<h1>Trần Thị Phương Hoa</h1>"))
        #expect(vi.contains("Bí thư Đảng ủy phường Cầu Giấy") || vi.contains("Bí thư Đảng uỷ phường Cầu Giấy"))
        #expect(vi.contains("Chủ tịch HĐND phường Cầu Giấy"))
        #expect(vi.contains("<time datetime=\"2025-08-09\">9/8/2025</time>"))
        #expect(vi.contains("<time datetime=\"2025-09-13\">13/9/2025</time>"))
        let en = try #require(files["en/officials/tran-thi-phuong-hoa/index.html"])
        #expect(en.contains("<time datetime=\"2025-08-09\">9 August 2025</time>"))
        #expect(en.contains("Secretary"))
        let rows = en.components(separatedBy: "<tr><td>").count - 1
        #expect(rows == 3)  // one role in the first article, two in the second
    }

    @Test func articlePagesShowFiguresPlacesOfficialsThemesAndTheKindOfSummary() throws {
        let entry = try #require(plan.articles.first { $0.id == "000_30e825224153fafb" })
        let vi = try #require(files[Route.article(entry.slug).file(in: .vi)])
        #expect(vi.contains("<h1>Phường Cầu Giấy: tập trung xây dựng chính quyền số, kinh tế số và xã hội số</h1>"))
        #expect(vi.contains("<dt>Đại biểu dự đại hội</dt><dd>250</dd>"))
        #expect(vi.contains("<dt>Đảng viên</dt><dd>5.500</dd>"))
        #expect(vi.contains(">Nguyễn Trọng Đông</a>"))
        #expect(vi.contains(">Chuyển đổi số</a>"))
        #expect(vi.contains("summary-kind-facts"))
        let en = try #require(files[Route.article(entry.slug).file(in: .en)])
        #expect(en.contains("<dt>Congress delegates</dt><dd>250</dd>"))
        #expect(en.contains("<dt>Party members</dt><dd>5,500</dd>"))
        #expect(en.contains(">Cầu Giấy Ward</a>"))
        #expect(en.contains(">Digital transformation</a>"))
        #expect(en.contains("Summary generated from the extracted facts"))
        #expect(en.contains("<span lang=\"vi\">Phường Cầu Giấy: tập trung"))
        // The key sentences quoted in the English summary are the Vietnamese originals.
        #expect(en.contains("<blockquote lang=\"vi\">"))
        #expect(!en.contains("<blockquote>"))
        #expect(!vi.contains("<blockquote lang="))
    }

    @Test func placePagesShowParentChildrenAndCharts() throws {
        let cauGiay = try #require(files["en/places/phuong-cau-giay/index.html"])
        #expect(cauGiay.contains("Part of: <a href=\"../../../en/places/thanh-pho-ha-noi/index.html\">Hà Nội City</a>"))
        #expect(cauGiay.contains("<svg class=\"chart\""))
        let haNoi = try #require(files["vi/dia-phuong/thanh-pho-ha-noi/index.html"])
        #expect(haNoi.contains(">Phường Cầu Giấy</a>"))
        #expect(haNoi.contains(">Quận Bắc Từ Liêm</a>"))
        let index = try #require(files["en/places/index.html"])
        #expect(index.contains("Congress delegates per place"))
        #expect(index.contains("Party members per place"))
        let home = try #require(files["vi/index.html"])
        #expect(home.contains("Số bài viết theo tháng"))
    }

    @Test func nothingEscapesItsPlaceOrCarriesATimestamp() throws {
        for (path, text) in files where path.hasSuffix(".html") {
            #expect(!text.contains("{{"), "\(path) has an unrendered tag")
            #expect(text.range(of: #"\[[a-z]+_[A-Za-z_]+\]"#, options: .regularExpression) == nil, "\(path) has a missing interface string")
            #expect(!text.contains("<script>"), "\(path) has an inline script")
            #expect(!text.contains("\n\n") && !text.contains("  <"), "\(path) is not one element per line")
        }
        let feed = try #require(files["vi/feed.xml"])
        let newest = try #require(plan.articles.first)
        #expect(feed.contains("<updated>\(AtomFeed.timestamp(newest))</updated>"))
        #expect(feed.contains("<updated>2025-09-13T10:09:00+07:00</updated>"))
    }

    @Test func sitemapHasEveryPageWithAlternates() throws {
        let sitemap = try #require(files["sitemap.xml"])
        let locs = sitemap.components(separatedBy: "<loc>").count - 1
        #expect(locs == pages.count - 1)  // every page but 404.html
        #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        #expect(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://digest.example.org/\"/>"))
        #expect(try #require(files["robots.txt"]).contains("Sitemap: https://digest.example.org/sitemap.xml"))
    }

    @Test func searchIndexFoldsDiacritics() throws {
        let index = try #require(files["vi/search-index.js"])
        #expect(index.contains("\"t\": \"Phường Cầu Giấy\""))
        #expect(index.contains("phuong cau giay"))
        #expect(index.contains("duc thang"))  // đ → d
        let en = try #require(files["en/search-index.js"])
        #expect(en.contains("\"t\": \"Cầu Giấy Ward\""))
        #expect(try #require(files["assets/search.js"]).contains("replace(/[đĐ]/g, \"d\")"))
    }

    @Test func openDataListsEveryEntity() throws {
        let articles = try #require(files["data/articles.json"])
        for entry in plan.articles { #expect(articles.contains("\"id\": \"\(entry.id)\"")) }
        let units = try #require(files["data/units.json"])
        #expect(units.contains("\"label_en\": \"Cầu Giấy Ward\""))
        let officials = try #require(files["data/officials.json"])
        #expect(officials.contains("\"role_en\":"))
        let themes = try #require(files["data/themes.json"])
        #expect(themes.contains("\"name_en\": \"Digital transformation\""))
    }
}
