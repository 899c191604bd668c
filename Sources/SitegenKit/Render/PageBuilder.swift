/// Renders one page of the site in one language: builds its view model, runs its template inside
/// the layout, and prints the result one element per line.
///
/// A pure function of `RenderInputs`, so pages can be rendered in any order on any thread.
struct PageBuilder: Sendable {
    let inputs: RenderInputs
    /// Each article's list item in each language, by its index in `plan.articles`, without its
    /// link (which depends on the page): built once here instead of on every page that lists it.
    private var items: Bilingual<[ArticleItemView]>
    /// Each article's list item as templates read it, without its link, by index: the same
    /// shared value on every page that lists the article.
    private var unlinkedItems: Bilingual<[TemplateValue]>
    /// The index in `plan.articles` of each article id (the first, as `SitePlan.article(_:)`), so
    /// that pages read the entries where they are instead of copying them.
    private let articleIndex: [String: Int]
    /// The slug of each article's primary place page (`plan.unit(for:)`), by article index:
    /// found once, not on every theme page and chart that counts places.
    private let primaryPlaceSlugs: [String?]
    /// The key of each article's primary unit (`record.primaryUnit?.key`), by article index: a
    /// place page picks the articles about it by them, and the key folds the name each time.
    private let primaryUnitKeys: [UnitKey?]
    /// The file of each article's page from the output root, by article index, in each language:
    /// made once, not on every page that links to it.
    private let articleFiles: Bilingual<[String]>
    /// Each official's distinct roles (`ResolvedOfficial.distinctRoles`), by slug: the official's
    /// pages, overviews and the search indexes ask for them in both languages.
    private let distinctRoles: [String: [String]]
    /// Each official's roles by the article that names them, in the order of
    /// `ResolvedOfficial.roles`, by slug: an article page asks for one official's roles in one
    /// article, and scanning every role of a much-named official on each of its pages was quadratic.
    private let rolesByArticle: [String: [String: [String]]]
    /// Each official's name as a key (`vietnameseKey`), by slug: the article page matches the
    /// record's officials to the plan's by it.
    private let officialKeys: [String: String]
    /// Each article's summary in each language as its page and the feed show it, by article
    /// index: made once (the event it reports found once for both languages).
    private var summaries: Bilingual<[ArticleSummary]>
    /// The positions in `plan.articles` of each place's, official's and theme's articles, by
    /// slug or id: found once, not on each of the entity's pages in each language.
    private let entityIndexes: EntityIndexes

    /// An entity's `articleIDs` and their positions in `plan.articles` (`articleIndexes(_:)`).
    struct KnownIndexes: Sendable {
        var ids: [String]
        var indexes: [Int]
    }

    /// `KnownIndexes` of the plan's places, officials (by slug) and themes (by id).
    struct EntityIndexes: Sendable {
        var units: [String: KnownIndexes] = [:]
        var officials: [String: KnownIndexes] = [:]
        var themes: [String: KnownIndexes] = [:]
    }

    /// An article's summary, rendered: where it came from and its HTML (nil when empty).
    struct ArticleSummary: Sendable {
        var source: SummaryWriter.Source
        var html: String?
    }

