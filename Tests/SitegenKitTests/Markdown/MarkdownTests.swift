import Testing
@testable import SitegenKit

/// cmark through the one wrapper: safe mode, smart punctuation, no source positions.
@Suite struct MarkdownTests {
    @Test func rendersMarkdown() {
        #expect(Markdown.html("**250** đại biểu\n\n> trích dẫn") == "<p><strong>250</strong> đại biểu</p>\n<blockquote>\n<p>trích dẫn</p>\n</blockquote>\n")
    }

    @Test func rawHTMLAndScriptLinksAreDropped() {
        let html = Markdown.html("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("data-sourcepos"))
    }

    @Test func smartPunctuation() {
        #expect(Markdown.html("\"Tinh, gọn\" -- hiệu quả...") == "<p>“Tinh, gọn” – hiệu quả…</p>\n")
    }
}
