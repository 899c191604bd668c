import Testing
@testable import SitegenKit

/// sitegen's Mustache engine, one construct at a time.
@Suite("Template engine")
struct TemplateEngineTests {
    func render(_ templates: [String: String], _ context: TemplateValue) throws -> String {
        String(decoding: try TemplateLibrary(sources: templates).render("main", context), as: UTF8.self)
    }

    func render(_ main: String, _ context: TemplateValue) throws -> String {
        try render(["main": main], context)
    }

    @Test func escapesTheFiveCharactersAsSwiftMustacheDoes() throws {
        let context = TemplateValue.fields(["x": .text("<a href=\"x\">Tom & Jerry's</a> Hà Nội")])
        #expect(try render("{{x}}", context) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; Hà Nội")
        // A combining mark makes "<" part of another character, which swift-mustache leaves alone.
        #expect(try render("{{x}}", .fields(["x": .text("<\u{301}>")])) == "<\u{301}&gt;")
        #expect(try render("{{x}}", .fields(["x": .text("đ<b>")])) == "đ&lt;b&gt;")
    }

    @Test func tripleBracesAndAmpersandPrintRaw() throws {
        let context = TemplateValue.fields(["html": .text("<p>a & b</p>")])
        #expect(try render("{{{html}}}|{{&html}}|{{ html }}", context) == "<p>a & b</p>|<p>a & b</p>|&lt;p&gt;a &amp; b&lt;/p&gt;")
    }

    @Test func dottedNamesLookInsideWhatTheFirstPartFinds() throws {
        let context = TemplateValue.fields([
            "layout": .fields(["title": .text("T"), "inner": .fields(["deep": .text("D")])]),
            "title": .text("top"),
            "t": .strings(["key": "string"]),
        ])
        #expect(try render("{{layout.title}} {{layout.inner.deep}} {{t.key}} [{{layout.missing.deep}}]", context) == "T D string []")
        // A later part that is missing does not go back up the stack.
        #expect(try render("{{#layout}}[{{inner.title}}]{{/layout}}", context) == "[]")
    }

    @Test func aMissingOrNilFieldIsLookedUpTheStack() throws {
        let context = TemplateValue.fields([
            "note": .text("outer"),
            "items": .list([.fields(["note": .text("own")]), .fields(["label": .text("nil note")])]),
        ])
        #expect(try render("{{#items}}{{note}};{{/items}}", context) == "own;outer;")
        // A leading dot looks only at the top of the stack.
        #expect(try render("{{#items}}[{{.note}}]{{/items}}", context) == "[own][]")
    }

