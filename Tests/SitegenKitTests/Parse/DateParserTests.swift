import Testing
@testable import SitegenKit

/// The date formats of Vietnamese news pages, one case each.
@Suite struct DateParserTests {
    let parser = DateParser()

    @Test(arguments: [
        ("Chiều 3-9, UBND phường Tân An tổ chức hội nghị.", 3, 9, nil),
        ("Ngày 21.7, Đảng bộ xã Hòa Phong khai mạc Đại hội.", 21, 7, nil),
        ("Sáng 12/8, Đảng bộ phường Cẩm Lệ tổ chức Đại hội.", 12, 8, nil),
        ("Trong 2 ngày 14 và 15/8, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu lần thứ I.", 14, 8, nil),
        ("Sáng nay (12/8), Đảng bộ phường Tân An tổ chức Đại hội.", 12, 8, nil),
        ("Sáng thứ Hai (4/8), Thành ủy tổ chức hội nghị.", 4, 8, nil),
        ("Tối 30/6, tại Quảng trường, tỉnh tổ chức lễ công bố.", 30, 6, nil),
        ("ĐNO - Sáng 25/7, Đảng bộ phường Cẩm Lệ tổ chức Đại hội.", 25, 7, nil),
        ("Kinhtedothi – Ngày 9/8, phường Cầu Giấy đã tổ chức Đại hội.", 9, 8, nil),
        ("Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57.", 22, 12, 2024),
        ("Chiều 6-10, Thành ủy Hà Nội tổ chức họp báo.", 6, 10, nil),
        ("Hà Nội (TTXVN) - Sáng 1/7, các phường, xã mới chính thức hoạt động.", 1, 7, nil),
        ("Ngày 12 tháng 8 năm 2025, Đảng bộ xã Tân Phú tổ chức Đại hội.", 12, 8, 2025),
        ("Sáng 5 tháng 9, Thành ủy tổ chức hội nghị.", 5, 9, nil),
        ("Từ ngày 02/01/2025 đến ngày 03/01/2025, Đại hội Đảng bộ xã An Mỹ đã diễn ra.", 2, 1, 2025),
        ("VOV.VN - Ngày 24/7, Đảng bộ xã Hoà Phú, tỉnh Đắk Lắk tổ chức Đại hội.", 24, 7, nil),
    ] as [(String, Int, Int, Int?)])
    func eventDayOpensTheLede(lede: String, day: Int, month: Int, year: Int?) {
        let found = parser.eventDay(in: lede)
        #expect(found == PartialDate(day: day, month: month, year: year), "\(lede)")
    }

    @Test(arguments: [
        "UBND tỉnh vừa ban hành kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
        "Từ ngày 1/7, phường Tân An chính thức đi vào hoạt động theo mô hình mới.",
        "Đảng bộ phường được thành lập năm 1945, qua 20 kỳ đại hội.",
        "Đại hội đại biểu Đảng bộ phường Phương Liệt lần thứ I, nhiệm kỳ 2025-2030 vừa diễn ra.",
        "Đến ngày 30/9, toàn tỉnh hoàn thành việc tổ chức đại hội cấp cơ sở.",
    ])
    func otherDatesAreNotTheEvent(lede: String) {
        #expect(parser.eventDay(in: lede) == nil, "\(lede)")
    }

    @Test(arguments: [
        ("09:30 | 04/08/2025", "2025-08-04", "09:30"),
        ("Thứ Hai 04/08/2025, 09:30 (GMT+7)", "2025-08-04", "09:30"),
        ("Thứ hai, 4/8/2025, 09:30 (GMT+7)", "2025-08-04", "09:30"),
        ("Thu Trang 10:09 13/09/2025", "2025-09-13", "10:09"),
        ("10:08 | 18/08/2025", "2025-08-18", "10:08"),
        ("Cập nhật: 15:20, 21/07/2025", "2025-07-21", "15:20"),
        ("21/07/2025 - 15:20", "2025-07-21", "15:20"),
        ("2025-07-21 08:00", "2025-07-21", "08:00"),
    ])
    func publicationLines(line: String, date: String, time: String) {
        let publication = parser.publication(in: line)
        #expect(publication?.date.description == date, "\(line)")
        #expect(publication?.time?.description == time, "\(line)")
    }

    @Test func aDayWithoutAYearTakesThePublicationYearOrTheYearBefore() throws {
        let published = try #require(CalendarDate(year: 2026, month: 1, day: 5))
        #expect(parser.resolve(PartialDate(day: 3, month: 1), published: published, fallbackYear: nil)?.description == "2026-01-03")
        #expect(parser.resolve(PartialDate(day: 28, month: 12), published: published, fallbackYear: nil)?.description == "2025-12-28")
        #expect(parser.resolve(PartialDate(day: 9, month: 8), published: nil, fallbackYear: 2025)?.description == "2025-08-09")
        #expect(parser.resolve(PartialDate(day: 9, month: 8), published: nil, fallbackYear: nil) == nil)
        #expect(parser.resolve(PartialDate(day: 31, month: 2), published: nil, fallbackYear: 2025) == nil, "no such day")
    }

    @Test func theCongressTermGivesTheYear() {
        #expect(parser.termStartYear(in: [
            "Nhiệm kỳ 2020 - 2025, Đảng bộ đã hoàn thành các chỉ tiêu.",
            "Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025-2030 đã thành công.",
        ]) == 2025)
        #expect(parser.termStartYear(in: ["Nghị quyết Đại hội đại biểu lần thứ II (nhiệm kỳ 2020-2025)"]) == 2020)
        #expect(parser.termStartYear(in: ["Không có nhiệm kỳ nào ở đây."]) == nil)
    }
}
