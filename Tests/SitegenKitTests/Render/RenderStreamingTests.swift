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
}
