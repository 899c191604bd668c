import Foundation
import Testing
@testable import SitegenKit

/// The shortcuts rendering takes (links counted once per page, replacements on bytes, roles
/// translated ahead) answer exactly what the longer way does.
@Suite struct RenderShortcutsTests {
    @Test(arguments: ["index.html", "404.html", "en/index.html", "vi/bai-viet/x/index.html", "vi/chu-de/y/2025/index.html", "a//b/index.html"])
    func pageLinksAreRelativeLinks(file: String) {
        let links = PageLinks(file: file)
        #expect(links.to(file: "assets/site.css") == RelativeLink.from(file, to: "assets/site.css"))
        #expect(links.to(.article("z"), .en) == RelativeLink.from(file, to: Route.article("z").file(in: .en)))
        #expect(links.root == RelativeLink.root(from: file))
        var moved = PageLinks(file: "index.html")
        moved.file = file
        #expect(moved.to(file: "x.html") == links.to(file: "x.html"))
    }

    @Test(arguments: [
        ("<blockquote>\n<p>a</p>\n</blockquote>\n<blockquote>", "<blockquote>"),
        ("{place} và {place}: {placeX}", "{place}"),
        ("Phường Cầu Giấy {date}", "{date}"),
        ("no match", "{date}"),
        ("", "{date}"),
        ("{d", "{date}"),
        ("aaa", "aa"),
    ])
    func bytesReplaceAsFoundationDoes(text: String, target: String) {
        #expect(text.replacingBytes(of: target, with: "«đ»") == text.replacingOccurrences(of: target, with: "«đ»"))
    }

    @Test func rolesTranslatedAheadAreTheComposedOnes() throws {
        let translator = try TranslateFixtures.translator()
        let roles = TranslateRoleTests.seedRoles.map(\.vi) + ["Bí thư Đảng ủy phường Cầu Giấy"]
        let ahead = translator.translatingAhead(roles, jobs: 2)
        for role in roles + ["Chủ tịch xã Chưa Biết", "Bi\u{0301} thư Đảng ủy phường Cầu Giấy"] {
            #expect(ahead.role(role, in: .en) == translator.role(role, in: .en))
            #expect(ahead.role(role, in: .vi) == translator.role(role, in: .vi))
        }
    }
}

extension RenderShortcutsTests {
    @Test(arguments: ["", "Cầu Giấy", "a \"b\" \\ c", "line\nbreak\r\ttab\u{1}", "x\u{2028}y\u{2029}z", "\u{E2}\u{80}", "€ ‘’ \u{2027}\u{202A}", " edge ", "é\u{301}"])
    func searchIndexLinesAreTrimmedJSON(text: String) {
        let members = [("t", text), ("k", "kind"), ("f", text + " " + text)]
        let json = JSONValue.object(members.map { ($0.0, JSONValue.string($0.1)) })
        let expected = json.rendered().split(separator: "\n").map { $0.trimmed }.joined(separator: " ")
        #expect(SearchIndex.line(members.map { (key: $0.0, value: $0.1) }) == expected)
    }
}

