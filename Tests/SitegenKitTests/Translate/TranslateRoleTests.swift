import Foundation
import Testing
@testable import SitegenKit

/// The English of roles, composed from `data/glossary.yml`.
@Suite struct TranslateRoleTests {
    /// Every role the extractor finds in the five seeds, with its English as a reader should see it.
    static let seedRoles: [(vi: String, en: String)] = [
        // 000
        ("Phó Chủ tịch UBND TP Hà Nội", "Vice Chair of the Hà Nội City People's Committee"),
        ("Bí thư Đảng uỷ phường Cầu Giấy", "Secretary of the Cầu Giấy Ward Party Committee"),
        // 001
        ("Bí thư Đảng ủy phường Cầu Giấy", "Secretary of the Cầu Giấy Ward Party Committee"),
        ("Chủ tịch HĐND phường Cầu Giấy", "Chair of the Cầu Giấy Ward People's Council"),
        ("Chủ tịch UBND phường Cầu Giấy", "Chair of the Cầu Giấy Ward People's Committee"),
        // 002
        ("Bí thư Đảng ủy phường Đức Thắng", "Secretary of the Đức Thắng Ward Party Committee"),
        ("Bí thư Đảng ủy phường Xuân Tảo", "Secretary of the Xuân Tảo Ward Party Committee"),
        ("Trưởng ban Tuyên giáo Quận ủy Bắc Từ Liêm",
         "Head of the Propaganda and Education Commission of the Bắc Từ Liêm District Party Committee"),
        ("Bí thư Quận ủy Bắc Từ Liêm", "Secretary of the Bắc Từ Liêm District Party Committee"),
        ("Chủ tịch UBND quận Bắc Từ Liêm", "Chair of the Bắc Từ Liêm District People's Committee"),
        ("Trưởng đại diện cơ quan phát triển khu dân cư và đô thị bền vững của Liên hợp quốc",
         "Chief Representative of the United Nations Human Settlements Programme"),
        ("Ủy viên Bộ Chính trị", "Member of the Politburo"),
        ("Bí thư Thành ủy Hà Nội", "Secretary of the Hà Nội City Party Committee"),
        ("Phó Bí thư Thành ủy Hà Nội", "Deputy Secretary of the Hà Nội City Party Committee"),
        // 003
        ("Uỷ viên Ban Thường vụ Thành uỷ", "Member of the Standing Committee of the City Party Committee"),
        ("Bí thư Đảng uỷ phường Thanh Xuân", "Secretary of the Thanh Xuân Ward Party Committee"),
        ("Chủ tịch HĐND phường Thanh Xuân", "Chair of the Thanh Xuân Ward People's Council"),
        ("Trưởng Đoàn công tác số 14 của Thành ủy Hà Nội",
         "Head of Working Delegation No. 14 of the Hà Nội City Party Committee"),
        ("Phó trưởng Ban Nội chính Thành ủy",
         "Deputy Head of the Internal Affairs Commission of the City Party Committee"),
        ("Phó trưởng Đoàn công tác số 14 của Thành ủy Hà Nội",
         "Deputy Head of Working Delegation No. 14 of the Hà Nội City Party Committee"),
        // 004
        ("Phó Chủ tịch Thường trực UBND thành phố", "Standing Vice Chair of the City People's Committee"),
        ("Bí thư Đảng ủy phường Cẩm Lệ", "Secretary of the Cẩm Lệ Ward Party Committee"),
    ]

    static let translator: Translator? = try? TranslateFixtures.translator()

    @Test(arguments: seedRoles.map(\.vi))
    func seedRoleHasItsEnglish(_ vietnamese: String) throws {
        let translator = try #require(Self.translator)
        let expected = try #require(Self.seedRoles.first { $0.vi == vietnamese }?.en)
        let english = translator.role(vietnamese, in: .en)
        #expect(english.text == expected)
        #expect(english.untranslated.isEmpty)
    }

