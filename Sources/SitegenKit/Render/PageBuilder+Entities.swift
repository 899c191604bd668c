/// The articles of a place, official or theme as its page lists them: every article by year, or,
/// for an entity with more than `SitePlan.yearSplitThreshold`, the latest ones and a link per year.
struct EntityArticlesView: Sendable {
    /// The newest articles of a split entity (templates read `latest.items`).
    struct Latest: Sendable {
        var items: [ArticleListItem]
    }

    /// Every article under a heading per year; empty when the list is split.
    var groups: [ArticleGroupView]
    /// Set when the list is split: the newest articles, above the year links.
    var latest: Latest?
    /// One link per year sub-page, newest first; empty when the page lists every article.
    var years: [LinkView]

    var isSplit: Bool { latest != nil }
}

/// A place's page: where it belongs, what lies inside, its figures, people, themes and articles.
struct UnitPageView: Sendable {
    var heading: String
    var kind: String
    var overviewHTML: String?
    var parent: LinkView?
    /// The name of the unit it belongs to, when that unit has no page of its own.
    var parentName: String?
    var children: [LinkView]
    var figures: [FigureView]
    var officials: [LinkView]
    var themeChart: ChartView?
    var articles: EntityArticlesView
}

/// An official's page: every role by article and date, and the articles.
struct OfficialPageView: Sendable {
    /// One role in one article.
    struct RoleRow: Sendable {
        var date: String
        var dateISO: String?
        var role: String
        var article: LinkView
    }

    var name: String
    var overviewHTML: String?
    var rows: [RoleRow]
    /// Set when the table shows only the roles of the latest articles.
    var rowsNote: String?
    var articles: EntityArticlesView
}

/// A theme's page: its places and its articles.
struct ThemePageView: Sendable {
    var name: String
    var overviewHTML: String?
    /// The one sentence of a theme no article discusses yet, instead of the overview and lists.
    var emptyNote: String?
    var placeChart: ChartView?
    var places: [LinkView]
    var articles: EntityArticlesView
}

/// One year of the articles of a busy place, official or theme.
struct EntityYearPageView: Sendable {
    /// What the entity is ("Ward", "Official", "Theme").
    var kicker: String
    var heading: String
    var overview: String
    /// The entity's own page.
    var entity: LinkView
    var items: [ArticleListItem]
    /// An official's roles in the articles of the year.
    var rows: [OfficialPageView.RoleRow]
    var newer: LinkView?
    var older: LinkView?
}

extension PageBuilder {
    // MARK: - Places

