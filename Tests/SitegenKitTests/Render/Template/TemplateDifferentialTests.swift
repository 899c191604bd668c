import Foundation
import Testing
@testable import SitegenKit

/// sitegen's template engine against swift-mustache 2, which rendered the site before it: the
/// same templates and the same values must give the same bytes, before any normalising.
@Suite("Template engine against swift-mustache")
struct TemplateDifferentialTests {
    /// The templates of `Templates/` by name, as text.
    static func siteTemplateSources() throws -> [String: String] {
        let library = try TemplateLibrary.load(from: SiteFixture.templates)
        var sources: [String: String] = [:]
        for name in library.names {
            sources[name] = try String(contentsOf: SiteFixture.templates.appendingPathComponent(name + ".mustache"), encoding: .utf8)
        }
        return sources
    }

    /// The render inputs of the seed site, loaded as `SiteBuild` loads them.
    static func seedInputs() throws -> RenderInputs {
        let config = try SiteConfig.load(from: SiteFixture.config.path)
        let translator = Translator(glossary: try Glossary.load(from: TestSupport.dataDirectory))
        let strings = try Bilingual { try InterfaceStrings.load(from: SiteFixture.templates.appendingPathComponent("i18n"), language: $0) }
        return RenderInputs(config: config, plan: try SiteFixture.plan(), translator: translator,
                            summaries: SummaryWriter(translator: translator), strings: strings,
                            templates: try TemplateLibrary.load(from: SiteFixture.templates), assets: [])
    }

    @Test func everyPageOfTheSeedSiteRendersTheSameWithSwiftMustache() throws {
        let inputs = try Self.seedInputs()
        let sources = try Self.siteTemplateSources()
        let builder = PageBuilder(inputs: inputs)
        var pages: [(String, String, TemplateValue)] = []
        for route in inputs.plan.routes {
            for language in route.isLocalized ? Language.allCases : [.vi] {
                let page = try builder.page(route, language)
                pages.append((route.file(in: language), page.template, page.context))
            }
        }
        pages.append(("404.html", "404", SiteRenderer(inputs: inputs, jobs: 1).notFoundContext()))
        #expect(pages.count > 100)
        var compared = 0
        for (file, template, context) in pages {
            let ours = try inputs.templates.render(template, context)
            let theirs = try MustacheAdapter.render(sources, template, context)
            #expect(ours.count > 1_000, "\(file) is nearly empty")
            #expect(theirs.map { Array($0.utf8) } == ours, "\(file) differs from swift-mustache's rendering")
            compared += 1
        }
        #expect(compared == pages.count)
    }

