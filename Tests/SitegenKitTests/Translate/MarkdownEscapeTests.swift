import Foundation
import Testing
@testable import SitegenKit

/// `markdownEscaped` on bytes against the character-by-character rule it replaces.
@Suite("Markdown escaping")
struct MarkdownEscapeTests {
    @Test(arguments: [
        "Hà Nội: 1.250 đại biểu (chính thức) - *không* [link](x) <b>&amp;</b> `code` #1 a_b c|d e~f g=h i!j {k} l+m \\n",
        "line\nbreak\r\nand\rreturn\u{2028}sep\u{2029}para",
        "a.\u{301}b -\u{300} (\u{323}x) đ. Đ- .đ",
        "\u{0600}.x ..\u{200D}. e\u{301}.",
        "", ".", "\r\n", "\n\n", "ắ", "!\r", "x\r\n.",
    ])
    func bytesAgreeWithCharacters(_ text: String) {
        #expect(text.markdownEscaped == MarkdownEscape.escapedByCharacter(text))
        let slice = text.dropFirst()
        #expect(slice.markdownEscaped == MarkdownEscape.escapedByCharacter(slice))
    }

    @Test func bytesAgreeWithCharactersOnEveryLineOfTheSeeds() throws {
        var lines = 0
        for file in try TestSupport.seedFiles() {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(line.markdownEscaped == MarkdownEscape.escapedByCharacter(line))
                lines += 1
            }
            #expect(text.markdownEscaped == MarkdownEscape.escapedByCharacter(text))
        }
        #expect(lines > 100)
    }

    @Test func syntaxIsEscapedAndLineBreaksBecomeSpaces() {
        #expect("a*b\r\nc".markdownEscaped == "a\\*b c")
        #expect("[x](y)".markdownEscaped == "\\[x\\]\\(y\\)")
    }
}
