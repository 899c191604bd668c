import Testing
@testable import SitegenKit

/// How officials and their roles are written in Vietnamese news text, one case each.
@Suite struct OfficialExtractorTests {
    /// The roles found for each official of an article whose body is `sentences`.
    func officials(_ sentences: [String]) throws -> [String: [String]] {
        let record = try TestSupport.record(TestSupport.article(body: sentences))
        var result: [String: [String]] = [:]
        for official in record.officials { result[official.name] = official.roles.map(\.text) }
        return result
    }

    @Test(arguments: [
        // The role before the name.
        ("Phó Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Đệ phát biểu chỉ đạo Đại hội.",
         "Nguyễn Văn Đệ", ["Phó Chủ tịch UBND tỉnh Nghệ An"]),
        // After the name, with a comma.
        ("Ông Lê Hồng Vinh, Phó Chủ tịch Thường trực UBND tỉnh Nghệ An, cho biết tỉnh đã hoàn thành sắp xếp.",
         "Lê Hồng Vinh", ["Phó Chủ tịch Thường trực UBND tỉnh Nghệ An"]),
        // After the name, with " - ".
        ("Đồng chí Trần Văn Tuấn - Bí thư Đảng ủy xã Tân Phú phát biểu khai mạc Đại hội.",
         "Trần Văn Tuấn", ["Bí thư Đảng ủy xã Tân Phú"]),
        // Two roles sharing the unit named at the end.
        ("Bí thư Đảng ủy, Chủ tịch HĐND phường Tân An Lê Thị Hồng phát biểu.",
         "Lê Thị Hồng", ["Bí thư Đảng ủy phường Tân An", "Chủ tịch HĐND phường Tân An"]),
        // A district committee shares only the name.
        ("Bí thư Huyện ủy, Chủ tịch UBND huyện Đông Anh Nguyễn Xuân Lưu cho biết.",
         "Nguyễn Xuân Lưu", ["Bí thư Huyện ủy Đông Anh", "Chủ tịch UBND huyện Đông Anh"]),
        // A former post.
        ("Dự Đại hội có nguyên Bí thư Tỉnh ủy Nghệ An Nguyễn Đắc Vinh.",
         "Nguyễn Đắc Vinh", ["nguyên Bí thư Tỉnh ủy Nghệ An"]),
        ("Ông Phạm Văn Hùng, nguyên Chủ tịch UBND quận 5 cũ, đến dự.",
         "Phạm Văn Hùng", ["nguyên Chủ tịch UBND quận 5 cũ"]),
        // Abbreviations.
        ("Chủ tịch UBND P.Tân An Lê Văn Bình trao quyết định.",
         "Lê Văn Bình", ["Chủ tịch UBND P.Tân An"]),
        ("Phó Bí thư Thường trực Thành ủy TP.HCM Nguyễn Thanh Nghị dự Đại hội.",
         "Nguyễn Thanh Nghị", ["Phó Bí thư Thường trực Thành ủy TP.HCM"]),
        ("Chủ tịch UBMTTQ phường Tân An Phạm Thị Hoa báo cáo.",
         "Phạm Thị Hoa", ["Chủ tịch UBMTTQ phường Tân An"]),
        ("Ủy viên BTV Thành ủy, Bí thư Đảng ủy phường Bến Thành Nguyễn Văn Dũng phát biểu.",
         "Nguyễn Văn Dũng", ["Ủy viên BTV Thành ủy", "Bí thư Đảng ủy phường Bến Thành"]),
        ("TUV, Bí thư Đảng ủy xã Đông Hòa Lê Minh Trí chủ trì Đại hội.",
         "Lê Minh Trí", ["TUV", "Bí thư Đảng ủy xã Đông Hòa"]),
        // A numbered ward.
        ("Bí thư Đảng ủy phường 7 Nguyễn Văn Sáu phát biểu.",
         "Nguyễn Văn Sáu", ["Bí thư Đảng ủy phường 7"]),
        // An academic title is not part of the name.
        ("Theo TS Nguyễn Quang, Trưởng đại diện cơ quan của Liên hợp quốc: \"Hà Nội có nhiều lợi thế\".",
         "Nguyễn Quang", ["Trưởng đại diện cơ quan của Liên hợp quốc"]),
        // Named with an appointment.
        ("Đồng chí Nguyễn Hoài Nam được chỉ định giữ chức Bí thư Đảng ủy.",
         "Nguyễn Hoài Nam", ["Bí thư Đảng ủy phường Tân An"]),
    ] as [(String, String, [String])])
    func roleIsFound(sentence: String, name: String, roles: [String]) throws {
        let found = try officials([sentence])
        #expect(found[name] == roles, "\(sentence) → \(found)")
        #expect(found.count == 1, "only \(name) is an official: \(found)")
    }

    @Test func oneRoleForTwoPeople() throws {
        let found = try officials(["Đại hội bầu 2 phó bí thư là ông Nguyễn Văn Hùng và bà Trần Thị Lan."])
        #expect(found["Nguyễn Văn Hùng"] == ["Phó bí thư"])
        #expect(found["Trần Thị Lan"] == ["Phó bí thư"])
    }

