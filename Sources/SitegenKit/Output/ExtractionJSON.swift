/// The extracted records as JSON, in the schema of spec/gold-seeds.json.
///
/// `articles` holds one record per article in file order, with the officials and units as
/// that article gives them; `units` and `officials` hold the entities resolved across all
/// files, each with every article and role.
public enum ExtractionJSON {
    public static func render(_ site: ResolvedSite, evidence: Bool = false) -> String {
        document(site, evidence: evidence).rendered() + "\n"
    }

    public static func document(_ site: ResolvedSite, evidence: Bool = false) -> JSONValue {
        .object([
            ("articles", .array(site.records.map { record($0, evidence: evidence) })),
            ("units", .array(site.units.map(unit))),
            ("officials", .array(site.officials.map(official))),
        ])
    }

    public static func record(_ record: ArticleRecord, evidence: Bool = false) -> JSONValue {
        let article = record.article
        var members: [(String, JSONValue)] = [
            ("id", .string(article.id)),
            ("source_file", .string(article.sourceFile.split(separator: "/").last.map(String.init) ?? article.sourceFile)),
            ("title", .string(article.title)),
            ("section", .optional(article.section)),
            ("outlet", .optional(article.outlet?.name)),
            ("author", .optional(article.author)),
            ("published", .optional(article.published?.date.description)),
            ("event_date", .optional(article.eventDate?.description)),
            ("year", .optional(article.year)),
            ("truncated", .bool(article.truncated)),
            ("units", .array(record.units.map { unit in
                var fields: [(String, JSONValue)] = [
                    ("name", .string(unit.name)), ("kind", .string(unit.kind.rawValue)),
                    ("parent", .optional(unit.parent)), ("primary", .bool(unit.primary)),
                ]
                if unit.former { fields.append(("former", .bool(true))) }
                if evidence { fields.append(("evidence", self.evidence(unit.evidence))) }
                return .object(fields)
            })),
            ("officials", .array(record.officials.map { official in
                var fields: [(String, JSONValue)] = [
                    ("name", .string(official.name)), ("roles", .array(official.roles.map { .string($0.text) })),
                ]
                if evidence { fields.append(("evidence", .array(official.roles.map { self.evidence($0.evidence) }))) }
                return .object(fields)
            })),
            ("figures", .object(KeyFigures.Kind.allCases.map { kind in
                (kind.rawValue, .optional(record.figures[kind]?.value))
            })),
            ("themes", .array(record.themes.map(JSONValue.string))),
        ]
        if evidence {
            members.append(("figure_evidence", .object(KeyFigures.Kind.allCases.compactMap { kind in
                record.figures[kind].map { (kind.rawValue, self.evidence($0.evidence)) }
            })))
            members.append(("key_sentences", .array(record.keySentences.map(self.evidence))))
        }
        return .object(members)
    }

    static func evidence(_ evidence: Evidence) -> JSONValue {
        .object([("line", .int(evidence.line)), ("sentence", .string(evidence.sentence))])
    }

    static func unit(_ unit: ResolvedUnit) -> JSONValue {
        .object([
            ("slug", .string(unit.slug)), ("name", .string(unit.name)), ("kind", .string(unit.kind.rawValue)),
            ("parent", .optional(unit.parent)), ("articles", .array(unit.articles.map(JSONValue.string))),
        ])
    }

    static func official(_ official: ResolvedOfficial) -> JSONValue {
        .object([
            ("slug", .string(official.slug)), ("name", .string(official.name)),
            ("roles", .array(official.distinctRoles.map(JSONValue.string))),
            ("articles", .array(Array(Set(official.roles.map(\.article))).sorted().map(JSONValue.string))),
        ])
    }
}

/// The extracted records as plain text, for an editor checking what sitegen understood.
public enum ExtractionText {
    public static func render(_ site: ResolvedSite) -> String {
        var out = ""
        for record in site.records {
            let article = record.article
            out += "\(article.sourceFile):\(article.line): \(article.title)\n"
            if article.truncated { out += "  (a teaser cut off mid-sentence: no page)\n" }
            let facts: [(String, String?)] = [
                ("section", article.section), ("outlet", article.outlet?.name), ("author", article.author),
                ("published", article.published.map { $0.date.description + ($0.time.map { " \($0)" } ?? "") }),
                ("event date", article.eventDate?.description), ("year", article.year.map(String.init)),
            ]
            for (label, value) in facts { out += "  \(label): \(value ?? "—")\n" }
            for unit in record.units {
                out += "  place: \(unit.kind.rawValue) \(unit.name)"
                out += unit.parent.map { " (in \($0))" } ?? ""
                out += unit.primary ? " [about]" : ""
                out += "\n"
            }
            for official in record.officials {
                out += "  official: \(official.name) — \(official.roles.map(\.text).joined(separator: "; "))\n"
            }
            for kind in KeyFigures.Kind.allCases {
                if let figure = record.figures[kind] { out += "  \(kind.rawValue): \(figure.value)\n" }
            }
            out += "  themes: \(record.themes.joined(separator: ", "))\n\n"
        }
        return out
    }
}
