import Testing
@testable import SitegenKit

/// Whole pages in the layouts of other outlets: where the section, title, byline, dates and
/// outlet stand, and what is furniture.
@Suite struct ArticleParserTests {
    @Test func aLayoutWithSectionDateLineTitleAndClosingByline() throws {
        let record = try TestSupport.record("""
        Thời sự
        Thứ hai, 4/8/2025, 09:30 (GMT+7)
        Hà Nội có 126 phường, xã sau sắp xếp
        Từ ngày 1/7, Hà Nội có 126 đơn vị hành chính cấp xã gồm 51 phường và 75 xã, theo nghị quyết của Ủy ban Thường vụ Quốc hội.
        Theo Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/6/2025, thành phố Hà Nội sắp xếp 526 đơn vị hành chính cấp xã để thành lập 126 đơn vị mới.
        Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh cho biết các phường, xã mới đã hoạt động ổn định sau một tháng.
        Võ Hải
        """)
        let article = record.article
        #expect(article.section == "Thời sự")
        #expect(article.title == "Hà Nội có 126 phường, xã sau sắp xếp")
        #expect(article.published?.date.description == "2025-08-04")
        #expect(article.published?.time?.description == "09:30")
        #expect(article.eventDate == nil, "'Từ ngày 1/7' and a resolution's date are not the event")
        #expect(article.author == "Võ Hải")
        #expect(record.officials.map(\.name) == ["Trần Sỹ Thanh"])
        #expect(record.officials.first?.roles.map(\.text) == ["Chủ tịch UBND thành phố Hà Nội"])
        #expect(record.primaryUnit?.name == "Hà Nội")
    }

    @Test func anOutletMarkOpensTheLedeAndAnAuthorStandsAboveIt() throws {
        let record = try TestSupport.record("""
        Xã Bình Chánh tổ chức Đại hội đại biểu Đảng bộ lần thứ I
        MINH HÒA
        03/09/2025 18:45 GMT+7
        TTO - Chiều 3-9, Đảng bộ xã Bình Chánh (TP.HCM) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với sự tham dự của 200 đại biểu.
        Đại hội đã bầu Ban Chấp hành Đảng bộ xã gồm 33 đồng chí.
        """)
        let article = record.article
        #expect(article.outlet?.name == "Tuổi Trẻ")
        #expect(article.author == "MINH HÒA")
        #expect(article.published?.date.description == "2025-09-03")
        #expect(article.eventDate?.description == "2025-09-03")
        #expect(record.figures[.delegates]?.value == 200)
        #expect(record.figures[.committeeMembers]?.value == 33)
        #expect(record.primaryUnit.map { "\($0.kind.rawValue) \($0.name) in \($0.parent ?? "-")" } == "xã Bình Chánh in Hồ Chí Minh")
    }

    @Test func anAgencyTagIsTheOutletAndNotPartOfTheAuthor() throws {
        let record = try TestSupport.record("""
        Tỉnh Nghệ An hoàn thành đại hội đảng bộ cấp xã
        Nghệ An (TTXVN) - Ngày 21.7, Đảng bộ xã Nghi Lộc tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030, là đại hội cuối cùng của cấp xã trong tỉnh.
        Phát biểu tại đại hội, Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung yêu cầu xã tập trung phát triển kinh tế.
        Ảnh: MINH ANH
        Minh Anh (TTXVN)
        """)
        #expect(record.article.outlet?.name == "Thông tấn xã Việt Nam")
        #expect(record.article.author == "Minh Anh")
        #expect(record.article.eventDate?.description == "2025-07-21")
        #expect(record.officials.map(\.name) == ["Nguyễn Đức Trung"])
    }

    @Test func aPlaceDatelineIsNotAnOutlet() throws {
        let record = try TestSupport.record("""
        Hà Nội khai mạc Đại hội đại biểu Đảng bộ thành phố
        HÀ NỘI - Sáng 12/8, Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII, nhiệm kỳ 2025 - 2030 khai mạc trọng thể.
        """)
        #expect(record.article.outlet == nil)
        #expect(record.article.eventDate?.description == "2025-08-12")
    }