    @Test func residentsCreditsAndBylinesAreNotOfficials() throws {
        let text = TestSupport.article(body: [
            "Bà Nguyễn Thị Lan, người dân phường Tân An, cho biết con đường mới rất đẹp.",
            "Với ông Lê Văn Hoạch, ở thị trấn Vân Đình, ô nhiễm nước là thách thức lớn.",
            "h3.jpg",
            "Phó Bí thư Tỉnh ủy Nguyễn Văn Bình phát biểu tại đại hội. Ảnh: MINH ANH",
            "Đại hội diễn ra trong không khí phấn khởi. (Ảnh: Lê Việt)",
            "Thu Hà",
        ])
        let record = try TestSupport.record(text)
        #expect(record.officials.map(\.name) == ["Nguyễn Văn Bình"], "only the official named in the caption")
        #expect(record.officials.first?.roles.map(\.text) == ["Phó Bí thư Tỉnh ủy"])
        #expect(record.article.author == "Thu Hà")
    }

    @Test func rolesOfOnePersonAreMergedInTextOrderAndTheFullerWordingWins() throws {
        let found = try officials([
            "Ủy viên Ban Thường vụ Thành ủy, Trưởng đoàn công tác số 14 của Thành ủy Bùi Văn An phát biểu.",
            "Đồng chí Bùi Văn An - Ủy viên Ban Thường vụ Thành uỷ, Bí thư Đảng uỷ phường Tân An, Trưởng Đoàn công tác số 14 của Thành ủy Hà Nội tặng hoa.",
            "Bà Bùi Văn An đánh giá cao kết quả nhiệm kỳ qua.",
        ])
        #expect(found["Bùi Văn An"] == [
            "Ủy viên Ban Thường vụ Thành ủy",
            "Trưởng Đoàn công tác số 14 của Thành ủy Hà Nội",
            "Bí thư Đảng uỷ phường Tân An",
        ])
    }

    @Test func twoPeopleInOneSentenceKeepTheirOwnRoles() throws {
        let found = try officials([
            "Dự Đại hội có Phó Chủ tịch UBND tỉnh Trần Văn Nam và Trưởng Ban Tổ chức Tỉnh ủy Lê Thị Thu.",
            "Đồng chí Hoàng Văn Bình, Bí thư Đảng ủy phường Tân An; đồng chí Vũ Thị Mai, Chủ tịch UBND phường Tân An cùng dự.",
        ])
        #expect(found["Trần Văn Nam"] == ["Phó Chủ tịch UBND tỉnh"])
        #expect(found["Lê Thị Thu"] == ["Trưởng Ban Tổ chức Tỉnh ủy"])
        #expect(found["Hoàng Văn Bình"] == ["Bí thư Đảng ủy phường Tân An"])
        #expect(found["Vũ Thị Mai"] == ["Chủ tịch UBND phường Tân An"])
    }
}

/// Patterns seen in pages of other outlets.
@Suite struct OfficialPatternsFromOtherOutletsTests {
    func record(_ body: [String], title: String = "Phường Tân An tổ chức Đại hội đại biểu lần thứ I") throws -> ArticleRecord {
        try TestSupport.record(TestSupport.article(title: title, body: body))
    }

    @Test func captionsRunTogetherWithoutSpaces() throws {
        let found = try record(["Các đại biểu chào cờ.Đồng chí Lê Văn Tám, Bí thư Đảng ủy phường Tân An, phát biểu.Đoàn Chủ tịch điều hành đại hội."])
        #expect(found.officials.map(\.name) == ["Lê Văn Tám"])
        #expect(found.officials.first?.roles.map(\.text) == ["Bí thư Đảng ủy phường Tân An"])
    }

    @Test func aFiveSyllableNameAfterATitleAndAnAppointmentAfterTheRoles() throws {
        let found = try record(["Bà Trương Ngọc Nữ Minh Châu, Bí thư Quận ủy quận 3 (cũ), được chỉ định giữ chức vụ Bí thư Đảng ủy phường Tân An."])
        #expect(found.officials.first?.name == "Trương Ngọc Nữ Minh Châu")
        #expect(found.officials.first?.roles.map(\.text) == ["Bí thư Quận ủy quận 3 (cũ)", "Bí thư Đảng ủy phường Tân An"])
    }

    @Test func aRoleEndsWhereTheSentenceGoesOnWithAnd() throws {
        let found = try record(["Cùng dự có ông Lê Minh Hải, Phó Chủ tịch UBND TP Cần Thơ và 200 đại biểu đại diện cho 1.450 đảng viên."])
        #expect(found.officials.first?.roles.map(\.text) == ["Phó Chủ tịch UBND TP Cần Thơ"])
        #expect(found.figures[.delegates]?.value == 200)
        #expect(found.figures[.partyMembers]?.value == 1450)
    }

    @Test func aListOfOfficialsSeparatedBySemicolons() throws {
        let found = try record(["Dự Đại hội có các đồng chí: Nguyễn Văn Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Lê Hữu Thành, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh."])
        #expect(found.officials.map(\.name) == ["Nguyễn Văn Giang", "Lê Hữu Thành"])
        #expect(found.officials.last?.roles.map(\.text) == ["Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"])
    }

