import Foundation
import Testing
@testable import SitegenKit

/// `sitegen extract --format json`: the schema of the gold records, field by field.
@Suite struct ExtractionJSONTests {
    static func json() throws -> [String: Any] {
        let site = try ExtractionPipeline(lexicon: TestSupport.lexicon(), jobs: 2).run(files: TestSupport.seedFiles())
        let data = Data(ExtractionJSON.render(site).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func gold() throws -> [[String: Any]] {
        let data = try Data(contentsOf: TestSupport.fixtures.appendingPathComponent("gold-seeds.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(object["articles"] as? [[String: Any]])
    }

    @Test func everyGoldFieldIsThereWithTheGoldValue() throws {
        let articles = try #require(try Self.json()["articles"] as? [[String: Any]])
        let gold = try Self.gold()
        #expect(articles.count == gold.count)
        let fields = ["source_file", "title", "outlet", "author", "published", "event_date", "truncated", "units", "officials", "figures", "themes"]
        for (record, expected) in zip(articles, gold) {
            for field in fields { #expect(record[field] != nil, "\(field) is in the record") }
            for field in ["source_file", "outlet", "published", "event_date"] {
                #expect(record[field] as? String == expected[field] as? String, "\(expected["source_file"] ?? "") \(field)")
            }
            #expect((record["author"] as? String)?.vietnameseKey == (expected["author"] as? String)?.vietnameseKey)
            #expect((record["title"] as? String)?.vietnameseKey == (expected["title"] as? String)?.vietnameseKey)
            #expect(record["truncated"] as? Bool == expected["truncated"] as? Bool)
            let figures = try #require(record["figures"] as? [String: Any])
            let expectedFigures = try #require(expected["figures"] as? [String: Any])
            #expect(Set(figures.keys) == Set(expectedFigures.keys))
            for (key, value) in expectedFigures {
                #expect((figures[key] as? Int) == (value as? Int), "\(key)")
            }
            let units = try #require(record["units"] as? [[String: Any]])
            for unit in units {
                #expect(Set(unit.keys).isSuperset(of: ["name", "kind", "parent", "primary"]))
            }
            let officials = try #require(record["officials"] as? [[String: Any]])
            for official in officials {
                #expect(official["name"] is String)
                #expect(official["roles"] is [String])
            }
        }
    }

    @Test func resolvedEntitiesAreListedOnce() throws {
        let json = try Self.json()
        let officials = try #require(json["officials"] as? [[String: Any]])
        let slugs = officials.compactMap { $0["slug"] as? String }
        #expect(Set(slugs).count == slugs.count)
        let units = try #require(json["units"] as? [[String: Any]])
        #expect(units.contains { $0["slug"] as? String == "phuong-cau-giay" && ($0["articles"] as? [String])?.count == 2 })
    }

    @Test func outputIsDeterministicAndEndsWithANewline() throws {
        let lexicon = try TestSupport.lexicon()
        let first = ExtractionJSON.render(try ExtractionPipeline(lexicon: lexicon, jobs: 1).run(files: TestSupport.seedFiles()))
        let second = ExtractionJSON.render(try ExtractionPipeline(lexicon: lexicon, jobs: 3).run(files: TestSupport.seedFiles()))
        #expect(first == second)
        #expect(first.hasSuffix("}\n"))
    }
}