    func unit(_ slug: String, _ language: Language, _ links: PageLinks) throws -> Content {
        let entry = try unitEntry(slug)
        let strings = inputs.strings[language]
        let heading = label(entry.unit, language).capitalizedFirst
        var parent: LinkView?
        var parentName: String?
        switch entry.parent {
        case .unit(let slug)?: parent = plan.unit(slug).map { unitLink($0, language, links) }
        case .name(let name)?: parentName = name
        case nil: break
        }
        let children = entry.children.compactMap(plan.unit).map { unitLink($0, language, links) }
        // Figures from the newest article about this place that states each one.
        let key = UnitKey(kind: entry.unit.kind, name: entry.unit.name)
        // The positions of the place's articles, found once for every list and chart of the page.
        let indexes = articleIndexes(of: entry)
        let about = indexes.filter { primaryUnitKey(at: $0) == key }
        let figures = KeyFigures.Kind.allCases.compactMap { kind -> FigureView? in
            guard let source = about.first(where: { plan.articles[$0].record.figures[kind] != nil }),
                  let figure = plan.articles[source].record.figures[kind] else { return nil }
            return FigureView(label: figureLabel(kind, language), value: format(language).number(figure.value),
                              source: LinkView(label: format(language).date(plan.articles[source].date),
                                                      href: articleLink(at: source, language, links)))
        }
        var seenPeople: Set<String> = []
        // Positions first: each person's entry is copied once, not once per article naming them.
        let people = about.flatMap { plan.officialPositions(inArticle: plan.articles[$0].id) }
            .filter { seenPeople.insert(plan.officials[$0].slug).inserted }
            .map { plan.officials[$0] }
        // Folded once per person, not in every comparison (the plan orders its officials the same way).
        let sortedPeople = SitePlan.sorted(people, key: { ($0.official.name.foldedForSearch, $0.slug) }, by: <)
        let officials = sortedPeople.map { person in
            let note = about.first { index in person.articleIDs.contains(plan.articles[index].id) }
                .map { roles(of: person, in: plan.articles[$0].id, language) }
            return officialLink(person, language, links, note: note)
        }
        let overviewKey = people.isEmpty ? "place_overview" : "place_overviewPeople"
        let description = strings.format(overviewKey, [
            "place": heading,
            "articles": strings.count("count_articles", entry.articleIDs.count),
            "officials": strings.count("count_officials", people.count),
        ])
        var unit = entry.unit
        unit.articles = entry.articleIDs
        let overview = overviewHTML(inputs.summaries.unitOverview(unit, named: records(at: indexes), about: records(at: about), in: language), language)
        let view = UnitPageView(
            heading: heading,
            kind: inputs.translator.kindName(entry.unit.kind, in: language).capitalizedFirst,
            overviewHTML: overview,
            parent: parent,
            parentName: parentName,
            children: children,
            figures: figures,
            officials: officials,
            themeChart: themeChart(indexes, caption: strings.format("chart_themesOfPlace", ["place": heading]), language),
            articles: entityArticles(indexes, years: entry.years, language, links) { .unitYear(slug, $0) }
        )
        return Content(template: "place", title: heading, description: description,
                       breadcrumbs: crumbs(language, links, [(.unitIndex, strings["nav_places"])]), page: view.templateValue)
    }

    func unitYear(_ slug: String, _ year: ArticleYear, _ language: Language, _ links: PageLinks) throws -> Content {
        let entry = try unitEntry(slug)
        let strings = inputs.strings[language]
        let name = label(entry.unit, language).capitalizedFirst
        return yearPage(kicker: inputs.translator.kindName(entry.unit.kind, in: language).capitalizedFirst, name: name,
                        entityRoute: .unit(slug), indexes: articleIndexes(of: entry), years: entry.years, year: year, rows: [],
                        trail: [(.unitIndex, strings["nav_places"]), (.unit(slug), name)], language, links) { .unitYear(slug, $0) }
    }

    func unitEntry(_ slug: String) throws -> UnitEntry {
        guard let entry = plan.unit(slug) else { throw Diagnostic.badData("(render)", line: 1, "no place with slug \(slug)") }
        return entry
    }

    // MARK: - Officials

    func official(_ slug: String, _ language: Language, _ links: PageLinks) throws -> Content {
        let entry = try officialEntry(slug)
        let strings = inputs.strings[language]
        let official = entry.official
        let indexes = articleIndexes(of: entry)
        let articles = entityArticles(indexes, years: entry.years, language, links) { .officialYear(slug, $0) }
        // A split page's table shows the roles of the articles it lists; the year pages the rest.
        let shown = articles.isSplit ? Set(entry.articleIDs.prefix(SitePlan.latestOnSplitPage)) : nil
        let rows = roleRows(official, language, links) { shown?.contains($0) ?? true }
        var seen: Set<String> = []
        let roles = distinctRoles(of: entry)
        let distinct = roles.map { inputs.translator.role($0, in: language).text }.filter { seen.insert($0).inserted }
        let description = strings.format("official_overview", [
            "name": official.name,
            "articles": strings.count("count_articles", entry.articleIDs.count),
            "roles": strings.count("count_roles", distinct.count),
        ])
        let overview = overviewHTML(inputs.summaries.officialOverview(official, named: records(at: indexes), distinctRoles: roles, in: language), language)
        let view = OfficialPageView(name: official.name, overviewHTML: overview, rows: rows,
                                    rowsNote: articles.isSplit ? strings["official_tableLatest"] : nil, articles: articles)
        return Content(template: "official", title: official.name, description: description,
                       breadcrumbs: crumbs(language, links, [(.officialIndex, strings["nav_officials"])]), page: view.templateValue)
    }

