/// A place's page: where it belongs, what lies inside, its figures, people, themes and articles.
struct UnitPageView: Sendable {
    var heading: String
    var kind: String
    var overview: String
    var parent: LinkView?
    /// The name of the unit it belongs to, when that unit has no page of its own.
    var parentName: String?
    var children: [LinkView]
    var figures: [FigureView]
    var officials: [LinkView]
    var themeChart: ChartView?
    var groups: [ArticleGroupView]
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
    var overview: String
    var roles: [String]
    var rows: [RoleRow]
    var groups: [ArticleGroupView]
}

/// A theme's page: its places and its articles.
struct ThemePageView: Sendable {
    var name: String
    var overview: String
    var placeChart: ChartView?
    var places: [LinkView]
    var groups: [ArticleGroupView]
}

extension PageBuilder {
    func unit(_ slug: String, _ language: Language, _ links: PageLinks) throws -> Content {
        guard let entry = plan.unit(slug) else { throw Diagnostic.badData("(render)", line: 1, "no place with slug \(slug)") }
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
        let about = entry.articleIDs.compactMap(plan.article).filter { article in
            article.record.primaryUnit.map { $0.key == UnitKey(kind: entry.unit.kind, name: entry.unit.name) } ?? false
        }
        let figures = KeyFigures.Kind.allCases.compactMap { kind -> FigureView? in
            guard let source = about.first(where: { $0.record.figures[kind] != nil }),
                  let figure = source.record.figures[kind] else { return nil }
            return FigureView(label: figureLabel(kind, language), value: format(language).number(figure.value),
                              source: LinkView(label: format(language).date(source.date), href: links.to(.article(source.slug), language)))
        }
        var seenPeople: Set<String> = []
        let people = about.flatMap { plan.officials(inArticle: $0.id) }.filter { seenPeople.insert($0.slug).inserted }
            .sorted { ($0.official.name.foldedForSearch, $0.slug) < ($1.official.name.foldedForSearch, $1.slug) }
        let officials = people.map { person in
            let note = about.first { article in person.articleIDs.contains(article.id) }
                .map { roles(of: person.official, in: $0.id, language) }
            return officialLink(person, language, links, note: note)
        }
        let overviewKey = people.isEmpty ? "place_overview" : "place_overviewPeople"
        let overview = strings.format(overviewKey, [
            "place": heading,
            "articles": strings.count("count_articles", entry.articleIDs.count),
            "officials": strings.count("count_officials", people.count),
        ])
        let view = UnitPageView(
            heading: heading,
            kind: inputs.translator.kindName(entry.unit.kind, in: language).capitalizedFirst,
            overview: overview,
            parent: parent,
            parentName: parentName,
            children: children,
            figures: figures,
            officials: officials,
            themeChart: themeChart(entry.articleIDs, caption: strings.format("chart_themesOfPlace", ["place": heading]), language),
            groups: articleGroups(entry.articleIDs, language, links)
        )
        return Content(template: "place", title: heading, description: overview,
                       breadcrumbs: crumbs(language, links, [(.unitIndex, strings["nav_places"])]), page: view)
    }

    func official(_ slug: String, _ language: Language, _ links: PageLinks) throws -> Content {
        guard let entry = plan.officialWithSlug(slug) else {
            throw Diagnostic.badData("(render)", line: 1, "no official with slug \(slug)")
        }
        let strings = inputs.strings[language]
        let official = entry.official
        let rows = official.roles.compactMap { appointment -> OfficialPageView.RoleRow? in
            guard let article = plan.article(appointment.article) else { return nil }
            let date = format(language).date(article.date)
            return OfficialPageView.RoleRow(
                date: date.isEmpty ? strings["undated"] : date,
                dateISO: article.date.iso.isEmpty ? nil : article.date.iso,
                role: inputs.translator.role(appointment.role, in: language).text,
                article: LinkView(label: headline(article, language), href: links.to(.article(article.slug), language))
            )
        }
        var seen: Set<String> = []
        let distinct = official.distinctRoles.map { inputs.translator.role($0, in: language).text }.filter { seen.insert($0).inserted }
        let overview = strings.format("official_overview", [
            "name": official.name,
            "articles": strings.count("count_articles", entry.articleIDs.count),
            "roles": strings.count("count_roles", distinct.count),
        ])
        let view = OfficialPageView(name: official.name, overview: overview, roles: distinct, rows: rows,
                                    groups: articleGroups(entry.articleIDs, language, links))
        return Content(template: "official", title: official.name, description: overview,
                       breadcrumbs: crumbs(language, links, [(.officialIndex, strings["nav_officials"])]), page: view)
    }

    func theme(_ id: String, _ language: Language, _ links: PageLinks) throws -> Content {
        guard let entry = plan.themes.first(where: { $0.theme.id == id }) else {
            throw Diagnostic.badData("(render)", line: 1, "no theme \(id)")
        }
        let strings = inputs.strings[language]
        let name = themeName(id, language)
        var seen: Set<String> = []
        let places = entry.articleIDs.compactMap(plan.article).compactMap { $0.record.primaryUnit.flatMap(plan.unit(for:)) }
            .filter { seen.insert($0.slug).inserted }
            .sorted { ($0.unit.kind.level, $0.unit.name.foldedForSearch, $0.slug) < ($1.unit.kind.level, $1.unit.name.foldedForSearch, $1.slug) }
        let inSentence = language == .en ? Self.lowercasedFirst(name) : name
        let overview = entry.articleIDs.isEmpty
            ? strings.format("theme_overviewEmpty", ["theme": inSentence])
            : strings.format("theme_overview", [
                "theme": inSentence,
                "articles": strings.count("count_articles", entry.articleIDs.count),
                "places": strings.count("count_places", places.count),
            ])
        let view = ThemePageView(
            name: name, overview: overview,
            placeChart: placeChart(entry.articleIDs, caption: strings.format("chart_placesOfTheme", ["theme": name]), language),
            places: places.map { unitLink($0, language, links) },
            groups: articleGroups(entry.articleIDs, language, links)
        )
        return Content(template: "theme", title: name, description: overview,
                       breadcrumbs: crumbs(language, links, [(.themeIndex, strings["nav_themes"])]), page: view)
    }
}