    @Test func twoArticlesInOneFileAreSplitAtATitleThatNamesItsPlace() throws {
        let records = try TestSupport.records("""
        Phường Tân An: Đại hội thành công tốt đẹp
        Ngày 12/8/2025, Đảng bộ phường Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.
        Đại hội đã bầu Ban Chấp hành gồm 25 đồng chí, đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới của phường./.
        TP.HCM: Hoàn thành đại hội cấp cơ sở trước thời hạn
        Chiều 30/8/2025, Thành ủy TP.HCM tổ chức hội nghị sơ kết công tác đại hội đảng bộ cấp cơ sở trên địa bàn thành phố.
        Theo báo cáo, 100% tổ chức cơ sở đảng đã hoàn thành đại hội đúng kế hoạch đề ra.
        """)
        #expect(records.map(\.article.title) == ["Phường Tân An: Đại hội thành công tốt đẹp",
                                                 "TP.HCM: Hoàn thành đại hội cấp cơ sở trước thời hạn"])
        #expect(records.map { $0.article.eventDate?.description } == ["2025-08-12", "2025-08-30"])
        #expect(records.map(\.article.id) == ["test", "test-2"])
    }

    @Test func aSubheadingIsNotANewArticle() throws {
        let records = try TestSupport.records("""
        Phường Tân An: Đại hội thành công tốt đẹp
        Ngày 12/8/2025, Đảng bộ phường Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với 150 đại biểu.
        Xác định 5 nhiệm vụ trọng tâm, 3 khâu đột phá
        Đại hội xác định 5 nhiệm vụ trọng tâm và 3 khâu đột phá cho nhiệm kỳ mới, tập trung vào chuyển đổi số và cải cách hành chính.
        Bồi đắp và lan tỏa bản sắc văn hóa Thăng Long - Hà Nội
        Đại hội cũng đề ra nhiệm vụ giữ gìn, phát huy bản sắc văn hóa của vùng đất giàu truyền thống cách mạng.
        """)
        #expect(records.count == 1)
        #expect(records.first?.article.body.filter { $0.kind == .subheading }.count == 2)
        #expect(records.first?.figures[.keyTasks]?.value == 5)
        #expect(records.first?.figures[.breakthroughs]?.value == 3)
    }

    @Test func trailingFurnitureIsCutAndALeadingSiteHeaderDropped() throws {
        let record = try TestSupport.record("""
        Báo điện tử của Đảng bộ thành phố
        Trang chủ
        Đăng nhập
        Phường Tân An tổ chức Đại hội đại biểu lần thứ I
        Ngày 12/8/2025, Đảng bộ phường Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với 150 đại biểu.
        Đại hội đã thảo luận và thông qua Báo cáo chính trị của Ban Chấp hành Đảng bộ phường nhiệm kỳ mới.
        Tin liên quan
        Xã Hòa Phong tổ chức Đại hội đại biểu lần thứ I
        Ngày 10/8, Đảng bộ xã Hòa Phong tổ chức Đại hội với 120 đại biểu tham dự.
        """)
        #expect(record.article.title == "Phường Tân An tổ chức Đại hội đại biểu lần thứ I")
        #expect(!record.article.blocks.contains { $0.text.contains("Hòa Phong") })
        #expect(record.figures[.delegates]?.value == 150)
        #expect(!record.units.contains { $0.name == "Hòa Phong" })
    }
}

