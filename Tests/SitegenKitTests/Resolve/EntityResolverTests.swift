import Foundation
import Testing
@testable import SitegenKit

/// One entity per real place and person across articles.
@Suite struct EntityResolverTests {
    func record(id: String, province: String?, official: String, role: String, unit: String = "Tân An") -> ArticleRecord {
        let evidence = Evidence(sentence: "\(role) \(official) phát biểu.", line: 1)
        let article = Article(id: id, sourceFile: "\(id).txt", line: 1, title: "Bài \(id)")
        return ArticleRecord(
            article: article,
            units: [AdministrativeUnit(name: unit, kind: .phuong, parent: province, primary: true, evidence: evidence)],
            officials: [Official(name: official, roles: [RoleTitle(text: role, evidence: evidence)])],
            province: province)
    }

    @Test func toneMarkSpellingsAndNFDResolveToOneEntity() {
        let site = EntityResolver().resolve([
            record(id: "a", province: "Hà Nội", official: "Nguyễn Văn Thuý", role: "Bí thư Đảng uỷ phường Tân An", unit: "Hoà Bình"),
            record(id: "b", province: "Hà Nội", official: "Nguyễn Văn Thúy".decomposedStringWithCanonicalMapping,
                   role: "Bí thư Đảng ủy phường Tân An", unit: "Hòa Bình"),
        ])
        #expect(site.officials.count == 1)
        #expect(site.officials.first?.distinctRoles.count == 1)
        #expect(site.officials.first?.roles.map(\.article) == ["a", "b"])
        #expect(site.units.count == 1)
        #expect(site.units.first?.articles == ["a", "b"])
    }

    @Test func namesakesInDifferentProvincesStayApartWithUniqueSlugs() {
        let site = EntityResolver().resolve([
            record(id: "a", province: "Hà Nội", official: "Nguyễn Văn An", role: "Bí thư Đảng ủy phường Tân An"),
            record(id: "b", province: "Đà Nẵng", official: "Nguyễn Văn An", role: "Chủ tịch UBND phường Hòa Cường"),
        ])
        #expect(site.officials.count == 2)
        #expect(Set(site.officials.map(\.slug)) == ["nguyen-van-an", "nguyen-van-an-2"])
        #expect(site.diagnostics.contains { $0.severity == .warning && $0.message.contains("nguyen-van-an") })
    }

    @Test func extractionIsTheSameWhateverTheJobsAndFileOrder() throws {
        let lexicon = try TestSupport.lexicon()
        let files = try TestSupport.seedFiles()
        let one = try ExtractionPipeline(lexicon: lexicon, jobs: 1).run(files: files)
        let many = try ExtractionPipeline(lexicon: lexicon, jobs: 4).run(files: files.reversed())
        #expect(ExtractionJSON.render(one, evidence: true) == ExtractionJSON.render(many, evidence: true))
    }
}
