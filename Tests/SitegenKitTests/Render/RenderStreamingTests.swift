import Testing
@testable import SitegenKit

/// The open data written as it comes, and the entity positions found once, answer what the
/// trees and the page-by-page lookups they replace do.
@Suite struct RenderStreamingTests {
    /// `value` written through `JSONWriter`, value by value.
    static func written(_ value: JSONValue) -> [UInt8] {
        var json = JSONWriter()
        write(value, to: &json)
        return json.out
    }

    private static func write(_ value: JSONValue, to json: inout JSONWriter) {
        switch value {
        case .null: json.null()
        case .bool: Issue.record("the open data writes no Boolean")
        case .int(let number): json.int(number)
        case .string(let text): json.string(text)
        case .array(let values):
            json.beginArray()
            for value in values { write(value, to: &json) }
            json.end()
        case .object(let members):
            json.beginObject()
            for (key, value) in members {
                json.key(key)
                write(value, to: &json)
            }
            json.end()
        }
    }

    static let edgeValues: [JSONValue] = [
        .null, .int(0), .int(-12), .string(""), .string("a \"b\" \\ c\n\t\u{1}\u{2028}"), .string("Cầu Giấy é\u{301}"),
        .array([]), .object([]), .array([.array([]), .object([]), .array([.null])]),
        .object([("a", .array([])), ("b", .object([("c", .object([])), ("d", .array([.string("x"), .int(3)]))])), ("", .null)]),
        .array([.object([("k", .array([.object([("x", .string("y"))])]))]), .object([])]),
    ]

    @Test(arguments: edgeValues)
    func writerPrintsAsJSONValueDoes(value: JSONValue) {
        #expect(Self.written(value) == value.renderedBytes())
        #expect(Self.written(.array([value, value])) == JSONValue.array([value, value]).renderedBytes())
        #expect(Self.written(.object([("v", value)])) == JSONValue.object([("v", value)]).renderedBytes())
    }

    @Test func openDataWrittenAsItComesIsThePrintedTrees() throws {
        let inputs = try TemplateDifferentialTests.seedInputs()
        let builder = PageBuilder(inputs: inputs)
        #expect(!inputs.plan.articles.isEmpty && !inputs.plan.units.isEmpty && !inputs.plan.officials.isEmpty)
        let streamed = OpenData.render(builder: builder)
        let trees = OpenData.renderedAsTrees(builder: builder)
        #expect(streamed.map(\.path) == trees.map(\.path))
        for (ours, reference) in zip(streamed, trees) {
            #expect(ours.bytes == reference.bytes, "\(ours.path)")
        }
    }

