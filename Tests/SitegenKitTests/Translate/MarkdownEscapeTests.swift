import Testing
@testable import SitegenKit

/// `markdownEscaped` makes extracted text literal Markdown: through cmark it comes back as the
/// same text, one paragraph, with no markup of its own.
@Suite struct MarkdownEscapeTests {
    @Test(arguments: [
        "Phường Cầu Giấy: 250 đại biểu (trên 5.500 đảng viên)",
        "# not a heading",
        "1. not a list - + * items",
        "[link](javascript:alert(1)) <script>alert(1)</script> &amp; &#x41;",
        "*emphasis* _under_ `code` ~~strike~~ | table | a=b",
        "back\\slash at the end \\",
        "!<img src=x onerror=alert(1)>",
        "Đ đ ắ ằ ẳ ẵ ặ — “quoted” … ·",
        "e\u{301} combining mark after a dot.\u{301}",
    ])
    func cmarkGivesTheTextBack(_ text: String) {
        let html = Markdown.html(text.markdownEscaped)
        #expect(html == "<p>" + text.htmlEscapedForTest + "</p>\n")
    }

    @Test(arguments: [
        ("one\ntwo", "one two"),
        ("one\r\ntwo", "one two"),
        ("one\rtwo", "one two"),
        ("one\n\ntwo", "one  two"),
        ("one\u{2028}two\u{2029}three", "one two three"),
    ])
    func lineBreaksBecomeOneSpaceEach(_ text: String, _ expected: String) {
        #expect(text.markdownEscaped == expected)
    }

    @Test func onlySyntaxIsEscaped() {
        #expect("a.b-c".markdownEscaped == "a\\.b\\-c")
        #expect("Tiếng Việt có dấu".markdownEscaped == "Tiếng Việt có dấu")
        #expect(Substring("x*y").markdownEscaped == "x\\*y")
    }
}

private extension String {
    /// What cmark prints for literal text, with its smart punctuation off for these characters.
    var htmlEscapedForTest: String {
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
