/// The page model: which pages the site has, under which slugs, and what each list holds.
///
/// Built by a pure function of the resolved extraction, the theme taxonomy and the slug lock.
/// Truncated teasers get no page, and entities named only in them get none either. Every list is
/// sorted: articles newest first, then by id; places by level, then name; people by name (names
/// compared without diacritics, so Đ sorts with D).
///
/// A place, official or theme with more than `yearSplitThreshold` articles gets its list split
/// by year (DESIGN.md, "URLs"): its page shows the overview, key facts and the latest articles,
/// and links to one sub-page per year; an entity with fewer keeps every article on its page.
public struct SitePlan: Sendable {
    /// More articles than this, and an entity's list is split into one sub-page per year. Thirty
    /// is about three screens of a phone: a page longer than that is a list to page through, not
    /// to read; below it, sub-pages of one or two articles would only add clicks.
    public static let yearSplitThreshold = 30
    /// How many of the newest articles the page of a split entity shows above its year links.
    public static let latestOnSplitPage = 10

    /// Articles with a page, newest first, then by id.
    public var articles: [ArticleEntry]
    /// Teasers cut off mid-sentence: reported, given no page.
    public var truncated: [ArticleRecord]
    public var units: [UnitEntry]
    public var officials: [OfficialEntry]
    /// Every theme of the taxonomy, in its order, also those no article discusses yet.
    public var themes: [ThemeEntry]
    /// The archive periods with at least one article, newest first.
    public var periods: [ArchivePeriod]
    /// The slug lock with every article of this build recorded.
    public var lock: SlugLock
    /// Slug collisions and other warnings found while planning.
    public var diagnostics: [Diagnostic]

    // Lookups by id, slug and key, so that rendering a page never scans a whole list.
    private var articleIndex: [String: Int]
    private var articleSlugIndex: [String: Int]
    private var unitIndex: [String: Int]
    private var unitKeyIndex: [UnitKey: Int]
    private var officialSlugIndex: [String: Int]
    private var officialsByArticle: [String: [Int]]
    private var periodIndex: [ArchivePeriod: [Int]]

    /// Plans the site for `site`. The lists of places, of people and of themes, and the
    /// lookups of articles, are made at the same time on up to `jobs` threads (they depend only
    /// on the sorted articles); the plan does not depend on `jobs`.
    public init(site: ResolvedSite, themes: [Theme], lock: SlugLock, slugAssigner: ArticleSlugAssigner = ArticleSlugAssigner(),
                splitAbove threshold: Int = SitePlan.yearSplitThreshold, jobs: Int = 1) {
        let published = site.records.filter { !$0.article.truncated }
        truncated = site.records.filter(\.article.truncated).sorted { $0.article.id < $1.article.id }
        let assigned = slugAssigner.assign(published.map(\.article), lock: lock, jobs: jobs)
        self.lock = assigned.lock
        diagnostics = assigned.diagnostics
        // Sorted on (date, id) keys taken once: an entry is a large value, and moving entries
        // in every step of the sort cost more than comparing them.
        let articles = Self.sorted(published.compactMap { record in
            assigned.slugs[record.article.id].map { ArticleEntry(record: record, slug: $0) }
        }, key: { (date: $0.date, id: $0.id) }, by: { ArticleEntry.newestFirst(date: $0.date, id: $0.id, $1.date, $1.id) })
        self.articles = articles
        let lists = Lists(articles: articles, threshold: threshold)
        articleIndex = lists.order

        let (siteUnits, siteOfficials) = (site.units, site.officials)
        let (unitLists, rest) = concurrently(jobs: jobs, { lists.units(siteUnits) }, {
            concurrently(jobs: jobs, { lists.officials(siteOfficials) }, { (lists.themes(themes), lists.articleLookups()) })
        })
        let (officialLists, (themeEntries, articleLookups)) = rest
        units = unitLists.units
        unitIndex = unitLists.index
        unitKeyIndex = unitLists.keyIndex
        officials = officialLists.officials
        officialSlugIndex = officialLists.slugIndex
        officialsByArticle = officialLists.byArticle
        self.themes = themeEntries
        periods = articleLookups.periods
        articleSlugIndex = articleLookups.slugIndex
        periodIndex = articleLookups.periodIndex
    }

