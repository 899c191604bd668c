import Foundation

/// Overview paragraphs for the pages of a unit, an official and a theme: what the records say
/// about each, counted and dated from the records alone, Markdown-escaped.
extension SummaryWriter {
    /// A unit's overview: in how many articles it is named and over which dates, how many are
    /// about it, the officials whose roles name it, the figures of articles about it, and themes.
    public func unitOverview(_ unit: ResolvedUnit, records: [ArticleRecord], in language: Language) -> String {
        unitOverview(unit, named: Self.records(records, in: Set(unit.articles)), in: language)
    }

    /// `unitOverview(_:records:in:)` given exactly the records of `unit.articles`, in any
    /// collection (a page reads them in place in the plan instead of copying them).
    func unitOverview(_ unit: ResolvedUnit, named: some RandomAccessCollection<ArticleRecord>, in language: Language) -> String {
        let key = UnitKey(kind: unit.kind, name: unit.name)
        // The kind first: only a unit of the same kind needs its key made.
        let about = named.filter { record in record.primaryUnit.map { $0.kind == unit.kind && $0.key == key } ?? false }
        return unitOverview(unit, named: named, about: about, in: language)
    }

    /// `unitOverview(_:named:in:)` given `about`, the records of `named` whose primary unit is
    /// `unit`, in the same order (a page finds them once for its lists and both languages).
    func unitOverview(_ unit: ResolvedUnit, named: some RandomAccessCollection<ArticleRecord>,
                      about: some RandomAccessCollection<ArticleRecord>, in language: Language) -> String {
        let en = language == .en
        var label = translator.unitLabel(name: unit.name, kind: unit.kind, in: language)
        if let parent = unit.parent {
            // The parent as the records name it with its kind ("Hà Nội City"), else its bare name.
            let parentKey = parent.vietnameseKey
            let parentUnit = named.lazy.flatMap(\.units).first { $0.kind.level < unit.kind.level && $0.name.vietnameseKey == parentKey }
            label += " (" + (parentUnit.map { translator.unitLabel(name: $0.name, kind: $0.kind, in: language) } ?? parent) + ")"
        }
        label = label.capitalizedFirst.markdownEscaped
        var blocks: [String] = []

        var opening = (en ? "\(label) is mentioned in " : "\(label) được nhắc đến trong ")
            + FactFormat.count(named.count, "article", "articles", vi: "bài viết", in: language)
            + Self.dateRange(named, in: language) + "."
        if !about.isEmpty {
            opening += " " + Self.aboutSentence(about: about.count, of: named.count, in: language)
        }
        blocks.append(opening)

        // Officials whose roles name this unit.
        var people: [(name: String, key: String, roles: [String])] = []
        var seen: Set<String> = []
        let nameKey = unit.name.vietnameseKey
        for record in named {
            for official in record.officials {
                // Each key made once here (both are `vietnameseKey`s, computed on every read).
                var officialKey: String?
                for role in official.roles {
                    let roleKey = role.key
                    guard Self.containsWords(roleKey, nameKey) else { continue }
                    let key = officialKey ?? official.key
                    officialKey = key
                    guard seen.insert(key + "|" + roleKey).inserted else { continue }
                    let english = translator.role(role.text, in: language).text.markdownEscaped
                    if let index = people.firstIndex(where: { $0.key == key }) {
                        people[index].roles.append(english)
                    } else {
                        people.append((official.name, key, [english]))
                    }
                }
            }
        }
        let lines = people.map { "- " + $0.name.markdownEscaped + " — " + $0.roles.joined(separator: "; ") }
        if !lines.isEmpty {
            blocks.append(en ? "Officials named with a role here:" : "Cán bộ có chức danh tại địa phương:")
            blocks.append(lines.joined(separator: "\n"))
        }

        // Figures of the articles about it.
        let figureLines: [String] = Self.byDateOrder(about).compactMap { index in
            let position = about.index(about.startIndex, offsetBy: index)
            guard let figures = figurePhrase(about[position].figures, in: language) else { return nil }
            let when = Self.date(of: about[position]).map { FactFormat.date($0, in: language) + ": " } ?? ""
            return "- " + when + figures
        }
        if !figureLines.isEmpty {
            blocks.append(en ? "Figures stated in articles about it:" : "Số liệu trong các bài viết về địa phương:")
            blocks.append(figureLines.joined(separator: "\n"))
        }

        if let themes = themeCounts(named, in: language) {
            // Counts say something only when there is more than one article to count.
            let label = named.count == 1 ? (en ? "Themes: " : "Chủ đề: ") : (en ? "Themes, by number of articles: " : "Chủ đề, theo số bài viết: ")
            blocks.append(label + themes + ".")
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// An official's overview: in how many articles they are named, over which dates, and every
    /// role they were named in, translated.
    public func officialOverview(_ official: ResolvedOfficial, records: [ArticleRecord], in language: Language) -> String {
        officialOverview(official, records: records, distinctRoles: official.distinctRoles, in: language)
    }

    /// `officialOverview(_:records:in:)` given the official's `distinctRoles`, made once for
    /// every page that shows them.
    func officialOverview(_ official: ResolvedOfficial, records: [ArticleRecord], distinctRoles roles: [String],
                          in language: Language) -> String {
        officialOverview(official, named: Self.records(records, in: Set(official.roles.map(\.article))), distinctRoles: roles, in: language)
    }

    /// `officialOverview(_:records:distinctRoles:in:)` given exactly the records of the
    /// articles of `official.roles`, in any collection.
    func officialOverview(_ official: ResolvedOfficial, named: some RandomAccessCollection<ArticleRecord>, distinctRoles roles: [String],
                          in language: Language) -> String {
        let en = language == .en
        let name = official.name.markdownEscaped
        var blocks: [String] = []
        blocks.append((en ? "\(name) is named in " : "\(name) được nêu tên trong ")
            + FactFormat.count(named.count, "article", "articles", vi: "bài viết", in: language)
            + Self.dateRange(named, in: language) + ".")
        if !roles.isEmpty {
            blocks.append(en ? "Named as:" : "Được nêu với chức danh:")
            blocks.append(roles.map { "- " + translator.role($0, in: language).text.markdownEscaped }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// A theme's overview: how many articles discuss it, over which dates, and the places they
    /// are about.
    public func themeOverview(_ theme: Theme, records: [ArticleRecord], in language: Language) -> String {
        // A theme page passes only records that give the theme: no copy is made then.
        let matching = records.allSatisfy { $0.themes.contains(theme.id) } ? records : records.filter { $0.themes.contains(theme.id) }
        return themeOverview(theme, matching: matching, in: language)
    }

    /// `themeOverview(_:records:in:)` given exactly the records that give the theme, in any collection.
    func themeOverview(_ theme: Theme, matching: some RandomAccessCollection<ArticleRecord>, in language: Language) -> String {
        let en = language == .en
        let name = (en ? theme.nameEn : theme.nameVi).markdownEscaped
        var blocks: [String] = []
        blocks.append((en ? "\(name) is discussed in " : "Chủ đề \(name) được bàn đến trong ")
            + FactFormat.count(matching.count, "article", "articles", vi: "bài viết", in: language)
            + Self.dateRange(matching, in: language) + ".")
        var places: [String] = []
        var seen: Set<UnitKey> = []
        for index in Self.byDateOrder(matching) {
            guard let unit = matching[matching.index(matching.startIndex, offsetBy: index)].primaryUnit,
                  seen.insert(unit.key).inserted else { continue }
            places.append(translator.unitLabel(name: unit.name, kind: unit.kind, in: language).markdownEscaped)
        }
        if !places.isEmpty {
            let list = FactFormat.list(places, in: language)
            blocks.append(en ? (matching.count == 1 ? "The article is about \(list)." : "The articles are about \(list).")
                             : (matching.count == 1 ? "Bài viết nói về \(list)." : "Các bài viết nói về \(list)."))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Those of `records` whose article is one of `ids`; `records` itself, not a copy, when all
    /// are (as on the entity pages, which pass the records of the entity's articles).
    static func records(_ records: [ArticleRecord], in ids: Set<String>) -> [ArticleRecord] {
        records.allSatisfy { ids.contains($0.article.id) } ? records : records.filter { ids.contains($0.article.id) }
    }

    /// How many themes an overview names; the rest are counted ("and 6 more").
    static let overviewThemeLimit = 5

    /// "Digital transformation (2), Culture (1)": themes by how many records give them, then by
    /// id; the first `overviewThemeLimit`, and how many more there are. Counts are left out
    /// when there is one record.
    func themeCounts(_ records: some Collection<ArticleRecord>, in language: Language) -> String? {
        var counts: [String: Int] = [:]
        for record in records { for theme in record.themes { counts[theme, default: 0] += 1 } }
        guard !counts.isEmpty else { return nil }
        let ordered = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        let counted = records.count > 1
        var names = ordered.prefix(Self.overviewThemeLimit).map { theme in
            translator.themeName(theme.key, in: language).text.markdownEscaped
                + (counted ? " (\(FactFormat.number(theme.value, in: language)))" : "")
        }
        let rest = ordered.count - names.count
        if rest > 0 { names.append(language == .en ? "\(FactFormat.number(rest, in: .en)) more" : "\(FactFormat.number(rest, in: .vi)) chủ đề khác") }
        return FactFormat.list(names, in: language)
    }

    /// How many of the articles naming a place are about it: "Both are about it." / "Trong đó
    /// có 1 bài viết về chính địa phương này."
    static func aboutSentence(about: Int, of named: Int, in language: Language) -> String {
        switch (language, about == named, named) {
        case (.en, true, 1): return "The article is about it."
        case (.en, true, 2): return "Both are about it."
        case (.en, true, _): return "All \(FactFormat.number(named, in: .en)) are about it."
        case (.en, false, _): return about == 1 ? "One of them is about it." : "\(FactFormat.number(about, in: .en)) of them are about it."
        case (.vi, true, 1): return "Đó là bài viết về chính địa phương này."
        case (.vi, true, _): return "Cả \(FactFormat.number(named, in: .vi)) bài đều viết về chính địa phương này."
        case (.vi, false, _): return "Trong đó có \(FactFormat.number(about, in: .vi)) bài viết về chính địa phương này."
        }
    }

    /// The day a record is dated by: its event date, else its publication date.
    static func date(of record: ArticleRecord) -> CalendarDate? {
        record.article.eventDate ?? record.article.published?.date
    }

    /// Records by date, undated last, then by id: a deterministic order.
    static func byDate(_ records: [ArticleRecord]) -> [ArticleRecord] {
        records.sorted { lhs, rhs in
            switch (date(of: lhs), date(of: rhs)) {
            case let (l?, r?) where l != r: return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return lhs.article.id < rhs.article.id
            }
        }
    }

    /// The positions of `records` in `byDate`'s order, sorted on the dates and ids alone: the
    /// same comparisons in the same stable sort, without moving whole records.
    static func byDateOrder(_ records: some Collection<ArticleRecord>) -> [Int] {
        let keys = records.map { (date: date(of: $0), id: $0.article.id) }
        return keys.indices.sorted { lhs, rhs in
            switch (keys[lhs].date, keys[rhs].date) {
            case let (l?, r?) where l != r: return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return keys[lhs].id < keys[rhs].id
            }
        }
    }

    /// ", on 9 August 2025", ", from 9 August to 12 September 2025" (the year once when both
    /// days share it), ", from 9 August 2024 to 12 September 2025"; empty when no record is dated.
    static func dateRange(_ records: some Collection<ArticleRecord>, in language: Language) -> String {
        // The first and last of the sorted dates: equal dates are the same day, so min and max do.
        var first: CalendarDate?
        var last: CalendarDate?
        for record in records {
            guard let day = date(of: record) else { continue }
            if first.map({ day < $0 }) ?? true { first = day }
            if last.map({ $0 < day }) ?? true { last = day }
        }
        guard let first, let last else { return "" }
        let en = language == .en
        if first == last { return (en ? ", on " : ", ngày ") + FactFormat.date(first, in: language) }
        let from = first.year == last.year
            ? (en ? "\(first.day) \(FactFormat.englishMonths[first.month - 1])" : "\(first.day)/\(first.month)")
            : FactFormat.date(first, in: language)
        return en ? ", from \(from) to \(FactFormat.date(last, in: .en))" : ", từ \(from) đến \(FactFormat.date(last, in: .vi))"
    }

    /// Whether the words of `needle` stand together in `haystack` (both `vietnameseKey`s).
    ///
    /// Compares UTF-8 bytes (`containsWordsAsText` is the definition, held to it by tests): both
    /// are keys made the same way, so equal text is equal bytes, and a match must start and end at
    /// a space or an end of `haystack`.
    static func containsWords(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack, needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { words in
                let space = UInt8(ascii: " ")
                guard words.count <= hay.count else { return false }
                var start = 0
                while start + words.count <= hay.count {
                    if start == 0 || hay[start - 1] == space {
                        let end = start + words.count
                        if end == hay.count || hay[end] == space,
                           UnsafeBufferPointer(rebasing: hay[start..<end]).elementsEqual(words) {
                            return true
                        }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// `containsWords` on text: the definition.
    static func containsWordsAsText(_ haystack: String, _ needle: String) -> Bool {
        (" " + haystack + " ").contains(" " + needle + " ")
    }
}
