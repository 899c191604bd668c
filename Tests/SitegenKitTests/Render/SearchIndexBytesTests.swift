import Testing
@testable import SitegenKit

/// The search index is written into one byte buffer: each entry's bytes are `SearchIndex.line`'s,
/// and the file is the header, the lines joined with ",\n", and the footer.
@Suite struct SearchIndexBytesTests {
    @Test(arguments: ["", "Cầu Giấy", "a \"b\" \\ c", "line\nbreak\r\ttab\u{1}", "x\u{2028}y\u{2029}z", "\u{E2}\u{80}", "€ ‘’ \u{2027}\u{202A}", " edge ", "é\u{301}"])
    func entryBytesAreTheLinesBytes(text: String) {
        let members = [(key: "t", value: text), (key: "k", value: "kind"), (key: "f", value: text + " " + text)]
        var bytes: [UInt8] = [0x41]
        SearchIndex.appendLine(members, to: &bytes)
        #expect(bytes == [0x41] + Array(SearchIndex.line(members).utf8))
    }

    @Test func theSeedSitesIndexIsItsLinesJoined() throws {
        let inputs = try TemplateDifferentialTests.seedInputs()
        let builder = PageBuilder(inputs: inputs, jobs: 2)
        for language in Language.allCases {
            let text = String(decoding: SearchIndex.render(language, builder: builder).bytes, as: UTF8.self)
            let header = "// sitegen search index (\(language.rawValue)): title t, kind k, note n, path u, folded words f.\nwindow.sitegenSearchIndex = [\n"
            #expect(text.hasPrefix(header) && text.hasSuffix(" }\n];\n"))
            let body = text.dropFirst(header.count).dropLast("\n];\n".count)
            let lines = body.components(separatedBy: ",\n")
            #expect(lines.count >= inputs.plan.articles.count + inputs.plan.units.count)
            #expect(lines.allSatisfy { $0.hasPrefix("{ \"t\": ") && $0.hasSuffix(" }") && !$0.contains("\n") })
        }
    }
}
