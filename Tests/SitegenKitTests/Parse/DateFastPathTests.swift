import Foundation
import Testing
@testable import SitegenKit

/// The quick answers of Parse held to the regular expressions they stand in front of.
@Suite struct DateFastPathTests {
    static let lines: [String] = SegmentFastPathTests.inputs + [
        "Ngày ٩/٨, đại hội", "Sáng ２５/７", "Thứ Hai 04/08/2025, 09:30 (GMT+7)", "10:08 | 18/08/2025", "nhiệm kỳ 2025 - 2030",
        "Từ ngày 02/01/2025 đến ngày 03/01/2025, Đại hội", "Trong 2 ngày 14 và 15/8", "9 giờ 30", "Chiều 3-9", "không có số",
        "Ngày \u{1D7D9}/8", "x\u{0660}", "",
    ]

    @Test func textWithoutDigitsMatchesNoDatePattern() {
        let dates = DateExpressions()
        let patterns = [dates.fullDate, dates.time, dates.opener, dates.range, dates.anyDayMonth, dates.term]
        var skipped = 0
        for line in Self.lines where !DateExpressions.mayHoldDigit(line) {
            skipped += 1
            for pattern in patterns {
                #expect(pattern.firstMatch(line) == nil, "\(line.debugDescription)")
            }
        }
        #expect(skipped > Self.lines.count / 4)
        for line in Self.lines where line.utf8.contains(where: { (0x30...0x39).contains($0) }) {
            #expect(DateExpressions.mayHoldDigit(line), "\(line.debugDescription)")
        }
    }

    @Test func dateLinesAreTheThreeAnswers() {
        let parser = DateParser()
        var dateLines = 0
        for line in Self.lines + Self.lines.map({ "Lam Hàn - Đình Thiên " + $0 + " 11:15" }) {
            let dateLine = parser.dateLine(line)
            #expect((dateLine != nil) == parser.hasDateOrTime(line), "\(line.debugDescription)")
            guard let dateLine else { continue }
            dateLines += 1
            #expect(dateLine.publication == parser.publication(in: line), "\(line.debugDescription)")
            #expect(dateLine.offset == parser.dateOrTimeOffset(line), "\(line.debugDescription)")
        }
        #expect(dateLines > 10)
    }

    @Test func longTextsAreNoAuthorNames() throws {
        let parser = ArticleParser(lexicon: try TestSupport.lexicon())
        let names = ["Thu Trang", "NGỌC HÀ", "Minh Anh (TTXVN)", "Lam Hàn - Đình Thiên", "Bài và ảnh: NGỌC HÀ",
                     "Bài và ảnh: Nguyễn Văn Minh Anh (TTXVN) - Trần Thị Thu Trang (VNA)"]
        var lines = Self.lines + names + ["bài:a b c d e f Minh Anh"]
        for count in 18...26 {
            lines.append(Array(repeating: "Anh", count: count).joined(separator: " "))
            lines.append("Bài và ảnh: " + Array(repeating: "( A )", count: count / 3).joined(separator: " - "))
        }
        for line in lines {
            #expect(parser.authorName(line) == parser.authorNameOfAnyLength(line), "\(line.debugDescription)")
            for limit in [0, 3, 21] {
                #expect(ArticleParser.hasMoreWords(than: limit, line) == (line.wordCount > limit), "\(line.debugDescription)")
            }
        }
        #expect(names.allSatisfy { parser.authorName($0) != nil })
    }

    @Test func digitCountsAreCounts() {
        for line in Self.lines {
            let digits = line.utf8.filter { (0x30...0x39).contains($0) }.count
            for minimum in [0, 1, 2, 8] {
                #expect(DateParser.asciiDigitCount(line, atLeast: minimum) == (digits >= minimum), "\(line.debugDescription)")
            }
        }
    }

    @Test func termYearsFromBlocksWithEightDigitsAreTheTermYearsOfAll() throws {
        let parser = DateParser()
        var texts: [[String]] = []
        for file in try TestSupport.seedFiles() {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            texts.append(text.split(separator: "\n").map(String.init))
        }
        texts.append(["Đại hội nhiệm kỳ 2020 - 2025. Nhiệm kỳ 2025-2030 mở ra", "nhiệm kỳ 2025 – 2030, Đại hội", "12345678"])
        for blocks in texts {
            let all = blocks.flatMap { SentenceSplitter.sentences($0).map(String.init) }
            let some = blocks.flatMap { DateParser.asciiDigitCount($0, atLeast: 8) ? SentenceSplitter.sentences($0).map(String.init) : [] }
            #expect(parser.termStartYear(in: all) == parser.termStartYear(in: some))
        }
    }
}

/// The byline shortcuts of `ArticleParser` held to the Foundation answers they replace.
@Suite struct BylineFastPathTests {
    @Test func namePartsAreComponents() {
        let made = ["a - b", "a - - b", " - ", "- a -", "a -b", "a- b", "Thu Trang - Minh Anh", "Thu Trang – Minh Anh", "a  -  b",
                    " - a - ", "a - b - c", "a -\u{301} b", "a - \u{301}b", "a\u{301} - b", ""]
        for text in DateFastPathTests.lines + made {
            #expect(ArticleParser.nameParts(text) == text.components(separatedBy: " - "), "\(text.debugDescription)")
        }
    }

    @Test func bylinePrefixesAreToldFromTheHead() {
        let heads = ArticleParser.bylinePrefixes + ArticleParser.bylinePrefixes.map { $0.uppercased() }
            + ArticleParser.bylinePrefixes.map { $0.decomposedStringWithCanonicalMapping }
        for text in DateFastPathTests.lines + heads.map({ $0 + " Thu Trang" }) + heads {
            let trimmed = text.trimmed
            let whole = ArticleParser.bylinePrefixes.first { trimmed.lowercased().hasPrefix($0) }
            let head = ArticleParser.bylinePrefixes.first {
                trimmed.prefix(ArticleParser.longestBylinePrefix + 1).lowercased().hasPrefix($0)
            }
            #expect(whole == head, "\(text.debugDescription)")
        }
    }
}
