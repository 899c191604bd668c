import Foundation
import Testing
@testable import SitegenKit

@Suite("Templates and interface strings")
struct TemplateStringsTests {
    let templates = SiteFixture.templates

    @Test func bothLanguagesHaveTheSameKeys() throws {
        let vi = try InterfaceStrings.load(from: templates.appendingPathComponent("i18n"), language: .vi)
        let en = try InterfaceStrings.load(from: templates.appendingPathComponent("i18n"), language: .en)
        #expect(Set(vi.strings.keys) == Set(en.strings.keys))
        #expect(vi.months.count == 12 && en.months.count == 12)
    }

    @Test func everyStringATemplateUsesExists() throws {
        let en = try InterfaceStrings.load(from: templates.appendingPathComponent("i18n"), language: .en)
        let regex = try NSRegularExpression(pattern: #"\{\{[#^]?(?:t|vi|en)\.([A-Za-z_]+)\}\}"#)
        let library = try TemplateLibrary.load(from: templates)
        #expect(library.names.contains("layout") && library.names.contains("article"))
        for name in library.names {
            let text = try String(contentsOf: templates.appendingPathComponent(name + ".mustache"), encoding: .utf8)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                #expect(en.strings[String(text[range])] != nil, "\(name).mustache uses a missing string \(text[range])")
            }
        }
    }

    @Test func tripleBracesOnlyPrintMarkupSitegenOrCmarkMade() throws {
        let library = try TemplateLibrary.load(from: templates)
        let regex = try NSRegularExpression(pattern: #"\{\{\{([A-Za-z_.]+)\}\}\}"#)
        for name in library.names {
            let text = try String(contentsOf: templates.appendingPathComponent(name + ".mustache"), encoding: .utf8)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                let field = String(text[range])
                #expect(field.hasSuffix("HTML") || field == "svg", "\(name).mustache prints \(field) unescaped")
            }
        }
    }

    @Test(arguments: [(Language.vi, 5500, "5.500"), (.en, 5500, "5,500"), (.en, 1234567, "1,234,567"), (.vi, 250, "250")])
    func numbersAreWrittenTheLanguagesWay(language: Language, value: Int, text: String) {
        #expect(LocalFormat(language: language, months: []).number(value) == text)
    }

    @Test func escapedTextStaysText() {
        #expect("<script>alert(1)</script>".htmlEscaped == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(HTMLLines.normalize("  <p>a</p>\n\n   <p>b</p>  \n") == "<p>a</p>\n<p>b</p>\n")
    }
}
