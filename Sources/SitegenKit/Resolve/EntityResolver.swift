/// The Resolve stage: one entity per real unit and official across all articles.
///
/// Two mentions are one unit when kind and name agree by `vietnameseKey` (tone-mark spelling and
/// NFD do not matter). Two mentions are one person when names agree and the provinces of their
/// articles do not differ; namesakes in different provinces stay apart. Every slug is unique:
/// two things that would share one get a numbered suffix and a warning naming both.
public struct EntityResolver: Sendable {
    public init() {}

    public func resolve(_ records: [ArticleRecord]) -> ResolvedSite {
        // Each unit and person by its number in order of appearance, found by hashing its key
        // once per mention: the unit's articles, and each person's (role, article) pairs, as sets
        // beside them keep resolution linear in the number of mentions.
        var unitNumbers: [UnitKey: Int] = [:]
        var unitOrder: [UnitKey] = []
        var units: [ResolvedUnit] = []
        var unitArticles: [Set<String>] = []
        var personNumbers: [PersonKey: Int] = [:]
        var personOrder: [PersonKey] = []
        var people: [ResolvedOfficial] = []
        var personRoles: [Set<RoleInArticle>] = []
        // The people of each name in order of appearance.
        var peopleByName: [String: [PersonKey]] = [:]
        for record in records {
            let articleID = record.article.id
            for unit in record.units {
                let key = unit.key
                let number: Int
                if let known = unitNumbers[key] {
                    number = known
                    if units[number].parent == nil { units[number].parent = unit.parent }
                } else {
                    number = units.count
                    unitNumbers[key] = number
                    unitOrder.append(key)
                    units.append(ResolvedUnit(name: unit.name, kind: unit.kind, parent: unit.parent, slug: "", articles: []))
                    unitArticles.append([])
                }
                if unitArticles[number].insert(articleID).inserted { units[number].articles.append(articleID) }
            }
            let province = record.province
            for official in record.officials {
                let name = official.key
                let key = personKey(name, province: province, existing: peopleByName[name] ?? [])
                let number: Int
                if let known = personNumbers[key] {
                    number = known
                } else {
                    number = people.count
                    personNumbers[key] = number
                    personOrder.append(key)
                    peopleByName[key.name, default: []].append(key)
                    people.append(ResolvedOfficial(name: official.name, slug: "", roles: []))
                    personRoles.append([])
                }
                for role in official.roles {
                    // (`role.key` is the text's `vietnameseKey`.)
                    if personRoles[number].insert(RoleInArticle(role: role.key, article: articleID)).inserted {
                        people[number].roles.append(ResolvedOfficial.Appointment(role: role.text, article: articleID, evidence: role.evidence))
                    }
                }
            }
        }
        var diagnostics: [Diagnostic] = []
        var taken: [String: String] = [:]
        var resolvedUnits: [ResolvedUnit] = []
        for key in unitOrder.sorted() {
            guard let number = unitNumbers[key] else { continue }
            var unit = units[number]
            unit.slug = Self.uniqueSlug((unit.kind.rawValue + " " + unit.name).slug, for: "\(unit.kind.rawValue) \(unit.name)",
                                        taken: &taken, diagnostics: &diagnostics)
            resolvedUnits.append(unit)
        }
        taken = [:]
        var resolvedPeople: [ResolvedOfficial] = []
        for key in personOrder.sorted() {
            guard let number = personNumbers[key] else { continue }
            var person = people[number]
            person.slug = Self.uniqueSlug(person.name.slug, for: person.name + (key.province.map { " (\($0))" } ?? ""),
                                          taken: &taken, diagnostics: &diagnostics)
            resolvedPeople.append(person)
        }
        return ResolvedSite(records: records, units: resolvedUnits, officials: resolvedPeople, diagnostics: diagnostics)
    }

    /// A role (by its key) given in one article.
    struct RoleInArticle: Hashable {
        var role: String
        var article: String
    }

    /// Identity of a person: name key and province, where the province is known.
    struct PersonKey: Hashable, Comparable {
        var name: String
        var province: String?

        static func < (lhs: PersonKey, rhs: PersonKey) -> Bool {
            (lhs.name, lhs.province ?? "") < (rhs.name, rhs.province ?? "")
        }
    }

    /// The key for a name: an existing person of that name in the same province (or where
    /// either province is unknown) is the same person. `existing`: the people known so far, in
    /// order of appearance (only those of this name need be given).
    func personKey(_ name: String, province: String?, existing: [PersonKey]) -> PersonKey {
        if let match = existing.first(where: { $0.name == name && ($0.province == nil || province == nil || $0.province == province) }) {
            return match
        }
        return PersonKey(name: name, province: province)
    }

    static func uniqueSlug(_ base: String, for label: String, taken: inout [String: String], diagnostics: inout [Diagnostic]) -> String {
        let base = base.isEmpty ? "khong-ten" : base
        guard let other = taken[base] else {
            taken[base] = label
            return base
        }
        var number = 2
        while taken["\(base)-\(number)"] != nil { number += 1 }
        let slug = "\(base)-\(number)"
        taken[slug] = label
        diagnostics.append(Diagnostic(.warning, SourceLocation(file: "(resolve)", line: 1),
                                      "\"\(label)\" and \"\(other)\" share the slug \(base); the second is \(slug)"))
        return slug
    }
}

/// Everything extracted from all inputs, with entities resolved across articles.
public struct ResolvedSite: Sendable {
    public var records: [ArticleRecord]
    public var units: [ResolvedUnit]
    public var officials: [ResolvedOfficial]
    public var diagnostics: [Diagnostic]
}

/// One real unit, with every article that names it.
public struct ResolvedUnit: Sendable, Hashable {
    public var name: String
    public var kind: UnitKind
    public var parent: String?
    public var slug: String
    public var articles: [String]
}

/// One real person, with every role they were named in and where.
public struct ResolvedOfficial: Sendable, Hashable {
    public struct Appointment: Sendable, Hashable {
        public var role: String
        public var article: String
        public var evidence: Evidence
    }

    public var name: String
    public var slug: String
    public var roles: [Appointment]

    /// Each distinct role once, in the order first given.
    public var distinctRoles: [String] {
        var seen: Set<String> = []
        return roles.compactMap { seen.insert($0.role.vietnameseKey).inserted ? $0.role : nil }
    }
}
