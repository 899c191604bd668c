/// The bilingual landing page at the root.
struct LandingPageView: Sendable {
    /// One language's door into the site.
    struct Door: Sendable {
        var lang: String
        var siteName: String
        var tagline: String
        var enter: String
        var href: String
        var stats: String
    }

    var doors: [Door]
}

/// A home page: the latest articles, the figures of the site, charts, themes.
struct HomePageView: Sendable {
    var siteName: String
    var tagline: String
    var stats: [FigureView]
    var latest: [ArticleListItem]
    var moreHref: String
    var timeline: ChartView?
    var themes: [LinkView]
    var places: [LinkView]
}

/// The index of articles: the archive periods, by year.
struct ArticleIndexView: Sendable {
    var heading: String
    var overview: String
    var years: [GroupView]
}

/// One archive page: the articles of a month (or of a year, when their month is unknown).
struct ArchivePageView: Sendable {
    var heading: String
    var overview: String
    var items: [ArticleListItem]
    var newer: LinkView?
    var older: LinkView?
}

/// An index of places, officials or themes.
struct EntityIndexView: Sendable {
    var heading: String
    var overview: String
    var groups: [GroupView]
    var charts: [ChartView]
}

/// The search page: the form, and where the script and the index are.
struct SearchPageView: Sendable {
    var heading: String
    var indexHref: String
    var scriptHref: String
    var browse: [LinkView]
}

extension PageBuilder {
    /// How many articles, places, officials: the line under each door of the landing page.
    func stats(_ language: Language) -> [String] {
        let strings = inputs.strings[language]
        return [strings.count("count_articles", plan.articles.count), strings.count("count_places", plan.units.count),
                strings.count("count_officials", plan.officials.count)]
    }

    func landing(_ links: PageLinks) -> Content {
        let doors = Language.allCases.map { language in
            LandingPageView.Door(lang: language.rawValue, siteName: inputs.config.name[language],
                                 tagline: inputs.config.tagline[language], enter: inputs.strings[language]["landing_enter"],
                                 href: links.to(.home, language), stats: stats(language).joined(separator: " · "))
        }
        let title = inputs.config.name.vi + " · " + inputs.config.name.en
        return Content(template: "landing", title: title, description: inputs.config.tagline.vi + " / " + inputs.config.tagline.en,
                       breadcrumbs: [], page: LandingPageView(doors: doors).templateValue)
    }

    func home(_ language: Language, _ links: PageLinks) -> Content {
        let strings = inputs.strings[language]
        let number = format(language).number
        let stats = [
            FigureView(label: strings["stat_articles"], value: number(plan.articles.count), source: LinkView(label: strings["nav_articles"], href: links.to(.articleIndex, language))),
            FigureView(label: strings["stat_places"], value: number(plan.units.count), source: LinkView(label: strings["nav_places"], href: links.to(.unitIndex, language))),
            FigureView(label: strings["stat_officials"], value: number(plan.officials.count), source: LinkView(label: strings["nav_officials"], href: links.to(.officialIndex, language))),
        ]
        let themes = plan.themes.filter { !$0.articleIDs.isEmpty }
            .sorted { ($1.articleIDs.count, $0.theme.id) < ($0.articleIDs.count, $1.theme.id) }
            .map { LinkView(label: themeName($0.theme.id, language), href: links.to(.theme($0.theme.id), language),
                            note: format(language).number($0.articleIDs.count)) }
        let places = plan.units.filter { $0.unit.kind.level == 2 }.map { unitLink($0, language, links, note: format(language).number($0.articleIDs.count)) }
        let view = HomePageView(
            siteName: inputs.config.name[language],
            tagline: inputs.config.tagline[language],
            stats: stats,
            latest: plan.articles.prefix(10).map { articleItem($0, language, links) },
            moreHref: links.to(.articleIndex, language),
            timeline: timeline(language),
            themes: themes,
            places: places
        )
        return Content(template: "home", title: inputs.config.name[language], description: inputs.config.tagline[language],
                       breadcrumbs: [], page: view.templateValue)
    }

    /// Articles per month, oldest first: the congresses over time.
    func timeline(_ language: Language) -> ChartView? {
        let strings = inputs.strings[language]
        let months = plan.periods.filter { $0.month != nil }.sorted().reversed()
        let columns = months.map { period in
            ColumnChart.Column(label: format(language).shortPeriod(period), value: plan.articlePositions(in: period).count)
        }
        guard !columns.isEmpty else { return nil }
        let caption = strings["chart_timeline"]
        return ChartView(caption: caption, svg: ColumnChart(label: caption, columns: Array(columns)).svg)
    }

    func articleIndex(_ language: Language, _ links: PageLinks) -> Content {
        let strings = inputs.strings[language]
        var years: [GroupView] = []
        for period in plan.periods {
            let heading = String(period.year)
            if years.last?.heading != heading { years.append(GroupView(heading: heading, items: [])) }
            let label = period.month == nil ? strings.format("archive_undatedInYear", ["year": heading]) : format(language).period(period).capitalizedFirst
            years[years.count - 1].items.append(LinkView(label: label, href: links.to(.articleArchive(period), language),
                                                         note: strings.count("count_articles", plan.articlePositions(in: period).count)))
        }
        let overview = strings.format("articles_overview", ["articles": strings.count("count_articles", plan.articles.count)])
        let view = ArticleIndexView(heading: strings["nav_articles"], overview: overview, years: years)
        return Content(template: "article-index", title: strings["nav_articles"], description: overview,
                       breadcrumbs: crumbs(language, links, []), page: view.templateValue)
    }

