import Testing
@testable import SitegenKit

/// How administrative units are named, one case each.
@Suite struct UnitExtractorTests {
    func units(title: String = "Đại hội Đảng bộ lần thứ I thành công tốt đẹp",
               lede: String = "Ngày 12/8/2025, Đảng bộ phường Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.",
               _ body: [String]) throws -> [AdministrativeUnit] {
        try TestSupport.record(TestSupport.article(title: title, lede: lede, body: body)).units
    }

    func find(_ units: [AdministrativeUnit], _ kind: UnitKind, _ name: String) -> AdministrativeUnit? {
        units.first { $0.kind == kind && $0.name.vietnameseKey == name.vietnameseKey }
    }

    @Test(arguments: [
        ("Chủ tịch UBND P.Tân Định Lê Văn Bình trao quyết định.", UnitKind.phuong, "Tân Định"),
        ("Lãnh đạo TP.HCM đánh giá cao kết quả của phường.", .thanhPho, "Hồ Chí Minh"),
        ("Lãnh đạo TPHCM đánh giá cao kết quả của phường.", .thanhPho, "Hồ Chí Minh"),
        ("Đoàn công tác của UBND TP. Cần Thơ đến thăm phường.", .thanhPho, "Cần Thơ"),
        ("Bí thư Đảng ủy phường 7 Nguyễn Văn Sáu phát biểu.", .phuong, "7"),
        ("Người dân thị trấn Vân Đình, huyện Ứng Hòa phấn khởi.", .thiTran, "Vân Đình"),
        ("Xã Đông Hòa được thành lập trên cơ sở sáp nhập các xã.", .xa, "Đông Hòa"),
        ("Thị xã Sơn Tây có nhiều di tích.", .thiXa, "Sơn Tây"),
        ("Quận ủy Hoàn Kiếm tổ chức hội nghị.", .quan, "Hoàn Kiếm"),
    ] as [(String, UnitKind, String)])
    func unitIsFound(sentence: String, kind: UnitKind, name: String) throws {
        let found = try units([sentence])
        #expect(find(found, kind, name) != nil, "\(kind.rawValue) \(name) in \(found.map { "\($0.kind.rawValue) \($0.name)" })")
    }

    @Test func aListAfterOneKindWordNamesEveryUnit() throws {
        let found = try units(["Phường Tân An được thành lập trên cơ sở sáp nhập 3 phường Hòa Thọ Đông, Hòa Thọ Tây và Khuê Trung."])
        for name in ["Hòa Thọ Đông", "Hòa Thọ Tây", "Khuê Trung"] {
            #expect(find(found, .phuong, name) != nil, "\(name)")
        }
    }

    @Test func anAppositionNamesTheParent() throws {
        let found = try units(lede: "Ngày 12/8/2020, Đảng bộ thị trấn Vân Đình tổ chức Đại hội.",
                              ["Người dân thị trấn Vân Đình, huyện Ứng Hòa, thành phố Hà Nội phấn khởi."])
        #expect(find(found, .thiTran, "Vân Đình")?.parent == "Ứng Hòa")
        #expect(find(found, .huyen, "Ứng Hòa")?.parent == "Hà Nội")
    }

    @Test func aWardAndADistrictOfTheSameNameAreTwoUnits() throws {
        let found = try units(title: "Phường Cầu Giấy tổ chức Đại hội đại biểu lần thứ I",
                              lede: "Ngày 9/8/2025, phường Cầu Giấy tổ chức Đại hội đại biểu Đảng bộ lần thứ I.",
                              ["Phường được thành lập trên cơ sở sáp nhập một phần quận Cầu Giấy (cũ) và quận Đống Đa (cũ)."])
        let ward = find(found, .phuong, "Cầu Giấy")
        let district = find(found, .quan, "Cầu Giấy")
        #expect(ward?.primary == true)
        #expect(district?.former == true)
        #expect(ward?.key != district?.key)
        // After the two-tier reform a ward belongs to its city, not to a former district.
        #expect(ward?.parent != "Cầu Giấy")
    }

    @Test func aFormerDistrictWrittenWithoutParentheses() throws {
        let found = try units(["Ông Phạm Văn Hùng, nguyên Chủ tịch UBND quận 5 cũ, đến dự."])
        #expect(find(found, .quan, "5")?.former == true)
    }

    @Test func beforeTheReformAWardBelongsToTheOneDistrictNamed() throws {
        let found = try units(title: "Quận Bắc Từ Liêm: Quyết tâm đưa nghị quyết vào cuộc sống",
                              lede: "Ngay sau Đại hội đại biểu lần thứ II (nhiệm kỳ 2020-2025), Đảng bộ quận Bắc Từ Liêm ban hành Chương trình hành động.",
                              ["Phường Đức Thắng xác định các giải pháp đột phá.", "Đây là đô thị phát triển của Thủ đô Hà Nội."])
        #expect(find(found, .quan, "Bắc Từ Liêm")?.primary == true)
        #expect(find(found, .phuong, "Đức Thắng")?.parent == "Bắc Từ Liêm")
        #expect(find(found, .quan, "Bắc Từ Liêm")?.parent == "Hà Nội")
    }