    @Test func entityPositionsFoundOnceAreTheLookedUpOnes() throws {
        let inputs = try TemplateDifferentialTests.seedInputs()
        let builder = PageBuilder(inputs: inputs)
        let plan = inputs.plan
        #expect(plan.units.contains { !$0.articleIDs.isEmpty } && plan.themes.contains { !$0.articleIDs.isEmpty })
        for entry in plan.units { #expect(builder.articleIndexes(of: entry) == builder.articleIndexes(entry.articleIDs)) }
        for entry in plan.officials { #expect(builder.articleIndexes(of: entry) == builder.articleIndexes(entry.articleIDs)) }
        for entry in plan.themes { #expect(builder.articleIndexes(of: entry) == builder.articleIndexes(entry.articleIDs)) }
        // An entry that is not the plan's own (other ids under a known slug) is looked up.
        if var entry = plan.units.first {
            entry.articleIDs = Array(entry.articleIDs.reversed()) + [plan.articles[0].id]
            #expect(builder.articleIndexes(of: entry) == builder.articleIndexes(entry.articleIDs))
        }
    }

    @Test(arguments: ["", "/", "//", "a", "a/b", "a/b/", "/a//b//", "seeds/00001_x.txt", "/tmp/ref/c1k/seeds/00000_aece91d3903d3804.txt",
                      "Cầu Giấy/bài.txt", "a/\u{301}b", "x/y\u{301}/", "\r\n/\r\n", "é/"])
    func lastPathPartOnBytesIsTheSplitOne(path: String) {
        #expect(path.lastPathPart == path.lastPathPartByCharacters)
        #expect(path.lastPathPart == (path.split(separator: "/").last.map(String.init) ?? path))
    }

    @Test func summariesReplacedOnCmarksBytesAreTheReplacedStrings() throws {
        let inputs = try TemplateDifferentialTests.seedInputs()
        var summaries: [SummaryWriter.Summary] = []
        for entry in inputs.plan.articles {
            let made = inputs.summaries.summaries(of: entry.record)
            summaries += [made.vi, made.en]
        }
        #expect(summaries.contains { $0.markdown.contains("\n> ") })
        for markdown in ["", " ", "> a\n\n> b", "<blockquote>", "x\n\n> q <blockquote> \u{301}", "> \u{0}"] {
            summaries += [SummaryWriter.Summary(markdown: markdown, source: .facts), SummaryWriter.Summary(markdown: markdown, source: .editor)]
        }
        var replaced = 0
        for summary in summaries {
            for language in Language.allCases {
                let ours = SummaryHTML.render(summary, in: language)
                #expect(ours == SummaryHTML.renderedThenReplaced(summary, in: language))
                if ours?.contains("<blockquote lang=\"vi\">") == true { replaced += 1 }
            }
        }
        #expect(replaced > 0)
    }

    @Test func placeArticlesFoundByKeysMadeOnceAreTheFilteredOnes() throws {
        let inputs = try TemplateDifferentialTests.seedInputs()
        let builder = PageBuilder(inputs: inputs)
        let plan = inputs.plan
        let writer = inputs.summaries
        for (index, entry) in plan.articles.enumerated() {
            #expect(builder.primaryUnitKey(at: index) == entry.record.primaryUnit?.key)
        }
        var aboutSome = 0
        for entry in plan.units {
            let key = UnitKey(kind: entry.unit.kind, name: entry.unit.name)
            let indexes = builder.articleIndexes(of: entry)
            let about = indexes.filter { builder.primaryUnitKey(at: $0) == key }
            let filtered = indexes.filter { plan.articles[$0].record.primaryUnit.map { $0.kind == key.kind && $0.key == key } ?? false }
            #expect(about == filtered)
            if !about.isEmpty { aboutSome += 1 }
            var unit = entry.unit
            unit.articles = entry.articleIDs
            for language in Language.allCases {
                #expect(writer.unitOverview(unit, named: builder.records(at: indexes), about: builder.records(at: about), in: language)
                    == writer.unitOverview(unit, named: builder.records(at: indexes), in: language))
            }
        }
        #expect(aboutSome > 0)
    }

    @Test func positionsOfPeriodsOfficialsAndThemeCountsAreTheCopiedEntries() throws {
        let inputs = try TemplateDifferentialTests.seedInputs()
        let builder = PageBuilder(inputs: inputs)
        let plan = inputs.plan
        #expect(!plan.periods.isEmpty)
        var templates = try TemplateDifferentialTests.siteTemplateSources()
        templates["main"] = "{{#items}}[{{headline}}|{{href}}|{{date}}|{{dateISO}}|{{place}}|{{topics}}|{{originalTitle}}]\n{{/items}}"
        let library = try TemplateLibrary(sources: templates)
        let links = PageLinks(file: "vi/bai-viet/2025/08/index.html")
        for period in plan.periods {
            let positions = plan.articlePositions(in: period)
            #expect(positions.map { plan.articles[$0].id } == plan.articles(in: period).map(\.id))
            for language in Language.allCases {
                let byPosition = TemplateValue.fields(["items": .list(builder.articleItems(at: positions, language, links))])
                let byEntry = TemplateValue.fields(["items": .list(plan.articles(in: period).map { builder.articleItem($0, language, links) })])
                #expect(try library.render("main", byPosition) == library.render("main", byEntry))
            }
        }
        for entry in plan.articles {
            #expect(plan.officialPositions(inArticle: entry.id).map { plan.officials[$0].slug } == plan.officials(inArticle: entry.id).map(\.slug))
        }
        var lists = plan.units.map { builder.articleIndexes(of: $0) } + plan.themes.map { builder.articleIndexes(of: $0) }
        lists.append(Array(plan.articles.indices) + Array(plan.articles.indices))
        for indexes in lists {
            let counts = builder.themeArticleCounts(indexes)
            for theme in plan.themes {
                #expect((counts[theme.theme.id] ?? 0) == indexes.count { plan.articles[$0].record.themes.contains(theme.theme.id) })
            }
        }
    }

    @Test func articlePagesReadByPositionAreTheSlugsEntries() throws {
        let inputs = try TemplateDifferentialTests.seedInputs()
        let builder = PageBuilder(inputs: inputs)
        let plan = inputs.plan
        #expect(plan.articlePosition(withSlug: "no-such-slug") == nil)
        for entry in plan.articles {
            let position = try #require(plan.articlePosition(withSlug: entry.slug))
            #expect(plan.articles[position].id == plan.articleWithSlug(entry.slug)?.id)
            for language in Language.allCases {
                let atPosition = builder.summary(at: position, language)
                let ofEntry = builder.summary(of: entry, language)
                #expect(atPosition.html == ofEntry.html && atPosition.source == ofEntry.source)
                #expect(builder.headline(at: position, language) == builder.headline(entry, language))
            }
        }
    }
}