    func officialYear(_ slug: String, _ year: ArticleYear, _ language: Language, _ links: PageLinks) throws -> Content {
        let entry = try officialEntry(slug)
        let strings = inputs.strings[language]
        let indexes = articleIndexes(of: entry)
        let ids = Set(articleIndexes(indexes, in: year).map { plan.articles[$0].id })
        let rows = roleRows(entry.official, language, links) { ids.contains($0) }
        return yearPage(kicker: strings["search_kind_official"], name: entry.official.name,
                        entityRoute: .official(slug), indexes: indexes, years: entry.years, year: year, rows: rows,
                        trail: [(.officialIndex, strings["nav_officials"]), (.official(slug), entry.official.name)], language, links) {
            .officialYear(slug, $0)
        }
    }

    func officialEntry(_ slug: String) throws -> OfficialEntry {
        guard let entry = plan.officialWithSlug(slug) else {
            throw Diagnostic.badData("(render)", line: 1, "no official with slug \(slug)")
        }
        return entry
    }

    /// An official's roles in the articles `include` accepts, one row per role, newest article first.
    func roleRows(_ official: ResolvedOfficial, _ language: Language, _ links: PageLinks,
                  include: (String) -> Bool) -> [OfficialPageView.RoleRow] {
        let strings = inputs.strings[language]
        return official.roles.compactMap { appointment -> OfficialPageView.RoleRow? in
            guard include(appointment.article), let index = articleIndex(appointment.article) else { return nil }
            let articleDate = plan.articles[index].date
            let date = format(language).date(articleDate)
            return OfficialPageView.RoleRow(
                date: date.isEmpty ? strings["undated"] : date,
                dateISO: articleDate.iso.isEmpty ? nil : articleDate.iso,
                role: inputs.translator.role(appointment.role, in: language).text,
                article: LinkView(label: headline(at: index, language), href: articleLink(at: index, language, links))
            )
        }
    }

    // MARK: - Themes

    func theme(_ id: String, _ language: Language, _ links: PageLinks) throws -> Content {
        let entry = try themeEntry(id)
        let strings = inputs.strings[language]
        let name = themeName(id, language)
        var seen: Set<String> = []
        let indexes = articleIndexes(of: entry)
        let themePlaces = indexes.compactMap { index -> UnitEntry? in
            guard let slug = primaryPlaceSlug(at: index), seen.insert(slug).inserted else { return nil }
            return plan.articles[index].record.primaryUnit.flatMap(plan.unit(for:))
        }
        // Folded once per place, not in every comparison (the plan orders its places the same way).
        let places = SitePlan.sorted(themePlaces, key: { ($0.unit.kind.level, $0.unit.name.foldedForSearch, $0.slug) }, by: <)
        let inSentence = language == .en ? Self.lowercasedFirst(name) : name
        let description = entry.articleIDs.isEmpty
            ? strings.format("theme_overviewEmpty", ["theme": inSentence])
            : strings.format("theme_overview", [
                "theme": inSentence,
                "articles": strings.count("count_articles", entry.articleIDs.count),
                "places": strings.count("count_places", places.count),
            ])
        // A theme no article discusses yet says so in one sentence, not "0 articles discuss".
        let overview = entry.articleIDs.isEmpty
            ? nil
            : overviewHTML(inputs.summaries.themeOverview(entry.theme, matching: records(at: indexes), in: language), language)
        let view = ThemePageView(
            name: name, overviewHTML: overview, emptyNote: entry.articleIDs.isEmpty ? description : nil,
            placeChart: placeChart(indexes, caption: strings.format("chart_placesOfTheme", ["theme": name]), language),
            places: places.map { unitLink($0, language, links) },
            articles: entityArticles(indexes, years: entry.years, language, links) { .themeYear(id, $0) }
        )
        return Content(template: "theme", title: name, description: description,
                       breadcrumbs: crumbs(language, links, [(.themeIndex, strings["nav_themes"])]), page: view.templateValue)
    }