    /// Templates and a context exercising one construct each.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var templates: [String: String]
        var context: TemplateValue
        var testDescription: String { name }
    }

    static func item(_ label: String, _ note: String?) -> TemplateValue { .fields(["label": .text(label), "note": .maybe(note)]) }

    static let context = TemplateValue.fields([
        "title": .text("Đại hội <Đảng bộ> & \"Hà Nội\" 'mới'"),
        "combining": .text("a<\u{301}b \"\u{300}x' e&\u{323}"),
        "emptyText": .text(""),
        "yes": .bool(true), "no": .bool(false), "count": .number(3),
        "note": .text("outer note"),
        "items": .list([item("một", "n1"), item("hai", nil), item("ba <3>", "n3")]),
        "none": .list([]),
        "layout": .fields(["title": .text("Layout title"), "crumbs": .list([item("Home", nil)])]),
        "t": .strings(["hello": "Xin chào", "bye": "Tạm biệt"]),
        "nested": .fields(["inner": .fields(["deep": .text("deep value")]), "label": .text("nested label")]),
    ])

    static let cases: [Case] = [
        Case(name: "escaping", templates: ["main": "{{title}}|{{{title}}}|{{&title}}|{{combining}}|{{{combining}}}\n"], context: context),
        Case(name: "dotted names and the stack", templates: [
            "main": "{{layout.title}} {{nested.inner.deep}} {{nested.missing.deep}} {{#nested}}{{#inner}}{{deep}} {{label}} {{title}}{{/inner}}{{/nested}}\n{{.missing}}{{#nested}}{{.label}}{{/nested}}\n",
        ], context: context),
        Case(name: "nil climbs the stack", templates: [
            "main": "{{#items}}\n<li>{{label}}{{#note}} ({{note}}){{/note}}</li>\n{{/items}}\n",
        ], context: context),
        Case(name: "sections", templates: [
            "main": "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#emptyText}}[{{.}}]{{/emptyText}}{{#title}}<{{.}}>{{/title}}{{#count}}{{.}}{{/count}}{{#missing}}M{{/missing}}{{#none}}E{{/none}}{{#nested}}{{label}}{{/nested}}\n",
        ], context: context),
        Case(name: "inverted sections", templates: [
            "main": "{{^yes}}Y{{/yes}}{{^no}}N{{/no}}{{^emptyText}}S{{/emptyText}}{{^missing}}M{{/missing}}{{^none}}E{{/none}}{{^items}}I{{/items}}{{^nested}}O{{/nested}}\n",
        ], context: context),
        Case(name: "transforms", templates: [
            "main": """
            {{^empty(items)}}has items{{/empty(items)}}{{#empty(none)}} none empty{{/empty(none)}}
            {{count(items)}} {{plusone(count(items))}} {{minusone(count)}} {{#even(count)}}even{{/even(count)}}{{#odd(count)}}odd{{/odd(count)}}
            {{#first(items)}}first {{label}}{{/first(items)}} {{#last(items)}}last {{label}}{{/last(items)}}
            {{#reversed(items)}}{{label}},{{/reversed(items)}} {{uppercased(title)}} {{lowercased(title)}} {{reversed(title)}} {{capitalized(note)}}
            {{#items}}{{#first()}}[{{/first()}}{{index()}}{{#last()}}]{{/last()}}{{#even()}}e{{/even()}}{{/items}} {{empty(title)}} {{empty(count)}} {{count(t)}} {{^empty(t)}}t{{/empty(t)}} {{#equalzero(count)}}zero{{/equalzero(count)}}

            """,
        ], context: context),
        Case(name: "partials and indentation", templates: [
            "main": "<ul>\n  {{>item}}\n{{#items}}\n    {{>item}}\n{{/items}}\n</ul>\n{{>item}} inline\n",
            "item": "<li>{{label}}</li>\n<p>\n{{#note}}\n  {{note}}\n{{/note}}\n</p>\n",
        ], context: context),
        Case(name: "inheritance", templates: [
            "layout": "<html>\n<title>{{$title}}Default title{{/title}}</title>\n  {{$main}}\n  <p>default main</p>\n  {{/main}}\n{{$footer}}footer {{layout.title}}{{/footer}}\n</html>\n",
            "main": "{{! a page }}\n{{<layout}}\n{{$title}}{{title}}{{/title}}\n{{$main}}\n  {{#items}}\n  <li>{{label}}</li>\n  {{/items}}\n    {{>part}}\n{{/main}}\n{{/layout}}\n",
            "part": "<em>{{t.hello}}</em>\n<em>{{t.bye}}</em>\n",
        ], context: context),
        Case(name: "standalone lines", templates: [
            "main": "a\n  {{! comment }}  \n{{#yes}}  \n  b\n  {{/yes}}\n\t{{^no}}\nc\n{{/no}}\t\r\nd {{#yes}}\ne{{/yes}} f\n  {{#items}}{{label}}{{/items}}  \n{{!last}}",
        ], context: context),
        Case(name: "site templates", templates: [
            "main": "{{<layout}}\n{{$main}}\n{{#items}}\n{{label}}\n{{/items}}\n{{/main}}\n{{/layout}}\n",
            "layout": "<body>\n{{^empty(layout.crumbs)}}\n<ol>\n{{#layout.crumbs}}\n<li>{{label}}</li>\n{{/layout.crumbs}}\n</ol>\n{{/empty(layout.crumbs)}}\n<main>\n{{$main}}{{/main}}\n</main>\n</body>\n",
        ], context: context),
    ]

    @Test(arguments: cases)
    func handMadeCasesRenderTheSameWithSwiftMustache(_ testCase: Case) throws {
        let library = try TemplateLibrary(sources: testCase.templates)
        let ours = String(decoding: try library.render("main", testCase.context), as: UTF8.self)
        let theirs = try MustacheAdapter.render(testCase.templates, "main", testCase.context)
        #expect(!ours.isEmpty)
        #expect(ours == theirs)
    }
}
