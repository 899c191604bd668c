import Testing
@testable import SitegenKit

/// JSON strings: text with nothing to escape is written whole, and gives what the escaping
/// path gives; everything JSON or a `<script>` reader would trip on is escaped.
@Suite struct JSONStringTests {
    @Test(arguments: [
        ("Phường Cầu Giấy – “Đại hội” …", "\"Phường Cầu Giấy – “Đại hội” …\""),
        ("a\"b\\c", "\"a\\\"b\\\\c\""),
        ("line\nbreak\r\ttab", "\"line\\nbreak\\r\\ttab\""),
        ("\u{1}\u{1F}", "\"\\u0001\\u001f\""),
        ("sep\u{2028}para\u{2029}end", "\"sep\\u2028para\\u2029end\""),
        ("\u{2027}\u{202A}", "\"\u{2027}\u{202A}\""),
        ("", "\"\""),
    ])
    func stringsAreWrittenAsJSON(_ text: String, _ expected: String) {
        var out = ""
        JSONValue.writeString(text, to: &out)
        #expect(out == expected)
    }

    @Test func onlyWhatMustBeEscapedTakesTheEscapingPath() {
        #expect(!JSONValue.needsEscaping("Phường Cầu Giấy – “Đại hội” … ắ"))
        #expect(JSONValue.needsEscaping("x\u{2028}"))
        #expect(JSONValue.needsEscaping("x\u{2029}y"))
        #expect(JSONValue.needsEscaping("\t"))
        #expect(!JSONValue.needsEscaping("\u{2027}"))
    }
}