extension RenderShortcutsTests {
    /// `HTMLLines.normalize` character by character: the definition.
    static func normalizedLineByLine(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimmed
            if trimmed.isEmpty { continue }
            out += trimmed
            out += "\n"
        }
        return out
    }

    /// Where the eight-byte scan must stop: each special byte at each offset of a word.
    static var lineEdgeCases: [String] {
        var cases = ["", "\n", "\n\n", "a", "   a   ", "\t<p>x</p>\n  <p>y</p>  \n", "Cầu Giấy\u{00A0}", "\u{3000}Hà Nội", "e\u{301}",
                     " \u{301}a", "a\r\nb", "x\u{2028}y",
                     // The byte path moving lines up, then stopping at a later line.
                     " x \n\n y \r\nz", "  a\n b \n c\u{301}\n d ", "a\nb\n\u{00A0}c\n d ", "a \nb\u{3000}\n\n c", " \n \n", "a\n \nb  ",
                     "long line kept\n  moved\nlast line without feed", "  x"]
        for special in ["\n", "\r", "\u{301}", "\u{36F}", " ", "\u{00A0}"] {
            for offset in 0..<17 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 17 - offset)
                cases += [text, "  " + text + "  \n" + text, text + "\n"]
            }
        }
        return cases
    }

    @Test func htmlLinesOnBytesAreTheLineByLineOnes() throws {
        var texts = Self.lineEdgeCases
        for file in try SiteFixture.build() where file.path.hasSuffix(".html") || file.path.hasSuffix(".xml") {
            // The built pages are normalised already: indent them again to give the trimming work.
            let text = String(decoding: file.bytes, as: UTF8.self)
            texts.append(text)
            texts.append(text.split(separator: "\n").map { "    " + $0 + " \t" }.joined(separator: "\n\n"))
        }
        var quick = 0
        for text in texts {
            let expected = Self.normalizedLineByLine(text)
            #expect(HTMLLines.normalize(text) == expected, "\(text.debugDescription)")
            #expect(HTMLLines.normalize(Array(text.utf8)) == Array(expected.utf8))
            var copy = text
            if let fast = copy.withUTF8({ HTMLLines.normalizeASCIIEdges($0) }) {
                #expect(fast == Array(expected.utf8))
                quick += 1
            }
        }
        #expect(quick > texts.count / 2, "the byte path must answer most pages")
    }

    @Test func articleLinksAndDistinctRolesMadeOnceAreTheRoutesOnes() throws {
        let inputs = try TemplateDifferentialTests.seedInputs()
        let builder = PageBuilder(inputs: inputs)
        let links = PageLinks(file: "en/chu-de/x/index.html")
        for language in Language.allCases {
            for (index, entry) in inputs.plan.articles.enumerated() {
                #expect(builder.articleLink(at: index, language, links) == links.to(.article(entry.slug), language))
            }
        }
        #expect(!inputs.plan.officials.isEmpty)
        for entry in inputs.plan.officials {
            #expect(builder.distinctRoles(of: entry) == entry.official.distinctRoles)
            for language in Language.allCases {
                for articleID in Set(entry.official.roles.map(\.article)).union(["no-such-article"]) {
                    #expect(builder.roles(of: entry, in: articleID, language) == builder.roles(of: entry.official, in: articleID, language))
                }
            }
        }
    }
}

extension RenderShortcutsTests {
    /// HTML escaping byte by byte: the definition.
    static func escapedByteByByte(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case UInt8(ascii: "\""): out += Array("&quot;".utf8)
            case UInt8(ascii: "'"): out += Array("&#39;".utf8)
            default: out.append(byte)
            }
        }
        return out
    }

    @Test func htmlEscapingEightBytesAtATimeIsTheByteByByteOne() throws {
        var texts = try TranslateFastPathTests.seedLines()
        for special in ["&", "<", ">", "\"", "'", "\"\u{301}", "%", "=", "~"] {
            for offset in 0..<18 {
                texts.append(String(repeating: "a", count: offset) + special + String(repeating: "ầ", count: 18 - offset))
                texts.append(String(repeating: special, count: offset))
            }
        }
        for text in texts {
            var out: [UInt8] = Array("x".utf8)
            HTMLEscape.append(text, to: &out)
            #expect(out == Array("x".utf8) + Self.escapedByteByByte(text), "\(text.debugDescription)")
        }
    }
}

extension RenderShortcutsTests {
    @Test func alternatesFromPathsMadeOnceAreTheRoutesOnes() throws {
        let plan = try SiteFixture.plan()
        #expect(plan.routes.count > 10)
        for route in plan.routes {
            let paths = Bilingual { route.path(in: $0) }
            let quick = PageBuilder.alternates(route, paths: paths)
            let plain = PageBuilder.alternates(route)
            #expect(quick.map(\.hreflang) == plain.map(\.hreflang))
            #expect(quick.map(\.path) == plain.map(\.path))
            for language in Language.allCases {
                #expect(paths[language] + "index.html" == route.file(in: language))
            }
        }
    }
}

