import Foundation
import Testing
@testable import SitegenKit

/// The resolver, which finds each unit and person by hashing its key once per mention, held to
/// the way it resolved before (kept here as the reference) on the seeds' records, a synthetic
/// corpus and the same records again under other provinces.
@Suite struct ResolverFastPathTests {
    enum Reference {
        static func resolve(_ records: [ArticleRecord]) -> ResolvedSite {
            typealias PersonKey = EntityResolver.PersonKey
            typealias RoleInArticle = EntityResolver.RoleInArticle
            let resolver = EntityResolver()
            var units: [UnitKey: ResolvedUnit] = [:]
            var unitOrder: [UnitKey] = []
            var people: [PersonKey: ResolvedOfficial] = [:]
            var personOrder: [PersonKey] = []
            // Lookups that keep resolution linear in the number of mentions: the people of each
            // name in order of appearance, the articles of each unit, the (role, article) pairs
            // of each person.
            var peopleByName: [String: [PersonKey]] = [:]
            var unitArticles: [UnitKey: Set<String>] = [:]
            var personRoles: [PersonKey: Set<RoleInArticle>] = [:]
            for record in records {
                let articleID = record.article.id
                for unit in record.units {
                    let key = unit.key
                    if units[key] == nil {
                        unitOrder.append(key)
                        units[key] = ResolvedUnit(name: unit.name, kind: unit.kind, parent: unit.parent, slug: "", articles: [])
                    }
                    if units[key]?.parent == nil { units[key]?.parent = unit.parent }
                    if unitArticles[key, default: []].insert(articleID).inserted { units[key]?.articles.append(articleID) }
                }
                let province = record.province
                for official in record.officials {
                    let key = resolver.personKey(official.key, province: province, existing: peopleByName[official.key] ?? [])
                    if people[key] == nil {
                        personOrder.append(key)
                        peopleByName[key.name, default: []].append(key)
                        people[key] = ResolvedOfficial(name: official.name, slug: "", roles: [])
                    }
                    for role in official.roles {
                        let entry = ResolvedOfficial.Appointment(role: role.text, article: articleID, evidence: role.evidence)
                        if !personRoles[key, default: []].contains(RoleInArticle(role: role.key, article: articleID)) {
                            personRoles[key, default: []].insert(RoleInArticle(role: role.text.vietnameseKey, article: articleID))
                            people[key]?.roles.append(entry)
                        }
                    }
                }
            }
            var diagnostics: [Diagnostic] = []
            var taken: [String: String] = [:]
            var resolvedUnits: [ResolvedUnit] = []
            for key in unitOrder.sorted() {
                guard var unit = units[key] else { continue }
                unit.slug = EntityResolver.uniqueSlug((unit.kind.rawValue + " " + unit.name).slug, for: "\(unit.kind.rawValue) \(unit.name)",
                                            taken: &taken, diagnostics: &diagnostics)
                resolvedUnits.append(unit)
            }
            taken = [:]
            var resolvedPeople: [ResolvedOfficial] = []
            for key in personOrder.sorted() {
                guard var person = people[key] else { continue }
                person.slug = EntityResolver.uniqueSlug(person.name.slug, for: person.name + (key.province.map { " (\($0))" } ?? ""),
                                              taken: &taken, diagnostics: &diagnostics)
                resolvedPeople.append(person)
            }
            return ResolvedSite(records: records, units: resolvedUnits, officials: resolvedPeople, diagnostics: diagnostics)
        }
    }

    static func records() throws -> [ArticleRecord] {
        var records: [ArticleRecord] = []
        for file in try TestSupport.seedFiles() {
            records += try TestSupport.records(try String(contentsOfFile: file, encoding: .utf8), file: file)
        }
        for (name, text) in SyntheticCorpus(in2025: 6, in2024: 3, undated: 1, quiet: 2).seeds.sorted(by: { $0.key < $1.key }) {
            records += try TestSupport.records(text, file: name)
        }
        // The same people and units again, in other provinces and in none.
        for (index, record) in records.enumerated() {
            var moved = record
            moved.province = [nil, "Hà Nội", "Lâm Đồng"][index % 3]
            records.append(moved)
        }
        return records
    }

    @Test func resolvesAsBefore() throws {
        let records = try Self.records()
        #expect(records.count > 10)
        for slice in [records, Array(records.reversed()), Array(records.prefix(records.count / 2))] {
            let fast = EntityResolver().resolve(slice)
            let reference = Reference.resolve(slice)
            #expect(fast.units == reference.units)
            #expect(fast.officials == reference.officials)
            #expect(fast.diagnostics == reference.diagnostics)
            #expect(!fast.units.isEmpty && !fast.officials.isEmpty)
        }
    }
}
