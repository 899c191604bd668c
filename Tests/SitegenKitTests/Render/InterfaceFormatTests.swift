import Foundation
import Testing
@testable import SitegenKit

/// `InterfaceStrings.format` fills a pattern in one scan when that cannot differ from replacing
/// each name's placeholders in turn (`filledByName`, the definition), and falls back otherwise.
@Suite struct InterfaceFormatTests {
    static let valueSets: [[String: String]] = [
        [:],
        ["count": "1.234"],
        ["place": "Phường Cầu Giấy", "date": "7 tháng 12, 2025", "topics": "Giáo dục · Y tế"],
        ["year": "2025", "name": "Nguyễn Văn A", "theme": "", "articles": "3 bài viết"],
        ["place": "{date}", "date": "x}", "topics": "{"],
        ["date": "e\u{301}", "file": "a.txt", "places": "2", "officials": "5", "themes": "9"],
    ]

    static func strings(_ patterns: [String: String]) -> InterfaceStrings {
        InterfaceStrings(language: .en, months: [], monthsShort: [], strings: patterns)
    }

    @Test func theSitesPatternsFillAsNameByNameFillsThem() throws {
        let directory = SiteFixture.templates.appendingPathComponent("i18n")
        var fastAnswers = 0
        for language in [Language.en, .vi] {
            let strings = try InterfaceStrings.load(from: directory, language: language)
            for (key, pattern) in strings.strings {
                for values in Self.valueSets {
                    #expect(strings.format(key, values) == InterfaceStrings.filledByName(pattern, values), "\(key)")
                    if let fast = InterfaceStrings.filledInOnePass(pattern, values) {
                        #expect(fast == InterfaceStrings.filledByName(pattern, values), "\(key)")
                        if pattern.contains("{") { fastAnswers += 1 }
                    }
                }
            }
        }
        // The one scan answers the site's placeholders (the fallback is for odd braces only).
        #expect(fastAnswers > 20)
    }

    @Test(arguments: ["", "plain", "{a}{b}", "{a}{a} {b}", "{{a}}", "{a", "a}", "}{", "{}", "{a{b}}", "{é}", "{e\u{301}}", "x {c} y", "{a}b}"])
    func oddPatternsFillAsNameByNameFillsThem(pattern: String) {
        let strings = Self.strings(["k": pattern])
        for values in Self.valueSets + [["a": "1", "b": "{a}"], ["a": "", "b": "B"], ["é": "acute"], ["": "empty"], ["a": "{", "b": "}"], ["a": "A", "c": "C"]] {
            #expect(strings.format("k", values) == InterfaceStrings.filledByName(pattern, values), "\(pattern) \(values)")
        }
        #expect(strings.format("missing", ["a": "1"]) == "[missing]")
    }
}
