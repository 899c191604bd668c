import Testing
@testable import SitegenKit

/// `PlainText` on UTF-8 held to its definition on scalars.
@Suite struct PlainTextTests {
    static let edges = ["", "a", "\u{9F}", "\u{A0}", "\u{2FF}", "\u{300}", "a\u{301}", "\u{1DFF}", "\u{1E00}", "\u{1EFF}",
                        "\u{1F00}", "\u{200F}", "\u{2010}", "\u{2027}", "\u{2028}", "\u{202F}", "\u{2030}", "\u{205E}",
                        "\u{205F}", "\u{20A0}", "\u{20BF}", "\u{20C0}", "\u{FEFF}", "😀", "Đại hội 😀", "x\u{10FFFF}", "한국어"]

    @Test func plainOnBytesIsPlainOnScalars() {
        for text in SegmentFastPathTests.inputs + Self.edges + Self.edges.map({ "Đại hội " + $0 + " x" }) {
            let scalars = text.unicodeScalars.allSatisfy { $0.isASCII || PlainText.isPlain($0.value) }
            #expect(PlainText.isPlain(text) == scalars, "\(text.debugDescription)")
            #expect(PlainText.isPlain(text[...]) == scalars, "\(text.debugDescription)")
        }
    }
}