extension RenderShortcutsTests {
    @Test func htmlEscapedTextIsTheByteByByteOne() throws {
        var texts = try TranslateFastPathTests.seedLines()
        for special in ["&", "<", ">", "\"", "'", "\"\u{301}"] {
            for offset in 0..<18 { texts.append(String(repeating: "ầ", count: offset / 2) + String(repeating: "b", count: offset % 2) + special + "x") }
        }
        var changed = 0
        for text in texts {
            let expected = String(decoding: Self.escapedByteByByte(text), as: UTF8.self)
            #expect(text.htmlEscaped == expected, "\(text.debugDescription)")
            #expect(HTMLEscape.needsEscaping(text) == (expected != text))
            if expected != text { changed += 1 }
        }
        #expect(changed > 0 && changed < texts.count)
    }
}

extension RenderShortcutsTests {
    /// Pages give the overviews their entity's records read in place, unfiltered: the same
    /// overviews as the public functions make from copied records, which they filter.
    @Test func overviewsOfRecordsReadInPlaceAreTheFilteredOnes() throws {
        let inputs = try TemplateDifferentialTests.seedInputs()
        let builder = PageBuilder(inputs: inputs)
        let plan = inputs.plan
        let writer = inputs.summaries
        let everyRecord = plan.articles.map(\.record)
        #expect(!plan.units.isEmpty && !plan.officials.isEmpty && !plan.themes.isEmpty)
        for language in Language.allCases {
            for entry in plan.units {
                var unit = entry.unit
                unit.articles = entry.articleIDs
                let inPlace = builder.records(entry.articleIDs)
                #expect(Array(inPlace).map(\.article.id) == entry.articleIDs)
                #expect(writer.unitOverview(unit, named: inPlace, in: language) == writer.unitOverview(unit, records: everyRecord, in: language))
            }
            for entry in plan.officials {
                let roles = builder.distinctRoles(of: entry)
                #expect(writer.officialOverview(entry.official, named: builder.records(entry.articleIDs), distinctRoles: roles, in: language)
                    == writer.officialOverview(entry.official, records: everyRecord, in: language))
            }
            for entry in plan.themes where !entry.articleIDs.isEmpty {
                #expect(writer.themeOverview(entry.theme, matching: builder.records(entry.articleIDs), in: language)
                    == writer.themeOverview(entry.theme, records: everyRecord, in: language))
            }
        }
    }
}

extension RenderShortcutsTests {
    /// A page finds its entity's article positions once and filters them by year on the plan's
    /// dates: the same articles as `SitePlan.articleIDs(_:in:)`; headlines and name keys made
    /// once are the ones made on the page.
    @Test func articlePositionsByYearAndKeysMadeOnceAreThePlansOnes() throws {
        let inputs = try TemplateDifferentialTests.seedInputs()
        let builder = PageBuilder(inputs: inputs)
        let plan = inputs.plan
        var lists = plan.units.map(\.articleIDs) + plan.officials.map(\.articleIDs) + plan.themes.map(\.articleIDs)
        lists.append(plan.articles.map(\.id) + ["no-such-article"])
        let years = Set(plan.articles.map { ArticleYear(of: $0.date) })
        #expect(!years.isEmpty)
        for ids in lists {
            for year in years {
                #expect(builder.articleIndexes(builder.articleIndexes(ids), in: year) == builder.articleIndexes(plan.articleIDs(ids, in: year)))
            }
        }
        for entry in plan.officials {
            #expect(builder.officialKey(entry) == entry.official.name.vietnameseKey)
            for appointment in entry.official.roles {
                #expect(builder.articleIndex(appointment.article).map { plan.articles[$0].date.iso } == plan.article(appointment.article)?.date.iso)
            }
        }
        #expect(builder.articleIndex("no-such-article") == nil && plan.article("no-such-article") == nil)
        for language in Language.allCases {
            for (index, entry) in plan.articles.enumerated() {
                #expect(builder.headline(at: index, language) == builder.headline(entry, language))
            }
        }
    }
}

