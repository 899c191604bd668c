import Foundation
import Testing
@testable import SitegenKit

@Suite("Slugs and the slug lock")
struct SlugTests {
    func article(_ id: String, _ title: String, file: String = "seeds/x.txt", line: Int = 1) -> Article {
        Article(id: id, sourceFile: file, line: line, title: title)
    }

    @Test func slugsAreASCIIFromTheTitle() {
        let result = ArticleSlugAssigner().assign([article("a", "Phường Cầu Giấy: Đại hội Đảng bộ")], lock: SlugLock())
        #expect(result.slugs["a"] == "phuong-cau-giay-dai-hoi-dang-bo")
        #expect(result.lock.articles["a"] == "phuong-cau-giay-dai-hoi-dang-bo")
    }

    @Test func nfdTitlesGiveTheSameSlug() {
        let nfc = "Đức Thắng, Hòa Thọ Đông"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        let assigner = ArticleSlugAssigner()
        #expect(assigner.baseSlug(for: nfc) == assigner.baseSlug(for: nfd))
        #expect(assigner.baseSlug(for: nfd) == "duc-thang-hoa-tho-dong")
    }

    @Test func aPathLikeTitleStaysOneSafeSegment() {
        let slug = ArticleSlugAssigner().baseSlug(for: "../../etc/passwd")
        #expect(slug == "etc-passwd")
        #expect(!slug.contains("/") && !slug.contains("."))
    }

    @Test(arguments: [("", "bai-viet"), ("2025", "bai-viet-2025"), ("2025-08", "bai-viet-2025-08"), ("!!!", "bai-viet")])
    func slugsNeverCollideWithArchivePages(title: String, expected: String) {
        #expect(ArticleSlugAssigner().baseSlug(for: title) == expected)
    }

    @Test func collisionsGetADeterministicSuffixAndAWarningNamingBoth() {
        let first = article("b", "Đại hội", file: "seeds/b.txt", line: 3)
        let second = article("a", "Dai hoi", file: "seeds/a.txt", line: 7)
        let result = ArticleSlugAssigner().assign([first, second], lock: SlugLock())
        let reversed = ArticleSlugAssigner().assign([second, first], lock: SlugLock())
        #expect(result.slugs == reversed.slugs)
        #expect(result.slugs["a"] == "dai-hoi")
        #expect(result.slugs["b"] == "dai-hoi-2")
        #expect(result.diagnostics.count == 1)
        let message = result.diagnostics.first?.description ?? ""
        #expect(message.hasPrefix("seeds/b.txt:3: warning:"))
        #expect(message.contains("seeds/a.txt:7"))
    }

    @Test func aLockedSlugSurvivesATitleChange() {
        let published = ArticleSlugAssigner().assign([article("a", "Tiêu đề cũ")], lock: SlugLock())
        let corrected = ArticleSlugAssigner().assign([article("a", "Tiêu đề đã sửa")], lock: published.lock)
        #expect(corrected.slugs["a"] == "tieu-de-cu")
        // A new article whose title gives the locked slug does not take it.
        let newcomer = ArticleSlugAssigner().assign([article("a", "Tiêu đề đã sửa"), article("b", "Tiêu đề cũ")], lock: published.lock)
        #expect(newcomer.slugs["b"] == "tieu-de-cu-2")
    }

    @Test func removedArticlesKeepTheirLockEntries() {
        let published = ArticleSlugAssigner().assign([article("a", "Một"), article("b", "Hai")], lock: SlugLock())
        let later = ArticleSlugAssigner().assign([article("b", "Hai")], lock: published.lock)
        #expect(later.lock.articles["a"] == "mot")
    }

    @Test func lockFileRoundTripsAndReportsBadLines() {
        let lock = SlugLock(articles: ["b": "hai", "a": "mot"])
        let parsed = SlugLock.parse(lock.text, file: "slugs.lock")
        #expect(parsed.lock == lock)
        #expect(parsed.diagnostics.isEmpty)
        #expect(lock.text.components(separatedBy: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty } == ["a\tmot", "b\thai"])
        let bad = SlugLock.parse("a\tmot\nno tab here\nc\tKhông ASCII\n", file: "data/slugs.lock")
        #expect(bad.lock.articles == ["a": "mot"])
        #expect(bad.diagnostics.map(\.location.line) == [2, 3])
        #expect(bad.diagnostics.first?.description.hasPrefix("data/slugs.lock:2: error:") == true)
    }
}
