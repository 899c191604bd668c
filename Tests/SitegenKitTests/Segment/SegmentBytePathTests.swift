import Testing
@testable import SitegenKit

/// Segment's answers on UTF-8 bytes held to the scalar and regular-expression answers.
@Suite struct SegmentBytePathTests {
    static let lines: [String] = SegmentFastPathTests.inputs + [
        "ĐNO - Sáng 25/7, Đảng bộ", "Kinhtedothi – Ngày 9/8", "Hà Nội (TTXVN) —Chiều 3-9", "A -\u{00A0}Tối nay", "A -\tTrưa",
        "A - Rạng sáng", "A - Đêm qua", "A - Hôm nay", "A - Trong 2 ngày", "A - sáng 25/7", "A -\u{2003}Sáng 25/7", "A -\u{0085}Sáng",
        "A — \u{0301}Sáng", "A-Sáng", "2025-2030", "A - B", "A –", "A -", "-", "—Ngày", "X -\u{3000}Ngày 9/8",
    ]

    @Test func markedOpenersAreLookedForWhereTheyCanBe() {
        let dates = DateExpressions()
        var skipped = 0
        for text in Self.lines where !Segmenter.mayHoldMarkedOpener(text) {
            skipped += 1
            #expect(dates.markedOpener.firstMatch(text) == nil, "\(text.debugDescription)")
        }
        #expect(skipped > Self.lines.count / 3)
    }

    @Test func lineShapesOnBytesAreOnScalars() {
        for text in Self.lines {
            let onBytes = text.utf8.withContiguousStorageIfAvailable(LineShape.plainShape(utf8:)) ?? nil
            let onScalars = LineShape.plainShape(scalars: text)
            #expect(onBytes?.words == onScalars?.words && onBytes?.isHeadingLike == onScalars?.isHeadingLike, "\(text.debugDescription)")
            let shape = LineShape(text), slow = LineShape(characters: text)
            #expect(shape.words == slow.words && shape.isHeadingLike == slow.isHeadingLike, "\(text.debugDescription)")
        }
    }
}
