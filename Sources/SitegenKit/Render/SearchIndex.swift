/// The search index of one language, as a script that sets `window.sitegenSearchIndex`, so the
/// search page also works from `file://`, where a page cannot fetch JSON.
///
/// Each entry has a title, a kind, a path from the site root, and `f`: the words it is found by,
/// folded (no diacritics, đ → d, lower case) the same way `assets/search.js` folds a query, so
/// "cau giay" finds "Cầu Giấy".
enum SearchIndex {
    static func path(_ language: Language) -> String { language.rawValue + "/search-index.js" }

    static func render(_ language: Language, builder: PageBuilder) -> OutputFile {
        let plan = builder.inputs.plan
        let strings = builder.inputs.strings[language]
        var entries: [JSONValue] = []
        func entry(_ title: String, _ kind: String, _ route: Route, _ words: [String], _ note: String) {
            let folded = ([title] + words).joined(separator: " ").foldedForSearch
            entries.append(.object([("t", .string(title)), ("k", .string(strings[kind])), ("n", .string(note)),
                                    ("u", .string(route.file(in: language))), ("f", .string(folded))]))
        }
        for article in plan.articles {
            let record = article.record
            let words = [record.article.title] + record.units.map { builder.inputs.translator.unitLabel(name: $0.name, kind: $0.kind, in: language) }
                + record.officials.map(\.name) + record.themes.map { builder.themeName($0, language) }
            entry(builder.headline(article, language), "search_kind_article", .article(article.slug), words,
                  builder.format(language).date(article.date))
        }
        for unit in plan.units {
            entry(builder.label(unit.unit, language).capitalizedFirst, "search_kind_place", .unit(unit.slug), [unit.unit.name],
                  strings.count("count_articles", unit.articleIDs.count))
        }
        for official in plan.officials {
            let roles = official.official.distinctRoles.map { builder.inputs.translator.role($0, in: language).text }
            entry(official.official.name, "search_kind_official", .official(official.slug), roles, roles.first ?? "")
        }
        for theme in plan.themes {
            entry(builder.themeName(theme.theme.id, language), "search_kind_theme", .theme(theme.theme.id), [theme.theme.nameVi],
                  strings.count("count_articles", theme.articleIDs.count))
        }
        var out = "// sitegen search index (\(language.rawValue)): title t, kind k, note n, path u, folded words f.\n"
        out += "window.sitegenSearchIndex = [\n"
        out += entries.map { $0.rendered().split(separator: "\n").map { $0.trimmed }.joined(separator: " ") }.joined(separator: ",\n")
        out += "\n];\n"
        return OutputFile(path: path(language), text: out)
    }
}
