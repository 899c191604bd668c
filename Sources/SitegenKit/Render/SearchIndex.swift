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
        // The whole file in one buffer: the entries one a line, a comma after all but the last.
        var out = Array("// sitegen search index (\(language.rawValue)): title t, kind k, note n, path u, folded words f.\n".utf8)
        out.append(contentsOf: "window.sitegenSearchIndex = [\n".utf8)
        out.reserveCapacity(256 * (plan.articles.count + plan.units.count + plan.officials.count + plan.themes.count))
        var first = true
        func entry(_ title: String, _ kind: String, _ route: Route, _ words: [String], _ note: String) {
            let folded = ([title] + words).joined(separator: " ").foldedForSearch
            if !first { out.append(contentsOf: ",\n".utf8) }
            first = false
            appendLine([("t", title), ("k", strings[kind]), ("n", note), ("u", route.file(in: language)), ("f", folded)], to: &out)
        }
        for index in plan.articles.indices {
            let record = plan.articles[index].record
            let words = [record.article.title] + record.units.map { builder.inputs.translator.unitLabel(name: $0.name, kind: $0.kind, in: language) }
                + record.officials.map(\.name) + record.themes.map { builder.themeName($0, language) }
            entry(builder.headline(at: index, language), "search_kind_article", .article(plan.articles[index].slug), words,
                  builder.format(language).date(plan.articles[index].date))
        }
        for unit in plan.units {
            entry(builder.label(unit.unit, language).capitalizedFirst, "search_kind_place", .unit(unit.slug), [unit.unit.name],
                  strings.count("count_articles", unit.articleIDs.count))
        }
        for official in plan.officials {
            let roles = builder.distinctRoles(of: official).map { builder.inputs.translator.role($0, in: language).text }
            entry(official.official.name, "search_kind_official", .official(official.slug), roles, roles.first ?? "")
        }
        for theme in plan.themes {
            entry(builder.themeName(theme.theme.id, language), "search_kind_theme", .theme(theme.theme.id), [theme.theme.nameVi],
                  strings.count("count_articles", theme.articleIDs.count))
        }
        out.append(contentsOf: "\n];\n".utf8)
        return OutputFile(path: path(language), bytes: out)
    }

    /// `line(members)`'s bytes at the end of `out`, written there directly.
    static func appendLine(_ members: [(key: String, value: String)], to out: inout [UInt8]) {
        out.append(contentsOf: "{ ".utf8)
        for (index, member) in members.enumerated() {
            if index > 0 { out.append(contentsOf: ", ".utf8) }
            appendJSONString(member.key, to: &out)
            out.append(contentsOf: ": ".utf8)
            appendJSONString(member.value, to: &out)
        }
        out.append(contentsOf: " }".utf8)
    }

    /// `appendJSONString(_:to:)` on bytes.
    static func appendJSONString(_ value: String, to out: inout [UInt8]) {
        guard isPlainJSON(value) else {
            var escaped = ""
            JSONValue.writeString(value, to: &escaped)
            out.append(contentsOf: escaped.utf8)
            return
        }
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: value.utf8)
        out.append(UInt8(ascii: "\""))
    }

    /// One entry on one line: what `JSONValue.object` of these strings renders, each line
    /// trimmed and the lines joined with a space (`{ "t": "…", "k": "…" }`), written directly.
    static func line(_ members: [(key: String, value: String)]) -> String {
        var out = "{ "
        for (index, member) in members.enumerated() {
            if index > 0 { out += ", " }
            appendJSONString(member.key, to: &out)
            out += ": "
            appendJSONString(member.value, to: &out)
        }
        out += " }"
        return out
    }

    /// `value` as a JSON string, as `JSONValue` writes it; text with nothing to escape (no
    /// control character, quote, backslash, U+2028 or U+2029) is copied whole.
    static func appendJSONString(_ value: String, to out: inout String) {
        guard isPlainJSON(value) else { return JSONValue.writeString(value, to: &out) }
        out += "\""
        out += value
        out += "\""
    }

    /// Whether `value` is written as it is between quotes: no control character, quote,
    /// backslash, U+2028 or U+2029.
    static func isPlainJSON(_ value: String) -> Bool {
        var afterE2 = 0
        for byte in value.utf8 {
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return false }
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            if afterE2 == 2, byte == 0xA8 || byte == 0xA9 { return false }
            afterE2 = byte == 0xE2 ? 1 : (afterE2 == 1 && byte == 0x80 ? 2 : 0)
        }
        return true
    }
}