    @Test func aCommitteeCountedInPeople() throws {
        let found = try record(["Ban Thường vụ Thành ủy chỉ định Ban Chấp hành Đảng bộ phường nhiệm kỳ 2025 - 2030 gồm 33 người, Ban Thường vụ gồm 11 người."])
        #expect(found.figures[.committeeMembers]?.value == 33)
        #expect(found.figures[.standingCommitteeMembers]?.value == 11)
    }

    @Test func theFormerUnitInATitleIsNotWhatTheArticleIsAbout() throws {
        let found = try record([], title: "Bí thư quận 3 cũ làm Bí thư phường Tân An")
        #expect(found.primaryUnit.map { "\($0.kind.rawValue) \($0.name)" } == "phường Tân An")
    }
}

/// Role lists before a name that end with the unit's province, and credits in capitals.
@Suite struct RoleListEdgeTests {
    @Test func anAppositionAfterARoleIsNotPartOfIt() throws {
        let record = try TestSupport.record(TestSupport.article(body: [
            "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Chủ tịch HĐND phường Mỹ Lộc, tỉnh Hưng Yên, bà Trần Thị Thanh Thủy, trình bày tham luận.",
        ]))
        #expect(record.officials.first?.roles.map(\.text) == [
            "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy phường Mỹ Lộc", "Chủ tịch HĐND phường Mỹ Lộc",
        ])
    }

    @Test func aCreditInCapitalsWithoutAColon() throws {
        let record = try TestSupport.record(TestSupport.article(body: [
            "h5.jpg",
            "Thiếu tướng Vũ Văn Điền, Ủy viên Ban Thường vụ Thành ủy, Tư lệnh Bộ Tư lệnh TPHCM tham dự hội nghị. ẢNH QUANG HUY",
        ]))
        #expect(record.officials.map(\.name) == ["Vũ Văn Điền"])
        #expect(record.officials.first?.roles.map(\.text) == ["Ủy viên Ban Thường vụ Thành ủy", "Tư lệnh Bộ Tư lệnh TPHCM"])
    }
}

/// A congress's presidium and secretariat, and heads written in lower case, are not roles.
@Suite struct CongressBodiesTests {
    @Test func thePresidiumIsNotARoleNorItsNameAPerson() throws {
        let record = try TestSupport.record(TestSupport.article(body: [
            "Các đại biểu đã bầu Đoàn Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu.",
            "Thay mặt đoàn chủ tịch, ông Nguyễn Đình Vĩnh, Phó Bí thư Thường trực Thành ủy đã công bố các quyết định.",
            "Dự có đồng chí Lương Văn Triết, Ủy viên dự khuyết Trung ương Đảng, Bí thư Thành ủy nhiệm kỳ 2020 - 2025.",
        ]))
        var roles: [String: [String]] = [:]
        for official in record.officials { roles[official.name] = official.roles.map(\.text) }
        #expect(roles == [
            "Nguyễn Đình Vĩnh": ["Phó Bí thư Thường trực Thành ủy"],
            "Lương Văn Triết": ["Ủy viên dự khuyết Trung ương Đảng", "Bí thư Thành ủy"],
        ])
    }
}

/// A visitor's bare "Bí thư Đảng ủy" is some other body's; deputies of any head.
@Suite struct VisitorRolesTests {
    @Test func onlyAnAppointmentTakesTheArticlesOwnUnit() throws {
        let record = try TestSupport.record(TestSupport.article(body: [
            "Dự Đại hội có đồng chí Mai Đức Thông, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy, Tổng Biên tập Báo Tân An.",
            "Đồng chí Phạm Văn Nam được chỉ định giữ chức Bí thư Đảng ủy.",
            "Đại tá Hoàng Ngọc Định, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Đại biểu Quốc hội khóa XV tỉnh Lâm Đồng phát biểu.",
        ]))
        var roles: [String: [String]] = [:]
        for official in record.officials { roles[official.name] = official.roles.map(\.text) }
        #expect(roles["Mai Đức Thông"] == ["Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Đảng ủy", "Tổng Biên tập Báo Tân An"])
        #expect(roles["Phạm Văn Nam"] == ["Bí thư Đảng ủy phường Tân An"])
        #expect(roles["Hoàng Ngọc Định"] == ["Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Đại biểu Quốc hội khóa XV tỉnh Lâm Đồng"])
    }

    @Test func aKnownUnitWrittenWithALowerCaseSyllable() throws {
        let units = try TestSupport.record(TestSupport.article(
            title: "Đại hội đại biểu Đảng bộ xã Dân Chủ lần thứ I",
            lede: "Ngày 26/7, Đảng bộ xã Dân Chủ tổ chức Đại hội đại biểu lần thứ I.",
            body: ["Xã Dân chủ được thành lập trên cơ sở sáp nhập các xã Bảo Thanh và Gia Thanh."])).units
        #expect(!units.contains { $0.name == "Dân" })
        #expect(units.filter { $0.name.vietnameseKey == "Dân Chủ".vietnameseKey }.count == 1)
    }
}