    @Test func theTitleNamesThePrimaryUnitEvenWithoutItsKind() throws {
        let found = try units(title: "Tân An: Hiệu quả bước đầu từ mô hình chính quyền 2 cấp",
                              lede: "Ngày 12/9, Đảng ủy phường Tân An tổ chức hội nghị. Xã Hòa Phong cũng tham dự.", [])
        #expect(found.first { $0.primary }.map { "\($0.kind.rawValue) \($0.name)" } == "phường Tân An")
    }

    @Test func aPersonAfterTheWordForCityIsNotTheCity() throws {
        let found = try units(["Phó Chủ tịch Thường trực UBND thành phố Hồ Kỳ Minh phát biểu."])
        #expect(!found.contains { $0.name.contains("Kỳ") || $0.name.contains("Hồ Kỳ") })
    }

    @Test func wordsAfterAKindWordThatAreNotNamesAreNotUnits() throws {
        let found = try units(["Phát triển thành phố sáng tạo, xây dựng phường văn minh, đô thị thông minh.",
                               "Kinh tế - xã hội phát triển; Phường đi vào hoạt động từ ngày 1/7."])
        #expect(found.map(\.name) == ["Tân An"])
    }
}

/// Which unit an article is about when several are named.
@Suite struct PrimaryUnitTests {
    func primary(title: String, lede: String) throws -> String? {
        try TestSupport.record(TestSupport.article(title: title, lede: lede, body: [])).primaryUnit.map { "\($0.kind.rawValue) \($0.name)" }
    }

    @Test func aUnitNamedForItselfInTheTitleBeatsOneInsideARole() throws {
        #expect(try primary(title: "Bí thư Tỉnh ủy Lâm Đồng làm việc với xã Tân Hà",
                            lede: "Chiều 3/9, đoàn công tác của Tỉnh ủy làm việc với Đảng ủy xã Tân Hà về công tác chuẩn bị đại hội.") == "xã Tân Hà")
    }

    @Test func theLedesPartyOrganisationBeatsAProvinceNamedFirst() throws {
        #expect(try primary(title: "Đại hội thành công tốt đẹp",
                            lede: "Ngày 12/8, tại tỉnh Lâm Đồng, Đảng bộ xã Tân Hà tổ chức Đại hội đại biểu lần thứ I.") == "xã Tân Hà")
    }

    @Test func aProvinceCongressIsAboutTheProvince() throws {
        #expect(try primary(title: "Khai mạc Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I",
                            lede: "Sáng 2/10, Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc.") == "tỉnh Lâm Đồng")
    }
}

/// Numbered wards in lists, and a city a title names by its bare name.
@Suite struct MoreUnitPatternsTests {
    @Test func numberedWardsInAList() throws {
        let units = try TestSupport.record(TestSupport.article(body: [
            "Phường được thành lập từ các phường Mỹ Đình 1, Mỹ Đình 2, Phú Đô và một phần phường Mai Dịch (quận Cầu Giấy).",
        ])).units
        for name in ["Mỹ Đình 1", "Mỹ Đình 2", "Phú Đô", "Mai Dịch"] {
            #expect(units.contains { $0.kind == .phuong && $0.name == name }, "\(name)")
        }
        #expect(units.first { $0.name == "Mai Dịch" }?.parent == "Cầu Giấy")
    }

    @Test func aCityNamedBareInTheTitleIsWhatTheArticleIsAbout() throws {
        let record = try TestSupport.record("""
        Cận cảnh trụ sở các phường mới của Hà Nội sau sắp xếp
        Từ 1/7, mô hình chính quyền địa phương 2 cấp chính thức được triển khai tại Hà Nội và các tỉnh, thành trên cả nước.
        Tại số 96 Trần Thái Tông, nơi từng là trụ sở UBND quận Cầu Giấy, nay là trụ sở của UBND phường Cầu Giấy và quận Cầu Giấy cũ.
        """)
        #expect(record.primaryUnit.map { "\($0.kind.rawValue) \($0.name)" } == "thành phố Hà Nội")
    }

    @Test func aLineWithoutLettersIsNotATitle() throws {
        let record = try TestSupport.record("""
        📞
        Thủ đô Hà Nội ngày đầu tiên vận hành mô hình chính quyền 2 cấp
        Thành Long 11:24 | 01/07/2025
        Sáng 1/7, cùng với cả nước, Thủ đô Hà Nội chính thức chuyển sang mô hình chính quyền địa phương 2 cấp.
        • Chia sẻ:
        Tin tức liên quan
        Bệnh viện tổ chức gặp mặt cán bộ qua các thời kỳ
        13/08/2025
        """)
        #expect(record.article.title == "Thủ đô Hà Nội ngày đầu tiên vận hành mô hình chính quyền 2 cấp")
        #expect(record.article.author == "Thành Long")
        #expect(record.article.published?.date.description == "2025-07-01")
    }
}