    /// The parts of the plan made from the sorted articles, each on its own: what `init` runs
    /// at the same time.
    private struct Lists: Sendable {
        let articles: [ArticleEntry]
        /// Each article's position, by id.
        let order: [String: Int]
        let threshold: Int

        init(articles: [ArticleEntry], threshold: Int) {
            self.articles = articles
            self.threshold = threshold
            order = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// Those of `ids` with a page, in the order of the articles (each id's place looked up
        /// once, not in every comparison).
        func publishedIDs(_ ids: [String]) -> [String] {
            ids.compactMap { id in order[id].map { (position: $0, id: id) } }.sorted { $0.position < $1.position }.map(\.id)
        }

        /// The years of the sub-pages of a list of `ids`, newest first; none up to the threshold.
        func years(_ ids: [String]) -> [ArticleYear] {
            guard ids.count > threshold else { return [] }
            return Array(Set(ids.compactMap { order[$0].map { ArticleYear(of: articles[$0].date) } })).sorted()
        }

        /// The places with a page, sorted, with their parents and children, and their lookups.
        func units(_ resolved: [ResolvedUnit]) -> (units: [UnitEntry], index: [String: Int], keyIndex: [UnitKey: Int]) {
            var units = resolved.compactMap { unit -> UnitEntry? in
                let ids = publishedIDs(unit.articles)
                return ids.isEmpty ? nil : UnitEntry(unit: unit, parent: nil, children: [], articleIDs: ids, years: years(ids))
            }
            units = SitePlan.sorted(units, key: { ($0.unit.kind.level, $0.unit.name.foldedForSearch, $0.slug) }, by: <)
            // Parents and children through lookups by name and by parent, not by scanning every
            // place for every place.
            let byName = Dictionary(grouping: units, by: { $0.unit.name.vietnameseKey })
            for index in units.indices {
                units[index].parent = SitePlan.parent(of: units[index].unit, among: units[index].unit.parent.flatMap { byName[$0.vietnameseKey] } ?? [])
            }
            var childrenOf: [String: [String]] = [:]
            for unit in units {
                if case .unit(let parent)? = unit.parent { childrenOf[parent, default: []].append(unit.slug) }
            }
            for index in units.indices {
                units[index].children = childrenOf[units[index].slug] ?? []
            }
            let index = Dictionary(units.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
            var keyIndex: [UnitKey: Int] = [:]
            for (position, unit) in units.enumerated() {
                keyIndex[UnitKey(kind: unit.unit.kind, name: unit.unit.name)] = position
            }
            return (units, index, keyIndex)
        }

        /// The people with a page, sorted, their roles in article order, and their lookups.
        func officials(_ resolved: [ResolvedOfficial]) -> (officials: [OfficialEntry], slugIndex: [String: Int], byArticle: [String: [Int]]) {
            var officials = resolved.compactMap { official -> OfficialEntry? in
                var official = official
                official.roles = official.roles.enumerated()
                    .compactMap { offset, role in order[role.article].map { (position: $0, offset: offset, role: role) } }
                    .sorted { ($0.position, $0.offset) < ($1.position, $1.offset) }
                    .map(\.role)
                let ids = publishedIDs(official.roles.map(\.article))
                var seen: Set<String> = []
                let unique = ids.filter { seen.insert($0).inserted }
                return unique.isEmpty ? nil : OfficialEntry(official: official, articleIDs: unique, years: years(unique))
            }
            officials = SitePlan.sorted(officials, key: { ($0.official.name.foldedForSearch, $0.slug) }, by: <)
            var slugIndex: [String: Int] = [:]
            var byArticle: [String: [Int]] = [:]
            for (position, official) in officials.enumerated() {
                slugIndex[official.slug] = position
                for id in official.articleIDs { byArticle[id, default: []].append(position) }
            }
            return (officials, slugIndex, byArticle)
        }

        /// Every theme of the taxonomy with the articles that discuss it, in article order:
        /// the articles are gone through once, not once per theme.
        func themes(_ themes: [Theme]) -> [ThemeEntry] {
            var byTheme: [String: [String]] = [:]
            for article in articles {
                let named = article.record.themes
                // Each theme once per article, as often as the article itself is listed.
                for (position, theme) in named.enumerated() where !named[..<position].contains(theme) {
                    byTheme[theme, default: []].append(article.id)
                }
            }
            return themes.map { theme in
                let ids = byTheme[theme.id] ?? []
                return ThemeEntry(theme: theme, articleIDs: ids, years: years(ids))
            }
        }

        /// The archive periods, newest first, and the articles by slug and by period.
        func articleLookups() -> (periods: [ArchivePeriod], slugIndex: [String: Int], periodIndex: [ArchivePeriod: [Int]]) {
            var slugIndex: [String: Int] = [:]
            var periodIndex: [ArchivePeriod: [Int]] = [:]
            for (index, article) in articles.enumerated() {
                slugIndex[article.slug] = index
                if let period = article.date.period { periodIndex[period, default: []].append(index) }
            }
            return (periodIndex.keys.sorted(), slugIndex, periodIndex)
        }
    }
    /// The article with `id`, when it has a page.
    public func article(_ id: String) -> ArticleEntry? { articleIndex[id].map { articles[$0] } }

    /// The article with `slug`.
    public func articleWithSlug(_ slug: String) -> ArticleEntry? { articlePosition(withSlug: slug).map { articles[$0] } }

    /// The position in `articles` of `articleWithSlug(_:)`.
    public func articlePosition(withSlug slug: String) -> Int? { articleSlugIndex[slug] }

    /// The place with `slug`.
    public func unit(_ slug: String) -> UnitEntry? { unitIndex[slug].map { units[$0] } }

    /// The place entry of a unit an article names, when that place has a page.
    public func unit(for unit: AdministrativeUnit) -> UnitEntry? { unitKeyIndex[unit.key].map { units[$0] } }

    /// The official with `slug`.
    public func officialWithSlug(_ slug: String) -> OfficialEntry? { officialSlugIndex[slug].map { officials[$0] } }

    /// The officials named in the article `id`, in the order of the official list.
    public func officials(inArticle id: String) -> [OfficialEntry] { officialPositions(inArticle: id).map { officials[$0] } }

    /// The positions in `officials` of `officials(inArticle:)`, in the same order: a caller that
    /// needs only some of them reads those in place instead of copying every entry.
    public func officialPositions(inArticle id: String) -> [Int] { officialsByArticle[id] ?? [] }

    /// The articles of an archive period, newest first.
    public func articles(in period: ArchivePeriod) -> [ArticleEntry] { articlePositions(in: period).map { articles[$0] } }

    /// The positions in `articles` of `articles(in:)`, in the same order: for counting or listing
    /// them without copying every entry.
    public func articlePositions(in period: ArchivePeriod) -> [Int] { periodIndex[period] ?? [] }

    /// The theme with `id`.
    public func theme(_ id: String) -> ThemeEntry? { themes.first { $0.theme.id == id } }

    /// Those of `ids` listed under `year`, in the order given.
    public func articleIDs(_ ids: [String], in year: ArticleYear) -> [String] {
        ids.filter { id in article(id).map { ArticleYear(of: $0.date) == year } ?? false }
    }

    /// Every page of the site, sorted by path.
    public var routes: [Route] {
        var routes: [Route] = [.landing, .home, .articleIndex, .unitIndex, .officialIndex, .themeIndex, .search]
        routes += periods.map(Route.articleArchive)
        routes += articles.map { .article($0.slug) }
        routes += units.map { .unit($0.slug) }
        routes += units.flatMap { unit in unit.years.map { .unitYear(unit.slug, $0) } }
        routes += officials.map { .official($0.slug) }
        routes += officials.flatMap { official in official.years.map { .officialYear(official.slug, $0) } }
        routes += themes.map { .theme($0.theme.id) }
        routes += themes.flatMap { theme in theme.years.map { .themeYear(theme.theme.id, $0) } }
        // Route's order is its path's: each path made once, not in every comparison.
        return Self.sorted(routes, key: { $0.path(in: .vi) }, by: <)
    }

    /// `items` sorted by a key computed once per item (the keys here fold diacritics, which
    /// is too slow to do in every comparison).
    /// The items themselves are not moved while sorting: their positions are, and the items are
    /// gathered once in the new order.
    static func sorted<Item, Key>(_ items: [Item], key: (Item) -> Key, by less: (Key, Key) -> Bool) -> [Item] {
        let keys = items.map(key)
        return keys.indices.sorted { less(keys[$0], keys[$1]) }.map { items[$0] }
    }

    /// The unit a unit's parent name refers to: the nearest higher level of that name.
    /// `units`: the places, in plan order (those of the parent's name are enough).
    static func parent(of unit: ResolvedUnit, among units: [UnitEntry]) -> UnitEntry.Parent? {
        guard let name = unit.parent else { return nil }
        let key = name.vietnameseKey
        let candidates = units.filter { $0.unit.name.vietnameseKey == key && $0.unit.kind.level < unit.kind.level }
        if let nearest = candidates.max(by: { $0.unit.kind.level < $1.unit.kind.level }) {
            return .unit(nearest.slug)
        }
        return .name(name)
    }
}

/// An article with a page: its record, its slug and the date it is listed under.
public struct ArticleEntry: Sendable, Hashable {
    public var record: ArticleRecord
    public var slug: String
    public var date: ArticleDate