    /// The table above is complete: every role the extractor finds in the seeds is in it, and
    /// its English keeps no Vietnamese but the proper names of the role itself.
    @Test func everySeedRoleIsInTheTableAndFullyTranslated() throws {
        let translator = try #require(Self.translator)
        let site = try TranslateFixtures.seedSite()
        let table = Set(Self.seedRoles.map(\.vi.vietnameseKey))
        var seen = 0
        for record in site.records {
            for official in record.officials {
                for role in official.roles {
                    seen += 1
                    #expect(table.contains(role.key), "\(record.article.sourceFile):\(role.evidence.line): \(role.text) is not in the table")
                    let english = translator.role(role.text, in: .en)
                    #expect(english.isComplete, "\(role.text) → \(english.text), untranslated \(english.untranslated)")
                    #expect(TranslateFixtures.vietnameseWords(in: english.text, notNamedIn: role.text).isEmpty,
                            "\(role.text) → \(english.text)")
                }
            }
        }
        #expect(seen >= 20)
    }

    @Test(arguments: [
        ("phó chủ tịch uỷ ban nhân dân thành phố Hà Nội", "Vice Chair of the Hà Nội City People's Committee"),
        ("PHÓ CHỦ TỊCH UBND TP Hà Nội", "Vice Chair of the Hà Nội City People's Committee"),
        ("nguyên Bí thư Quận ủy Cầu Giấy", "Former Secretary of the Cầu Giấy District Party Committee"),
        ("Chủ tịch UBND phường 7", "Chair of the Ward 7 People's Committee"),
        ("Chủ tịch Ủy ban MTTQ Việt Nam phường Tân An", "Chair of the Tân An Ward Vietnam Fatherland Front Committee"),
        ("Ủy viên Ban Thường vụ Đảng ủy phường Cầu Giấy",
         "Member of the Standing Committee of the Cầu Giấy Ward Party Committee"),
        ("Phó Bí thư Thường trực Tỉnh ủy Quảng Ninh", "Standing Deputy Secretary of the Quảng Ninh Provincial Party Committee"),
        ("Chủ tịch UBND TP.HCM", "Chair of the Hồ Chí Minh City People's Committee"),
        ("Bí thư Đảng ủy, Chủ tịch HĐND phường Cầu Giấy",
         "Secretary of the Party Committee, Chair of the Cầu Giấy Ward People's Council"),
        ("Chủ tịch UBND xã Bát Tràng", "Chair of the Bát Tràng Commune People's Committee"),
        ("Chủ tịch UBND thị trấn Vân Đình", "Chair of the Vân Đình Township People's Committee"),
        ("Ủy viên Ban Chấp hành Đảng bộ tỉnh Bà Rịa - Vũng Tàu",
         "Member of the Executive Committee of the Bà Rịa - Vũng Tàu Province Party Organisation"),
    ])
    func composesInEnglishWordOrder(_ vietnamese: String, _ expected: String) throws {
        let translator = try #require(Self.translator)
        let english = translator.role(vietnamese, in: .en)
        #expect(english.text == expected)
        #expect(english.isComplete, "untranslated: \(english.untranslated)")
    }

    @Test func vietnameseRoleIsTheTextItself() throws {
        let translator = try #require(Self.translator)
        let role = translator.role("Bí thư Đảng uỷ phường Cầu Giấy", in: .vi)
        #expect(role.text == "Bí thư Đảng uỷ phường Cầu Giấy")
        #expect(role.isComplete)
    }

    @Test(arguments: [
        ("Phó Giám đốc Trung tâm Văn hóa Thể thao phường Cầu Giấy", ["Trung tâm Văn hóa Thể thao"]),
        ("Bí thư chi bộ khu dân cư số 3", ["khu dân cư"]),
        ("Chủ tịch Hội Khuyến học phường Cầu Giấy", ["Hội Khuyến học"]),
        ("Trưởng Liên hợp", ["Liên hợp"]),
    ])
    func unknownWordsAreReportedNotPassedThrough(_ vietnamese: String, _ unknown: [String]) throws {
        let translator = try #require(Self.translator)
        let english = translator.role(vietnamese, in: .en)
        #expect(english.untranslated == unknown, "\(english.text)")
        #expect(!english.isComplete)
    }

    @Test func untranslatedRolesAreWarningsWithFileAndLine() throws {
        let translator = try #require(Self.translator)
        let evidence = Evidence(sentence: "Giám đốc Trung tâm Văn hóa Thể thao phường Cầu Giấy Lê Văn A phát biểu.", line: 12)
        let article = Article(id: "x", sourceFile: "seeds/x.txt", line: 1, title: "T")
        let record = ArticleRecord(article: article, officials: [
            Official(name: "Lê Văn A", roles: [RoleTitle(text: "Giám đốc Trung tâm Văn hóa Thể thao phường Cầu Giấy", evidence: evidence)]),
            Official(name: "Trần Thị B", roles: [RoleTitle(text: "Bí thư Đảng ủy phường Cầu Giấy", evidence: evidence)]),
        ])
        let diagnostics = translator.untranslatedRoles(in: record)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(file: "seeds/x.txt", line: 12))
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.description.contains("\"Trung tâm Văn hóa Thể thao\"") == true)
    }

    @Test func seedRecordsHaveNoUntranslatedRoles() throws {
        let translator = try #require(Self.translator)
        let site = try TranslateFixtures.seedSite()
        let diagnostics = site.records.flatMap(translator.untranslatedRoles(in:))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test(arguments: [
        ("Cầu Giấy", UnitKind.phuong, "phường Cầu Giấy", "Cầu Giấy Ward"),
        ("Bát Tràng", .xa, "xã Bát Tràng", "Bát Tràng Commune"),
        ("Vân Đình", .thiTran, "thị trấn Vân Đình", "Vân Đình Township"),
        ("Bắc Từ Liêm", .quan, "quận Bắc Từ Liêm", "Bắc Từ Liêm District"),
        ("Ứng Hòa", .huyen, "huyện Ứng Hòa", "Ứng Hòa District"),
        ("Sơn Tây", .thiXa, "thị xã Sơn Tây", "Sơn Tây Town"),
        ("Hà Nội", .thanhPho, "thành phố Hà Nội", "Hà Nội City"),
        ("Quảng Ninh", .tinh, "tỉnh Quảng Ninh", "Quảng Ninh Province"),
        ("7", .phuong, "phường 7", "Ward 7"),
    ])
    func unitLabels(_ name: String, _ kind: UnitKind, _ vi: String, _ en: String) throws {
        let translator = try #require(Self.translator)
        #expect(translator.unitLabel(name: name, kind: kind, in: .vi) == vi)
        #expect(translator.unitLabel(name: name, kind: kind, in: .en) == en)
    }

    @Test func themeNamesInBothLanguages() throws {
        let translator = try #require(Self.translator)
        #expect(translator.themeName("digital-transformation", in: .vi).text == "Chuyển đổi số")
        #expect(translator.themeName("digital-transformation", in: .en).text == "Digital transformation")
        #expect(translator.themeName("security-order", in: .en).text == "Security and public order")
        let unknown = translator.themeName("no-such-theme", in: .en)
        #expect(unknown.untranslated == ["no-such-theme"])
    }

    @Test func aTranslatorFromTheGlossaryAloneNamesThemes() throws {
        let translator = Translator(glossary: try Glossary.load(from: TestSupport.dataDirectory))
        #expect(translator.themeName("two-tier-government", in: .en).text == "Two-tier local government")
        #expect(translator.themeName("two-tier-government", in: .vi).text == "Chính quyền địa phương 2 cấp")
    }

    @Test func everyThemeAndUnitKindHasEnglish() throws {
        let translator = try #require(Self.translator)
        let lexicon = try TestSupport.lexicon()
        for theme in lexicon.themes {
            #expect(translator.themeName(theme.id, in: .en).isComplete)
            #expect(!theme.en.isEmpty)
        }
        for kind in UnitKind.allCases {
            #expect(translator.glossary.unitKinds[kind] != nil, "no English for \(kind.rawValue)")
        }
    }
}