/// More layouts: bylines with a prefix, outlet marks in parentheses, a date line after the text,
/// a source line, captions with a credit after a dash.
@Suite struct MoreLayoutTests {
    @Test func aParenthesisedOutletMarkAndABylineWithPrefix() throws {
        let record = try TestSupport.record("""
        Chính trị
        Thứ Sáu, 15-08-2025, 10:20
        Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030
        (Chinhphu.vn) - Sáng 15/8, Đảng bộ xã Tân Phú, tỉnh Đồng Nai tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.
        Đại biểu bỏ phiếu bầu Ban Chấp hành Đảng bộ xã - ẢNH: NGỌC DƯƠNG
        Đại hội đã bầu Ban Chấp hành gồm 31 đồng chí; Ban Thường vụ gồm 9 đồng chí.
        Bài và ảnh: NGỌC DƯƠNG
        """)
        let article = record.article
        #expect(article.section == "Chính trị")
        #expect(article.outlet?.name == "Báo Chính phủ")
        #expect(article.published?.date.description == "2025-08-15")
        #expect(article.eventDate?.description == "2025-08-15")
        #expect(article.author == "NGỌC DƯƠNG")
        #expect(record.figures[.committeeMembers]?.value == 31)
        #expect(record.figures[.standingCommitteeMembers]?.value == 9)
        #expect(article.body.contains { $0.kind == .caption && $0.text.hasPrefix("Đại biểu bỏ phiếu bầu Ban Chấp hành") })
        #expect(record.primaryUnit.map { "\($0.kind.rawValue) \($0.name) in \($0.parent ?? "-")" } == "xã Tân Phú in Đồng Nai")
    }

    @Test func aDateLineAndASourceLineAfterTheText() throws {
        let record = try TestSupport.record("""
        Phường Tân An ra mắt mô hình chính quyền số
        Chiều 20/8, UBND phường Tân An ra mắt mô hình chính quyền số phục vụ người dân, với nhiều ứng dụng mới.
        Người dân có thể làm thủ tục hành chính trực tuyến và tra cứu hồ sơ bằng mã QR.
        Theo TTXVN
        21/08/2025 08:15
        """)
        #expect(record.article.published?.date.description == "2025-08-21")
        #expect(record.article.eventDate?.description == "2025-08-20")
        #expect(record.article.author == nil, "a source line is not an author")
        #expect(!record.article.blocks.contains { $0.text.hasPrefix("Theo TTXVN") })
    }

    @Test func twoAuthorsJoinedByADash() throws {
        let record = try TestSupport.record("""
        Phường Tân An ra mắt mô hình chính quyền số
        Chiều 20/8, UBND phường Tân An ra mắt mô hình chính quyền số phục vụ người dân, với nhiều ứng dụng mới.
        Nguyễn Hùng - Lê Vy
        """)
        #expect(record.article.author == "Nguyễn Hùng, Lê Vy")
    }
}

/// Bylines that carry the date and the weekday on one line.
@Suite struct BylineWithWeekdayTests {
    @Test func namesBeforeAWeekdayAndDateAreTheAuthors() throws {
        let record = try TestSupport.record("""
        Đoàn Chủ tịch Đại hội có 15 thành viên
        Lam Hà - Đình Thi Thứ ba, ngày 16/09/2025 11:15 GMT+7
        Sáng 16/9, Đại hội đại biểu lần thứ I Đảng bộ thành phố Đà Nẵng, nhiệm kỳ 2025 - 2030 đã họp phiên trù bị.
        Bộ Chính trị chỉ định Bí thư Thành ủy là ông Lương Nguyễn Minh Tâm, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng.
        """)
        #expect(record.article.author == "Lam Hà, Đình Thi")
        #expect(record.article.published?.date.description == "2025-09-16")
        #expect(record.officials.map(\.name) == ["Lương Nguyễn Minh Tâm"], "after a title, a four-syllable name is whole")
    }
}

/// A page copied without its heading still gives an article.
@Suite struct MissingTitleTests {
    @Test func theLedesFirstSentenceStandsInWithAWarning() throws {
        let text = """
        Ngày 12/8/2025, Đảng bộ phường Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đại hội có 150 đại biểu tham dự, đại diện cho hơn 2.000 đảng viên của Đảng bộ phường.
        Phó Bí thư Thành ủy Nguyễn Văn Bình dự và phát biểu chỉ đạo đại hội, đề nghị phường tập trung chuyển đổi số.
        """
        let pipeline = try ExtractionPipeline(lexicon: TestSupport.lexicon(), jobs: 1)
        let document = try pipeline.reader.decode(file: "x.txt", bytes: Array(text.utf8)).get()
        let result = pipeline.records(for: document)
        let record = try #require(result.records.first)
        #expect(record.article.title == "Ngày 12/8/2025, Đảng bộ phường Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.")
        #expect(record.figures[.delegates]?.value == 150)
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("no heading") && $0.location.line == 1 })
    }
}