    public init(record: ArticleRecord, slug: String) {
        self.record = record
        self.slug = slug
        self.date = ArticleDate(of: record.article)
    }

    public var id: String { record.article.id }

    /// Newest first, then by id: the order of every list of articles.
    public static func newestFirst(_ lhs: ArticleEntry, _ rhs: ArticleEntry) -> Bool {
        newestFirst(date: lhs.date, id: lhs.id, rhs.date, rhs.id)
    }

    /// `newestFirst` on the two keys it compares.
    static func newestFirst(date lhsDate: ArticleDate, id lhsID: String, _ rhsDate: ArticleDate, _ rhsID: String) -> Bool {
        if lhsDate != rhsDate { return rhsDate < lhsDate }
        return lhsID < rhsID
    }
}

/// A place with a page: the unit, where it belongs, what lies inside it, the articles naming it.
public struct UnitEntry: Sendable, Hashable {
    /// The unit a place belongs to: another place of the site, or only a name.
    public enum Parent: Sendable, Hashable {
        case unit(String)
        case name(String)
    }

    public var unit: ResolvedUnit
    public var parent: Parent?
    /// Slugs of the places inside this one.
    public var children: [String]
    /// The articles naming it, newest first.
    public var articleIDs: [String]
    /// The years of its sub-pages, newest first; empty when every article fits on its page.
    public var years: [ArticleYear] = []

    public var slug: String { unit.slug }
}

/// A person with a page: their appointments in published articles, newest article first.
public struct OfficialEntry: Sendable, Hashable {
    public var official: ResolvedOfficial
    public var articleIDs: [String]
    /// The years of its sub-pages, newest first; empty when every article fits on its page.
    public var years: [ArticleYear] = []

    public var slug: String { official.slug }
}

/// A theme of the taxonomy and the articles that discuss it, newest first.
public struct ThemeEntry: Sendable, Hashable {
    public var theme: Theme
    public var articleIDs: [String]
    /// The years of its sub-pages, newest first; empty when every article fits on its page.
    public var years: [ArticleYear] = []
}