    @Test func sectionsIterateListsShowOnBooleansAndPushObjects() throws {
        let context = TemplateValue.fields([
            "list": .list([.text("a"), .text("b")]), "yes": .bool(true), "no": .bool(false), "empty": .text(""),
            "object": .fields(["name": .text("O")]), "none": .list([]),
        ])
        #expect(try render("{{#list}}<{{.}}>{{/list}}{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#object}}{{name}}{{/object}}{{#none}}E{{/none}}{{#missing}}M{{/missing}}", context)
            == "<a><b>YO")
        // As in swift-mustache, any string (even an empty one) shows its section.
        #expect(try render("{{#empty}}[{{.}}]{{/empty}}", context) == "[]")
    }

    @Test func invertedSectionsRenderForNilFalseAndEmptyLists() throws {
        let context = TemplateValue.fields(["yes": .bool(true), "no": .bool(false), "none": .list([]), "list": .list([.text("a")]),
                                            "text": .text("")])
        #expect(try render("{{^yes}}1{{/yes}}{{^no}}2{{/no}}{{^none}}3{{/none}}{{^list}}4{{/list}}{{^missing}}5{{/missing}}{{^text}}6{{/text}}", context)
            == "235")
    }

    @Test func emptyTransformAndTheOtherSequenceTransforms() throws {
        let context = TemplateValue.fields([
            "items": .list([.text("a"), .text("b"), .text("c")]), "none": .list([]), "word": .text("Hà nội"),
        ])
        #expect(try render("{{^empty(items)}}some{{/empty(items)}}{{#empty(none)}} none{{/empty(none)}}", context) == "some none")
        #expect(try render("{{count(items)}} {{first(items)}} {{last(items)}} {{#reversed(items)}}{{.}}{{/reversed(items)}}", context) == "3 a c cba")
        #expect(try render("{{plusone(count(items))}} {{uppercased(word)}} {{#even(count(none))}}even{{/even(count(none))}}", context) == "4 HÀ NỘI even")
        #expect(try render("{{#items}}{{#first()}}[{{/first()}}{{index()}}{{#last()}}]{{/last()}}{{/items}}", context) == "[012]")
        // A transform that does not apply to the value answers no value.
        #expect(try render("[{{count(word)}}]{{^count(word)}}none{{/count(word)}}", context) == "[]none")
    }

    @Test func inheritanceOverridesBlocksAndKeepsDefaults() throws {
        let templates = [
            "layout": "<title>{{$title}}Default{{/title}}</title>\n<main>\n{{$main}}{{/main}}\n</main>\n{{$footer}}Footer{{/footer}}\n",
            "main": "{{<layout}}\n{{$title}}{{name}}{{/title}}\n{{$main}}\n<p>{{name}}</p>\n{{/main}}\n{{/layout}}\n",
        ]
        #expect(try render(templates, .fields(["name": .text("Page")]))
            == "<title>Page</title>\n<main>\n<p>Page</p>\n\n</main>\nFooter\n")
    }

    @Test func partialsRenderWithTheCurrentStackAndIndentation() throws {
        let templates = [
            "main": "{{#items}}\n  {{>item}}\n{{/items}}\n",
            "item": "<li>\n{{label}}\n</li>\n",
        ]
        let context = TemplateValue.fields(["items": .list([.fields(["label": .text("a")]), .fields(["label": .text("b")])])])
        #expect(try render(templates, context) == "  <li>\n  a\n  </li>\n  <li>\n  b\n  </li>\n")
    }

    @Test func standaloneTagLinesAreRemoved() throws {
        let context = TemplateValue.fields(["yes": .bool(true)])
        #expect(try render("a\n  {{! note }}\n  {{#yes}}  \nb\n  {{/yes}}\nc {{#yes}}d{{/yes}}\n", context) == "a\nb\nc d\n")
        #expect(try render("a\r\n{{#yes}}\r\nb\r\n{{/yes}}\r\n", context) == "a\r\nb\r\n")
    }

    @Test func aParseErrorNamesFileAndLine() throws {
        #expect(throws: Diagnostic.self) { try TemplateLibrary(sources: ["main": "a\n{{#open}}\nb\n"]) }
        do {
            _ = try TemplateLibrary(sources: ["main": "a\n{{#open}}\n{{/other}}\n"])
            Issue.record("a mismatched closing tag compiled")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.location.file == "Templates/main.mustache")
            #expect(diagnostic.location.line == 3)
            #expect(diagnostic.message.contains("does not parse"))
        }
    }

    @Test func anUnknownTransformIsACompileErrorWithFileAndLine() throws {
        do {
            _ = try TemplateLibrary(sources: ["page": "a\nb\n{{^nonempty(items)}}x{{/nonempty(items)}}\n"], folder: "T")
            Issue.record("an unknown transform compiled")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.location.file == "T/page.mustache")
            #expect(diagnostic.location.line == 3)
            #expect(diagnostic.message.contains("unknown transform \"nonempty\""))
        }
    }

    @Test func aMissingPartialIsACompileError() throws {
        do {
            _ = try TemplateLibrary(sources: ["main": "a\n{{>partials/nowhere}}\n"])
            Issue.record("a missing partial compiled")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.location.line == 2)
            #expect(diagnostic.message.contains("partials/nowhere"))
        }
    }

    @Test func aMissingTemplateIsAnError() throws {
        let library = try TemplateLibrary(sources: ["main": "x"])
        #expect(throws: Diagnostic.self) { try library.render("other", .fields([:])) }
    }
}

extension TemplateEngineTests {
    /// `String.htmlEscaped` (charts, feeds, sitemap) escapes as `{{…}}` does, character by character.
    @Test(arguments: ["<a href=\"x\">Tom & Jerry's</a>", "Hà Nội <3", "<\u{301}>", "\u{0600}<x", "'\"&", "", "đ&đ"])
    func htmlEscapedKeepsTheCharacterRule(_ text: String) {
        var expected = ""
        for character in text {
            switch character {
            case "&": expected += "&amp;"
            case "<": expected += "&lt;"
            case ">": expected += "&gt;"
            case "\"": expected += "&quot;"
            case "'": expected += "&#39;"
            default: expected.append(character)
            }
        }
        #expect(text.htmlEscaped == expected)
    }
}