    func archive(_ period: ArchivePeriod, _ language: Language, _ links: PageLinks) -> Content {
        let strings = inputs.strings[language]
        let heading = period.month == nil
            ? strings.format("archive_undatedInYear", ["year": String(period.year)])
            : format(language).period(period).capitalizedFirst
        // By position: the entry's own list item (what `articleItem(_:_:_:)` finds for it).
        let items = articleItems(at: plan.articlePositions(in: period), language, links)
        let position = plan.periods.firstIndex(of: period)
        func link(_ offset: Int) -> LinkView? {
            guard let position, plan.periods.indices.contains(position + offset) else { return nil }
            let other = plan.periods[position + offset]
            let label = other.month == nil ? strings.format("archive_undatedInYear", ["year": String(other.year)]) : format(language).period(other).capitalizedFirst
            return LinkView(label: label, href: links.to(.articleArchive(other), language))
        }
        let overview = strings.count("count_articles", items.count)
        let view = ArchivePageView(heading: heading, overview: overview, items: items, newer: link(-1), older: link(1))
        return Content(template: "archive", title: heading, description: heading + " · " + overview,
                       breadcrumbs: crumbs(language, links, [(.articleIndex, strings["nav_articles"])]), page: view.templateValue)
    }

    func unitIndex(_ language: Language, _ links: PageLinks) -> Content {
        let strings = inputs.strings[language]
        var groups: [GroupView] = []
        for level in 0...2 {
            let entries = plan.units.filter { $0.unit.kind.level == level }
            guard !entries.isEmpty else { continue }
            groups.append(GroupView(heading: strings["places_level\(level)"], items: entries.map { entry in
                var note = strings.count("count_articles", entry.articleIDs.count)
                if case .unit(let slug)? = entry.parent, let parent = plan.unit(slug) { note = label(parent.unit, language).capitalizedFirst + " · " + note }
                if case .name(let name)? = entry.parent { note = name + " · " + note }
                return unitLink(entry, language, links, note: note)
            }))
        }
        var charts: [ChartView] = []
        for kind in [KeyFigures.Kind.delegates, .partyMembers] {
            let bars = plan.units.compactMap { entry -> BarChart.Bar? in
                let key = UnitKey(kind: entry.unit.kind, name: entry.unit.name)
                let value = articleIndexes(of: entry).first { index in
                    primaryUnitKey(at: index) == key && plan.articles[index].record.figures[kind] != nil
                }.flatMap { plan.articles[$0].record.figures[kind]?.value }
                return value.map { BarChart.Bar(label: label(entry.unit, language).capitalizedFirst, value: $0, valueText: format(language).number($0)) }
            }.sorted { ($1.value, $0.label) < ($0.value, $1.label) }
            let caption = strings["chart_\(kind.rawValue)PerPlace"]
            if !bars.isEmpty { charts.append(ChartView(caption: caption, svg: BarChart(label: caption, bars: bars).svg)) }
        }
        let overview = strings.format("places_overview", ["places": strings.count("count_places", plan.units.count)])
        let view = EntityIndexView(heading: strings["nav_places"], overview: overview, groups: groups, charts: charts)
        return Content(template: "place-index", title: strings["nav_places"], description: overview,
                       breadcrumbs: crumbs(language, links, []), page: view.templateValue)
    }

    func officialIndex(_ language: Language, _ links: PageLinks) -> Content {
        let strings = inputs.strings[language]
        let items = plan.officials.map { entry in
            let first = entry.official.roles.first.map { inputs.translator.role($0.role, in: language).text }
            let count = strings.count("count_articles", entry.articleIDs.count)
            return officialLink(entry, language, links, note: first.map { $0 + " · " + count } ?? count)
        }
        let overview = strings.format("officials_overview", ["officials": strings.count("count_officials", plan.officials.count)])
        let view = EntityIndexView(heading: strings["nav_officials"], overview: overview,
                                   groups: [GroupView(heading: strings["officials_all"], items: items)], charts: [])
        return Content(template: "official-index", title: strings["nav_officials"], description: overview,
                       breadcrumbs: crumbs(language, links, []), page: view.templateValue)
    }

    func themeIndex(_ language: Language, _ links: PageLinks) -> Content {
        let strings = inputs.strings[language]
        let items = plan.themes.map { entry in
            LinkView(label: themeName(entry.theme.id, language), href: links.to(.theme(entry.theme.id), language),
                     note: strings.count("count_articles", entry.articleIDs.count))
        }
        let charts = [themeChart(articleIndexes(plan.articles.map(\.id)), caption: strings["chart_themes"], language)].compactMap { $0 }
        let overview = strings.format("themes_overview", ["themes": strings.count("count_themes", plan.themes.count)])
        let view = EntityIndexView(heading: strings["nav_themes"], overview: overview,
                                   groups: [GroupView(heading: strings["themes_all"], items: items)], charts: charts)
        return Content(template: "theme-index", title: strings["nav_themes"], description: overview,
                       breadcrumbs: crumbs(language, links, []), page: view.templateValue)
    }

    func search(_ language: Language, _ links: PageLinks) -> Content {
        let strings = inputs.strings[language]
        let browse = [(Route.articleIndex, "nav_articles"), (.unitIndex, "nav_places"), (.officialIndex, "nav_officials"), (.themeIndex, "nav_themes")]
            .map { LinkView(label: strings[$0.1], href: links.to($0.0, language)) }
        let view = SearchPageView(heading: strings["search_heading"],
                                  indexHref: links.to(file: SearchIndex.path(language)),
                                  scriptHref: links.to(file: "assets/search.js"), browse: browse)
        return Content(template: "search", title: strings["search_heading"], description: strings["search_heading"],
                       breadcrumbs: crumbs(language, links, []), page: view.templateValue)
    }
}
