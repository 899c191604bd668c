import Foundation
import Testing
@testable import SitegenKit

/// The matching key, slugs and search folding of Vietnamese text.
@Suite struct VietnameseTextTests {
    @Test(arguments: [
        ("Đảng uỷ", "Đảng ủy"), ("Hoà Thọ", "Hòa Thọ"), ("Thuý", "Thúy"), ("ỦY BAN", "ủy ban"),
        ("Khoẻ", "Khỏe"), ("Hoà  Thọ\tĐông", "Hòa Thọ Đông"),
        ("Hòa".decomposedStringWithCanonicalMapping, "Hòa"),
    ])
    func spellingsOfOneNameShareAKey(left: String, right: String) {
        #expect(left.vietnameseKey == right.vietnameseKey)
    }

    @Test(arguments: [("Hòa", "Hoa"), ("Hà", "Hạ"), ("Đông", "Dong"), ("Phương", "Phuong")])
    func differentNamesHaveDifferentKeys(left: String, right: String) {
        #expect(left.vietnameseKey != right.vietnameseKey)
    }

    @Test(arguments: [
        ("Phường Cầu Giấy", "phuong-cau-giay"),
        ("Đà Nẵng", "da-nang"),
        ("ĐỒNG THÁP", "dong-thap"),
        ("Trần Thị Phương Hoa", "tran-thi-phuong-hoa"),
        ("../../etc/passwd", "etc-passwd"),
        ("Hà Nội - Thành phố sáng tạo", "ha-noi-thanh-pho-sang-tao"),
        ("Đắk Lắk".decomposedStringWithCanonicalMapping, "dak-lak"),
        ("phường 7", "phuong-7"),
    ])
    func slugsAreASCII(text: String, slug: String) {
        #expect(text.slug == slug)
    }

    @Test func searchFoldingFindsTextWithoutDiacritics() {
        #expect("Phường Cầu Giấy".foldedForSearch.contains("cau giay"))
        #expect("Đống Đa".foldedForSearch == "dong da")
    }

    @Test func sentencesSplitAtStopsButNotAfterAbbreviations() {
        let sentences = SentenceSplitter.sentences("Lãnh đạo TP. Cần Thơ dự. Đại hội thành công... Nhân dân phấn khởi! Còn TS. Lê Văn A thì không.")
            .map { String($0) }
        #expect(sentences == ["Lãnh đạo TP. Cần Thơ dự.", "Đại hội thành công...", "Nhân dân phấn khởi!", "Còn TS. Lê Văn A thì không."])
    }

    @Test func tokensKeepAbbreviationsNumbersAndDatesWhole() {
        let tokens = Tokenizer.tokens("UBND TP.HCM có 5.500 đảng viên, ngày 9/8, nhiệm kỳ 2025-2030; P.Tân An.")
        #expect(tokens.map(\.text) == ["UBND", "TP.HCM", "có", "5.500", "đảng", "viên", ",", "ngày", "9/8", ",",
                                       "nhiệm", "kỳ", "2025-2030", ";", "P.", "Tân", "An", "."])
    }
}