    /// A builder for `inputs`; the list items are made on `jobs` threads (the same for any number).
    init(inputs: RenderInputs, jobs: Int = 1) {
        self.inputs = inputs
        items = Bilingual(vi: [], en: [])
        unlinkedItems = Bilingual(vi: [], en: [])
        summaries = Bilingual(vi: [], en: [])
        articleIndex = Dictionary(inputs.plan.articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        primaryPlaceSlugs = inputs.plan.articles.map { $0.record.primaryUnit.flatMap(inputs.plan.unit(for:))?.slug }
        primaryUnitKeys = inputs.plan.articles.map { $0.record.primaryUnit?.key }
        articleFiles = Bilingual { language in inputs.plan.articles.map { Route.article($0.slug).file(in: language) } }
        distinctRoles = Dictionary(inputs.plan.officials.map { ($0.slug, $0.official.distinctRoles) }, uniquingKeysWith: { first, _ in first })
        officialKeys = Dictionary(inputs.plan.officials.map { ($0.slug, $0.official.name.vietnameseKey) }, uniquingKeysWith: { first, _ in first })
        rolesByArticle = Dictionary(inputs.plan.officials.map { entry in
            var byArticle: [String: [String]] = [:]
            for appointment in entry.official.roles { byArticle[appointment.article, default: []].append(appointment.role) }
            return (entry.slug, byArticle)
        }, uniquingKeysWith: { first, _ in first })
        entityIndexes = Self.entityIndexes(of: inputs.plan, articleIndex: articleIndex)
        let builder = self
        // By position, so that each entry is read where it is rather than copied for the closure;
        // the results' fields are taken out in place too.
        let made = parallelMap(Array(inputs.plan.articles.indices), jobs: jobs) { index in
            let items = Bilingual { builder.unlinkedItem(builder.plan.articles[index], $0) }
            return (items: items, values: Bilingual { items[$0].unlinkedTemplateValue },
                    summaries: builder.renderedSummaries(of: builder.plan.articles[index].record))
        }
        items = Bilingual { language in made.indices.map { made[$0].items[language] } }
        unlinkedItems = Bilingual { language in made.indices.map { made[$0].values[language] } }
        summaries = Bilingual { language in made.indices.map { made[$0].summaries[language] } }
    }

    /// What a page kind contributes: its template, title, description, breadcrumbs and view.
    struct Content {
        var template: String
        var title: String
        var description: String
        var breadcrumbs: [LinkView]
        var page: TemplateValue
    }

    var plan: SitePlan { inputs.plan }

    /// The page for `route` in `language` (the landing page is the same in both).
    func render(_ route: Route, _ language: Language) throws -> OutputFile {
        let page = try self.page(route, language)
        let html = try inputs.templates.render(page.template, page.context)
        return OutputFile(path: route.file(in: language), bytes: HTMLLines.normalize(html))
    }

    /// The template of the page for `route` in `language` and the context it renders.
    func page(_ route: Route, _ language: Language) throws -> (template: String, context: TemplateValue) {
        let links = PageLinks(file: route.file(in: language))
        let content = try self.content(route, language, links)
        let layout = layoutView(route, language, links, content)
        let context = PageContext(t: .strings(inputs.strings[language].strings), layout: layout, page: content.page)
        return (content.template, context.templateValue)
    }

    func content(_ route: Route, _ language: Language, _ links: PageLinks) throws -> Content {
        switch route {
        case .landing: return landing(links)
        case .home: return home(language, links)
        case .articleIndex: return articleIndex(language, links)
        case .articleArchive(let period): return archive(period, language, links)
        case .article(let slug): return try article(slug, language, links)
        case .unitIndex: return unitIndex(language, links)
        case .unit(let slug): return try unit(slug, language, links)
        case .unitYear(let slug, let year): return try unitYear(slug, year, language, links)
        case .officialIndex: return officialIndex(language, links)
        case .official(let slug): return try official(slug, language, links)
        case .officialYear(let slug, let year): return try officialYear(slug, year, language, links)
        case .themeIndex: return themeIndex(language, links)
        case .theme(let id): return try theme(id, language, links)
        case .themeYear(let id, let year): return try themeYear(id, year, language, links)
        case .search: return search(language, links)
        }
    }

    // MARK: - The frame of every page

    func layoutView(_ route: Route, _ language: Language, _ links: PageLinks, _ content: Content) -> LayoutView {
        let strings = inputs.strings[language]
        let config = inputs.config
        let siteName = route == .landing ? config.name.vi + " · " + config.name.en : config.name[language]
        let title = content.title == siteName ? siteName : content.title + " · " + siteName
        let navRoutes: [(Route, String)] = [(.home, "nav_home"), (.articleIndex, "nav_articles"), (.unitIndex, "nav_places"),
                                            (.officialIndex, "nav_officials"), (.themeIndex, "nav_themes")]
        let section = Self.section(of: route)
        let nav = route == .landing ? [] : navRoutes.map { target, key in
            NavItemView(label: strings[key], href: links.to(target, language), current: section == target)
        }
        let other = language.other
        // The page's path in each language, made once for the canonical URL, the alternates and
        // the language switch.
        let paths = Bilingual { route.path(in: $0) }
        return LayoutView(
            lang: language.rawValue,
            title: title,
            description: content.description,
            siteName: siteName,
            root: links.root,
            homeHref: links.to(route == .landing ? .landing : .home, language),
            cssHref: links.to(file: "assets/site.css"),
            feedHref: links.to(file: language.rawValue + "/feed.xml"),
            searchHref: links.to(.search, language),
            canonical: config.absoluteURL(paths[language]),
            alternates: Self.alternates(route, paths: paths).map { AlternateView(hreflang: $0.hreflang, href: config.absoluteURL($0.path)) },
            switchHref: links.to(file: paths[other] + "index.html"), // `route.file(in: other)`
            switchLabel: inputs.strings[other]["languageName"],
            switchLang: other.rawValue,
            nav: nav,
            breadcrumbs: content.breadcrumbs,
            pageKind: Self.kindName(of: route)
        )
    }

    /// The hreflang cluster of a page: both languages and `x-default`.
    ///
    /// The landing page is the `x-default` of the two home pages; every other pair points
    /// `x-default` at its English page. Every page of a cluster lists the same three, so the
    /// alternates are reciprocal.
    static func alternates(_ route: Route) -> [(hreflang: String, path: String)] {
        let target = route == .landing ? Route.home : route
        let fallback = route == .landing || route == .home ? Route.landing.path(in: .en) : route.path(in: .en)
        return [("vi", target.path(in: .vi)), ("en", target.path(in: .en)), ("x-default", fallback)]
    }

    /// `alternates(route)` given the route's own path in each language.
    static func alternates(_ route: Route, paths: Bilingual<String>) -> [(hreflang: String, path: String)] {
        guard route != .landing, route != .home else { return alternates(route) }
        return [("vi", paths.vi), ("en", paths.en), ("x-default", paths.en)]
    }

    /// The top-level section a page belongs to, for the navigation.
    static func section(of route: Route) -> Route? {
        switch route {
        case .landing, .search: return nil
        case .home: return .home
        case .articleIndex, .articleArchive, .article: return .articleIndex
        case .unitIndex, .unit, .unitYear: return .unitIndex
        case .officialIndex, .official, .officialYear: return .officialIndex
        case .themeIndex, .theme, .themeYear: return .themeIndex
        }
    }

    /// A class name for the page's `<body>`, so the stylesheet can tell kinds apart.
    static func kindName(of route: Route) -> String {
        switch route {
        case .landing: return "landing"
        case .home: return "home"
        case .articleIndex: return "article-index"
        case .articleArchive: return "archive"
        case .article: return "article"
        case .unitIndex: return "place-index"
        case .unit: return "place"
        case .unitYear: return "place-year"
        case .officialIndex: return "official-index"
        case .official: return "official"
        case .officialYear: return "official-year"
        case .themeIndex: return "theme-index"
        case .theme: return "theme"
        case .themeYear: return "theme-year"
        case .search: return "search"
        }
    }

    func crumbs(_ language: Language, _ links: PageLinks, _ trail: [(Route, String)]) -> [LinkView] {
        let strings = inputs.strings[language]
        return [LinkView(label: strings["nav_home"], href: links.to(.home, language))]
            + trail.map { LinkView(label: $0.1, href: links.to($0.0, language)) }
    }

    // MARK: - Shared pieces

    func format(_ language: Language) -> LocalFormat {
        inputs.strings[language].format
    }

    /// A unit's name with its kind in `language`: "phường Cầu Giấy" / "Cầu Giấy Ward".
    func label(_ unit: ResolvedUnit, _ language: Language) -> String {
        inputs.translator.unitLabel(name: unit.name, kind: unit.kind, in: language)
    }

    /// A theme's name in `language`.
    func themeName(_ id: String, _ language: Language) -> String {
        guard let theme = inputs.themes[id] else { return id }
        return language == .vi ? theme.nameVi : theme.nameEn
    }

    /// The headline of an article: its title in Vietnamese; in English, composed from its place
    /// and themes, because free text is never machine-translated.
    func headline(_ entry: ArticleEntry, _ language: Language) -> String {
        guard language == .en else { return entry.record.article.title }
        let strings = inputs.strings[language]
        let topics = entry.record.themes.prefix(2).enumerated().map { index, id in
            index == 0 ? themeName(id, language) : Self.lowercasedFirst(themeName(id, language))
        }
        let topicText = format(language).list(topics, and: strings["and"])
        let place = entry.record.primaryUnit.map { inputs.translator.unitLabel(name: $0.name, kind: $0.kind, in: language) }
        let date = format(language).date(entry.date)
        switch (place, topicText.isEmpty) {
        case (let place?, false): return strings.format("headline_placeTopics", ["place": place, "topics": topicText])
        case (nil, false): return strings.format("headline_topics", ["topics": topicText, "date": date])
        case (let place?, true): return strings.format("headline_place", ["place": place, "date": date])
        case (nil, true): return strings.format("headline_bare", ["date": date])
        }
    }

    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    func articleItem(_ entry: ArticleEntry, _ language: Language, _ links: PageLinks) -> ArticleListItem {
        if let index = articleIndex[entry.id], plan.articles[index].slug == entry.slug { return articleItem(at: index, language, links) }
        return ArticleListItem(unlinked: unlinkedItem(entry, language).unlinkedTemplateValue, href: links.to(.article(entry.slug), language))
    }

    /// The list item of `plan.articles[index]`, linked from the page of `links`.
    func articleItem(at index: Int, _ language: Language, _ links: PageLinks) -> ArticleListItem {
        ArticleListItem(unlinked: unlinkedItems[language][index], href: articleLink(at: index, language, links))
    }

    /// `articleItem(at:_:_:)` as a whole view: the definition the shared values are held to.
    func articleItemView(at index: Int, _ language: Language, _ links: PageLinks) -> ArticleItemView {
        var item = items[language][index]
        item.href = articleLink(at: index, language, links)
        return item
    }

    /// The link to the page of `plan.articles[index]` from the page of `links`.
    func articleLink(at index: Int, _ language: Language, _ links: PageLinks) -> String {
        links.to(file: articleFiles[language][index])
    }

    /// The summary of `entry` in `language`, rendered.
    func summary(of entry: ArticleEntry, _ language: Language) -> ArticleSummary {
        if let index = articleIndex[entry.id], plan.articles[index].slug == entry.slug { return summaries[language][index] }
        return renderedSummaries(of: entry.record)[language]
    }

    /// The summary of `plan.articles[index]` in `language`, rendered.
    func summary(at index: Int, _ language: Language) -> ArticleSummary { summaries[language][index] }

    /// An article's summary in both languages, as cmark renders them.
    private func renderedSummaries(of record: ArticleRecord) -> Bilingual<ArticleSummary> {
        let made = inputs.summaries.summaries(of: record)
        return Bilingual { language in
            let summary = language == .vi ? made.vi : made.en
            return ArticleSummary(source: summary.source, html: SummaryHTML.render(summary, in: language))
        }
    }

    /// `entry.official.name.vietnameseKey`, made once.
    func officialKey(_ entry: OfficialEntry) -> String {
        officialKeys[entry.slug] ?? entry.official.name.vietnameseKey
    }

    /// The distinct roles of `entry`'s official, as `ResolvedOfficial.distinctRoles` gives them.
    func distinctRoles(of entry: OfficialEntry) -> [String] {
        distinctRoles[entry.slug] ?? entry.official.distinctRoles
    }

    /// The headline of `plan.articles[index]` in `language`, as its list item has it.
    func headline(at index: Int, _ language: Language) -> String { items[language][index].headline }

    /// The indexes in `plan.articles` of those of `ids` that have a page, in the order given.
    func articleIndexes(_ ids: [String]) -> [Int] { ids.compactMap { articleIndex[$0] } }

    /// `articleIndexes(entry.articleIDs)`, found once.
    func articleIndexes(of entry: UnitEntry) -> [Int] { known(entityIndexes.units[entry.slug], entry.articleIDs) }

    /// `articleIndexes(entry.articleIDs)`, found once.
    func articleIndexes(of entry: OfficialEntry) -> [Int] { known(entityIndexes.officials[entry.slug], entry.articleIDs) }

    /// `articleIndexes(entry.articleIDs)`, found once.
    func articleIndexes(of entry: ThemeEntry) -> [Int] { known(entityIndexes.themes[entry.theme.id], entry.articleIDs) }

    /// The positions found for `ids` when they are the ids `known` holds (the same array, so the
    /// comparison is of two references), else `articleIndexes(ids)`.
    private func known(_ known: KnownIndexes?, _ ids: [String]) -> [Int] {
        if let known, known.ids == ids { return known.indexes }
        return articleIndexes(ids)
    }

    /// `KnownIndexes` of every place, official and theme of `plan` (the first of a slug).
    private static func entityIndexes(of plan: SitePlan, articleIndex: [String: Int]) -> EntityIndexes {
        func known(_ ids: [String]) -> KnownIndexes { KnownIndexes(ids: ids, indexes: ids.compactMap { articleIndex[$0] }) }
        var found = EntityIndexes()
        for entry in plan.units where found.units[entry.slug] == nil { found.units[entry.slug] = known(entry.articleIDs) }
        for entry in plan.officials where found.officials[entry.slug] == nil { found.officials[entry.slug] = known(entry.articleIDs) }
        for entry in plan.themes where found.themes[entry.theme.id] == nil { found.themes[entry.theme.id] = known(entry.articleIDs) }
        return found
    }

    /// The slug of the page of `plan.articles[index]`'s primary place, when it has one.
    func primaryPlaceSlug(at index: Int) -> String? { primaryPlaceSlugs[index] }

    /// The key of the primary unit of `plan.articles[index]`, when it has one.
    func primaryUnitKey(at index: Int) -> UnitKey? { primaryUnitKeys[index] }

    /// The index in `plan.articles` of the article `id`, when it has a page.
    func articleIndex(_ id: String) -> Int? { articleIndex[id] }

    /// An article's list item with an empty link.
    private func unlinkedItem(_ entry: ArticleEntry, _ language: Language) -> ArticleItemView {
        let place = entry.record.primaryUnit.map { inputs.translator.unitLabel(name: $0.name, kind: $0.kind, in: language) }
        let topics = entry.record.themes.map { themeName($0, language) }
        return ArticleItemView(
            headline: headline(entry, language),
            href: "",
            date: format(language).date(entry.date),
            dateISO: entry.date.iso.isEmpty ? nil : entry.date.iso,
            place: place.map(\.capitalizedFirst),
            topics: topics.isEmpty ? nil : topics.joined(separator: " · "),
            originalTitle: language == .en ? entry.record.article.title : nil
        )
    }

    func articleItems(_ ids: [String], _ language: Language, _ links: PageLinks) -> [ArticleListItem] {
        articleItems(at: articleIndexes(ids), language, links)
    }

    /// The list items of the articles at `indexes` in `plan.articles`.
    func articleItems(at indexes: [Int], _ language: Language, _ links: PageLinks) -> [ArticleListItem] {
        indexes.map { articleItem(at: $0, language, links) }
    }

    /// Those of `indexes` whose article is listed under `year` (`SitePlan.articleIDs(_:in:)`,
    /// without copying an article entry to read each date).
    func articleIndexes(_ indexes: [Int], in year: ArticleYear) -> [Int] {
        indexes.filter { ArticleYear(of: plan.articles[$0].date) == year }
    }

    /// Articles grouped under a heading per year, newest year first.
    func articleGroups(at indexes: [Int], _ language: Language, _ links: PageLinks) -> [ArticleGroupView] {
        let strings = inputs.strings[language]
        var groups: [ArticleGroupView] = []
        for index in indexes {
            let heading = plan.articles[index].date.year.map(String.init) ?? strings["undated"]
            if groups.last?.heading != heading { groups.append(ArticleGroupView(heading: heading, items: [])) }
            groups[groups.count - 1].items.append(articleItem(at: index, language, links))
        }
        return groups
    }

    func unitLink(_ entry: UnitEntry, _ language: Language, _ links: PageLinks, note: String? = nil) -> LinkView {
        LinkView(label: label(entry.unit, language).capitalizedFirst, href: links.to(.unit(entry.slug), language), note: note)
    }

    func officialLink(_ entry: OfficialEntry, _ language: Language, _ links: PageLinks, note: String? = nil) -> LinkView {
        LinkView(label: entry.official.name, href: links.to(.official(entry.slug), language), note: note)
    }

    /// The roles of an official as named in one article, translated, joined by "; ".
    func roles(of official: ResolvedOfficial, in articleID: String, _ language: Language) -> String {
        official.roles.filter { $0.article == articleID }
            .map { inputs.translator.role($0.role, in: language).text }
            .joined(separator: "; ")
    }

    /// `roles(of: entry.official, in:_:)` from the roles grouped by article once.
    func roles(of entry: OfficialEntry, in articleID: String, _ language: Language) -> String {
        guard let byArticle = rolesByArticle[entry.slug] else { return roles(of: entry.official, in: articleID, language) }
        return (byArticle[articleID] ?? []).map { inputs.translator.role($0, in: language).text }.joined(separator: "; ")
    }

    func figureLabel(_ kind: KeyFigures.Kind, _ language: Language) -> String {
        inputs.strings[language]["figure_" + kind.rawValue]
    }

    /// Places as a bar chart of how many of `ids` are about each (the primary place of each).
    func placeChart(_ indexes: [Int], caption: String, _ language: Language) -> ChartView? {
        var counts: [String: Int] = [:]
        for index in indexes {
            guard let slug = primaryPlaceSlugs[index] else { continue }
            counts[slug, default: 0] += 1
        }
        let bars = counts.compactMap { slug, count -> (String, Int)? in
            plan.unit(slug).map { (label($0.unit, language).capitalizedFirst, count) }
        }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
            .map { BarChart.Bar(label: $0.0, value: $0.1, valueText: format(language).number($0.1)) }
        let chart = BarChart(label: caption, bars: bars)
        return bars.count < 2 ? nil : ChartView(caption: caption, svg: chart.svg)
    }

    /// How many of the articles at `indexes` give each theme id (an article once, however often
    /// it names the theme): one pass over the articles, not one per theme of the plan.
    func themeArticleCounts(_ indexes: [Int]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for index in indexes {
            let themes = plan.articles[index].record.themes
            for position in themes.indices where !themes[..<position].contains(themes[position]) {
                counts[themes[position], default: 0] += 1
            }
        }
        return counts
    }

    /// Themes as a bar chart of how many of `ids` discuss each.
    func themeChart(_ indexes: [Int], caption: String, _ language: Language) -> ChartView? {
        let counts = themeArticleCounts(indexes)
        let bars = plan.themes.compactMap { theme -> BarChart.Bar? in
            let count = counts[theme.theme.id] ?? 0
            guard count > 0 else { return nil }
            return BarChart.Bar(label: themeName(theme.theme.id, language), value: count, valueText: format(language).number(count))
        }.enumerated().sorted { ($1.element.value, $0.offset) < ($0.element.value, $1.offset) }.map(\.element)
        return bars.isEmpty ? nil : ChartView(caption: caption, svg: BarChart(label: caption, bars: bars).svg)
    }
}
