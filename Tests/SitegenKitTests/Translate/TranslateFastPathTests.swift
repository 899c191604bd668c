import Foundation
import Testing
@testable import SitegenKit

/// The quick ways of the Translate stage (events found with one lookup per token, role keys
/// compared on bytes, Markdown escaping that appends plain text whole) answer what the plain
/// ways do, on the seeds and on edge cases.
@Suite struct TranslateFastPathTests {
    /// Every line of the seed files, and text that trips byte-level code.
    static func seedLines() throws -> [String] {
        var lines: [String] = []
        for file in try TestSupport.seedFiles() {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return lines + edgeCases
    }

    static let edgeCases = [
        "", " ", "\\", "a.b-c", "Tiếng Việt có dấu", "Ti\u{301}e\u{302}ng Vie\u{323}\u{302}t", "e\u{301} after a dot.\u{301}",
        "one\r\ntwo\rthree\nfour", "\r", "\r\n", "x\u{2028}y\u{2029}z", "\u{E2}\u{80}", "tail \u{E2}", "€ ‘’ \u{2027}\u{202A} — …",
        "Đ đ ắ ằ ẳ ẵ ặ", "[link](javascript:x) <b>&amp;</b> | ~ = : ! # + * _ ` { }", "😀 emoji\u{FE0F}", "\u{0}\u{1F}\u{7F}",
    ]

    /// `markdownEscaped` as it was written before the plain-text shortcut: every byte looked at.
    static func escapedByteByByte(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\r"):
                out.append(UInt8(ascii: " "))
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "\n"):
                out.append(UInt8(ascii: " "))
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                out.append(UInt8(ascii: " "))
                index += 2
            default:
                if "\\`*_{}[]()#+-.!<>|~&=:".utf8.contains(byte) { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func markdownEscapingIsTheByteByByteOne() throws {
        for line in try Self.seedLines() {
            #expect(line.markdownEscaped == Self.escapedByteByByte(line), "\(line.debugDescription)")
            #expect(Substring(line).markdownEscaped == Self.escapedByteByByte(line))
            var appended = "« "
            line.appendMarkdownEscaped(to: &appended)
            #expect(appended == "« " + Self.escapedByteByByte(line))
        }
        // Text bridged from Foundation has no contiguous UTF-8 of its own.
        let bridged = NSString(string: "Phường (Cầu Giấy) — 5.500") as String
        #expect(bridged.markdownEscaped == Self.escapedByteByByte("Phường (Cầu Giấy) — 5.500"))
    }

    @Test func containsWordsOnBytesIsTheTextSearch() throws {
        let site = try TranslateFixtures.seedSite()
        var keys: [String] = []
        for record in site.records {
            for official in record.officials { keys += official.roles.map(\.key) }
            keys += record.units.map(\.name.vietnameseKey)
        }
        keys += ["", " ", "ha noi", "noi", "ha", "cau giay", "a\u{301}", "a", "đang uy phuong cau giay", "uy phuong", "phuong cau"]
        let needles = Array(Set(keys)).sorted()
        var found = 0
        for haystack in needles {
            for needle in needles {
                let quick = SummaryWriter.containsWords(haystack, needle)
                #expect(quick == SummaryWriter.containsWordsAsText(haystack, needle), "\(haystack.debugDescription) / \(needle.debugDescription)")
                if quick { found += 1 }
            }
        }
        #expect(found > needles.count, "some keys must hold others, or the comparison says nothing")
    }

    @Test func eventsFoundWithOneLookupPerTokenAreTheScannedOnes() throws {
        let writer = SummaryWriter(translator: try TranslateFixtures.translator())
        var records = try TranslateFixtures.seedSite().records
        let titles = [
            "Phường Tân An tổ chức Đại hội đại biểu Đảng bộ lần thứ I",
            "Tổ chức họp báo thông tin về Đại hội Đảng bộ thành phố",
            "Đại hội Đảng bộ tổ chức họp báo",
            "Khai mạc Đại hội nhưng không có bộ",
            "Lễ công bố quyết định thành lập phường",
            "tổ chức", "", "Đại hội", "ĐẠI HỘI ĐẢNG BỘ TỔ CHỨC",
        ]
        for (index, title) in titles.enumerated() {
            guard var record = records.first else { break }
            record.article.title = title
            record.keySentences = index % 2 == 0 ? [] : [Evidence(sentence: titles[(index + 3) % titles.count], line: 1)]
            records.append(record)
        }
        var named = 0
        for record in records {
            let quick = writer.event(of: record)
            #expect(quick == writer.eventScanningEveryMatcher(of: record), "\(record.article.title)")
            if quick != nil { named += 1 }
        }
        #expect(named > 0 && named < records.count, "both answers must occur")
    }
}

extension TranslateFastPathTests {
    /// Overviews keep the records they are given when all belong to the entity, and filter them
    /// otherwise: records of other entities around them change nothing.
    @Test func overviewsAreTheSameWithOtherRecordsAround() throws {
        let site = try TranslateFixtures.seedSite()
        let writer = SummaryWriter(translator: try TranslateFixtures.translator())
        let records = site.records
        for language in Language.allCases {
            for unit in site.units {
                let own = records.filter { Set(unit.articles).contains($0.article.id) }
                #expect(writer.unitOverview(unit, records: own, in: language) == writer.unitOverview(unit, records: records, in: language))
            }
            for official in site.officials {
                let own = records.filter { Set(official.roles.map(\.article)).contains($0.article.id) }
                #expect(writer.officialOverview(official, records: own, in: language)
                    == writer.officialOverview(official, records: records, in: language))
            }
            for theme in writer.translator.themes.values {
                let own = records.filter { $0.themes.contains(theme.id) }
                #expect(writer.themeOverview(theme, records: own, in: language) == writer.themeOverview(theme, records: records, in: language))
            }
        }
    }
}

extension TranslateFastPathTests {
    /// Both languages' summaries made together, the event found once, are the ones made apart;
    /// an editor's summary in one language leaves the facts of the other as they were.
    @Test func summariesMadeTogetherAreTheOnesMadeApart() throws {
        let writer = SummaryWriter(translator: try TranslateFixtures.translator())
        var records = try TranslateFixtures.seedSite().records
        if var record = records.first {
            record.editorSummary[.en] = "The editor's *own* words."
            records.append(record)
            record.editorSummary[.vi] = "Lời của biên tập viên."
            records.append(record)
            record.editorSummary[.en] = "   "
            records.append(record)
        }
        for record in records {
            let both = writer.summaries(of: record)
            #expect(both.vi == writer.summary(of: record, in: .vi))
            #expect(both.en == writer.summary(of: record, in: .en))
        }
    }
}

extension RenderShortcutsTests {
    @Test func summariesMadeOnceAreTheOnesEachPageMade() throws {
        let inputs = try TemplateDifferentialTests.seedInputs()
        let builder = PageBuilder(inputs: inputs, jobs: 2)
        #expect(!inputs.plan.articles.isEmpty)
        for entry in inputs.plan.articles {
            for language in Language.allCases {
                let summary = inputs.summaries.summary(of: entry.record, in: language)
                let made = builder.summary(of: entry, language)
                #expect(made.source == summary.source)
                #expect(made.html == SummaryHTML.render(summary, in: language))
            }
        }
    }
}

extension TranslateFastPathTests {
    /// Figure nouns escaped once make the phrases that escaping each noun where it is used makes:
    /// on the seed records' figures and on every kind alone with one and many.
    @Test func figurePhrasesOfNounsEscapedOnceAreTheEscapedOnes() throws {
        let site = try TranslateFixtures.seedSite()
        let writer = SummaryWriter(translator: try TranslateFixtures.translator())
        var figures = site.records.map(\.figures)
        for kind in KeyFigures.Kind.allCases {
            for value in [0, 1, 2, 5_500] {
                figures.append(KeyFigures(values: [kind: KeyFigures.Figure(value: value, evidence: site.records[0].keySentences.first ?? Evidence(sentence: "", line: 1))]))
            }
        }
        #expect(figures.contains { writer.figurePhrase($0, in: .en) != nil })
        for language in Language.allCases {
            for set in figures {
                #expect(writer.figurePhrase(set, in: language) == writer.figurePhraseEscapingEachNoun(set, in: language))
            }
        }
    }
}