extension RenderShortcutsTests {
    /// Grouping digits, `Character` by `Character`: the definition.
    static func groupedByCharacter(_ value: Int, separator: Character) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(separator) }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    @Test func numbersGroupedOnBytesAreTheCharacterOnes() {
        var values = [0, 1, -1, 9, 10, 99, 100, 999, 1_000, -1_000, 5_500, 12_345, 999_999, 1_000_000, -1_234_567, Int.max, Int.min]
        values += (0..<200).map { $0 * 7_919 - 500_000 }
        for value in values {
            #expect(FactFormat.number(value, in: .en) == Self.groupedByCharacter(value, separator: ","))
            #expect(FactFormat.number(value, in: .vi) == Self.groupedByCharacter(value, separator: "."))
            #expect(LocalFormat(language: .vi, months: []).number(value) == Self.groupedByCharacter(value, separator: "."))
            #expect(LocalFormat(language: .en, months: []).number(value) == Self.groupedByCharacter(value, separator: ","))
        }
    }
}

extension RenderShortcutsTests {
    @Test(arguments: ["", " ", "\n\t\r\n", "\u{00A0}\u{3000}", " a ", "\u{301}", " \u{301}", "\u{2028}", "x"])
    func summaryHTMLTellsBlankMarkdownAsTrimmingDoes(text: String) {
        let summary = SummaryWriter.Summary(markdown: text, source: .facts)
        #expect((SummaryHTML.render(summary, in: .en) == nil) == text.trimmed.isEmpty)
    }
}

extension RenderShortcutsTests {
    /// Quoted key sentences made in one buffer are the ones made by trimming and escaping
    /// Characters: on the seed lines and on white space and marks at both ends.
    @Test func quotedSentencesMadeOnBytesAreTheTrimmedAndEscapedOnes() throws {
        var texts = try TranslateFastPathTests.seedLines()
        texts += ["", " ", "\t\r\n", " a ", "\r\nx\r\n", " \u{301}a", "a \u{301}", "\u{00A0}a\u{00A0}", "\u{2028}a\u{2029}",
                  "  *Hà* [Nội] <b>  ", "\u{3000}Cầu Giấy", "e\u{301}", "x\u{0B}\u{0C}", "a\u{85}", "#1. - + `c`"]
        #expect(texts.count > 20)
        for text in texts + texts.map({ " \t" + $0 + "\n " }) {
            #expect(SummaryWriter.quoted(text) == "> " + text.trimmed.markdownEscaped, "\(text.debugDescription)")
        }
    }
}

extension RenderShortcutsTests {
    /// A list item made of the article's shared fields and the page's link renders as the whole
    /// `ArticleItemView` does, in the site's list template and in one naming every field.
    @Test func listItemsOfSharedFieldsRenderAsWholeViews() throws {
        let inputs = try TemplateDifferentialTests.seedInputs()
        let builder = PageBuilder(inputs: inputs)
        let sources = try TemplateDifferentialTests.siteTemplateSources()
        var templates = sources
        templates["main"] = "{{#items}}[{{headline}}|{{href}}|{{date}}|{{dateISO}}|{{place}}|{{topics}}|{{originalTitle}}|{{missing}}]\n{{/items}}{{>partials/article-list}}"
        let library = try TemplateLibrary(sources: templates)
        let links = PageLinks(file: "vi/chu-de/x/2025/index.html")
        #expect(!inputs.plan.articles.isEmpty)
        for language in Language.allCases {
            let indexes = Array(inputs.plan.articles.indices)
            let shared = TemplateValue.fields(["missing": .text("outer"), "items": .list(builder.articleItems(at: indexes, language, links))])
            let whole = TemplateValue.fields(["missing": .text("outer"), "items": .list(indexes.map { builder.articleItemView(at: $0, language, links) })])
            let ours = try library.render("main", shared)
            #expect(ours == (try library.render("main", whole)))
            #expect(String(decoding: ours, as: UTF8.self).contains("|outer]"))
        }
    }
}