    func themeYear(_ id: String, _ year: ArticleYear, _ language: Language, _ links: PageLinks) throws -> Content {
        let entry = try themeEntry(id)
        let strings = inputs.strings[language]
        let name = themeName(id, language)
        return yearPage(kicker: strings["search_kind_theme"], name: name,
                        entityRoute: .theme(id), indexes: articleIndexes(of: entry), years: entry.years, year: year, rows: [],
                        trail: [(.themeIndex, strings["nav_themes"]), (.theme(id), name)], language, links) { .themeYear(id, $0) }
    }

    func themeEntry(_ id: String) throws -> ThemeEntry {
        guard let entry = plan.theme(id) else { throw Diagnostic.badData("(render)", line: 1, "no theme \(id)") }
        return entry
    }

    // MARK: - Shared by the three

    /// The records of the articles `ids`, in that order, read in place. For an entity's own
    /// `articleIDs` these are exactly the records its overview is about (the plan lists an
    /// entity's published articles), so the overview need not filter them.
    func records(_ ids: [String]) -> PlanRecords { records(at: articleIndexes(ids)) }

    /// The records of the articles at `indexes` in `plan.articles`, read in place.
    func records(at indexes: [Int]) -> PlanRecords { PlanRecords(articles: plan.articles, indexes: indexes) }

    /// An overview's Markdown as HTML. In English, a place or person keeps its Vietnamese name,
    /// which is a proper name; nothing else in an overview is Vietnamese.
    func overviewHTML(_ markdown: String, _ language: Language) -> String? {
        SummaryHTML.render(SummaryWriter.Summary(markdown: markdown, source: .facts), in: language)
    }

    /// "2025" / "Năm 2025", or "Year unknown" / "Không rõ năm".
    func yearLabel(_ year: ArticleYear, _ language: Language) -> String {
        let strings = inputs.strings[language]
        guard let value = year.year else { return strings["year_unknown"] }
        return strings.format("year_known", ["year": String(value)])
    }

    /// The article list of an entity's page: all of them by year, or the latest and year links.
    func entityArticles(_ indexes: [Int], years: [ArticleYear], _ language: Language, _ links: PageLinks,
                        route: (ArticleYear) -> Route) -> EntityArticlesView {
        guard !years.isEmpty else {
            return EntityArticlesView(groups: articleGroups(at: indexes, language, links), latest: nil, years: [])
        }
        let strings = inputs.strings[language]
        let yearLinks = years.map { year in
            LinkView(label: yearLabel(year, language), href: links.to(route(year), language),
                     note: strings.count("count_articles", articleIndexes(indexes, in: year).count))
        }
        let latest = articleItems(at: Array(indexes.prefix(SitePlan.latestOnSplitPage)), language, links)
        return EntityArticlesView(groups: [], latest: EntityArticlesView.Latest(items: latest), years: yearLinks)
    }

    /// The sub-page of one year: the year's articles, a link back to the entity, the other years.
    func yearPage(kicker: String, name: String, entityRoute: Route, indexes: [Int], years: [ArticleYear], year: ArticleYear,
                  rows: [OfficialPageView.RoleRow], trail: [(Route, String)], _ language: Language, _ links: PageLinks,
                  route: (ArticleYear) -> Route) -> Content {
        let strings = inputs.strings[language]
        let yearText = yearLabel(year, language)
        let heading = strings.format("year_heading", ["name": name, "year": Self.lowercasedFirst(yearText)])
        let items = articleItems(at: articleIndexes(indexes, in: year), language, links)
        let position = years.firstIndex(of: year)
        func neighbour(_ offset: Int) -> LinkView? {
            guard let position, years.indices.contains(position + offset) else { return nil }
            let other = years[position + offset]
            return LinkView(label: yearLabel(other, language), href: links.to(route(other), language))
        }
        let overview = strings.count("count_articles", items.count)
        let view = EntityYearPageView(
            kicker: kicker, heading: heading, overview: overview,
            entity: LinkView(label: strings.format("year_back", ["name": name]), href: links.to(entityRoute, language)),
            items: items, rows: rows, newer: neighbour(-1), older: neighbour(1))
        return Content(template: "entity-year", title: heading, description: heading + " · " + overview,
                       breadcrumbs: crumbs(language, links, trail), page: view.templateValue)
    }
}
