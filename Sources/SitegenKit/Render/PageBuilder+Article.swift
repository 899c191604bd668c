/// The article page: its digest in one language.
struct ArticlePageView: Sendable {
    var headline: String
    var originalTitle: String?
    var date: String?
    var dateISO: String?
    var outlet: String?
    var author: String?
    var section: String?
    var sourceURL: String?
    var summaryHTML: String?
    var summaryLabel: String
    var summaryIsEditor: Bool
    var places: [LinkView]
    var officials: [LinkView]
    var figures: [FigureView]
    var themes: [LinkView]
    var source: String
}

extension PageBuilder {
    func article(_ slug: String, _ language: Language, _ links: PageLinks) throws -> Content {
        guard let position = plan.articlePosition(withSlug: slug) else {
            throw Diagnostic.badData("(render)", line: 1, "no article with slug \(slug)")
        }
        let entry = plan.articles[position]
        let strings = inputs.strings[language]
        let record = entry.record
        let article = record.article
        // The summary and headline made for this entry when the builder started.
        let summary = self.summary(at: position, language)
        let summaryHTML = summary.html
        let places = record.units.compactMap { unit -> LinkView? in
            guard let place = plan.unit(for: unit) else { return nil }
            return unitLink(place, language, links, note: unit.primary ? strings["place_primary"] : nil)
        }
        // Each name's key once, not once per official of the record.
        // By position: only the entries of the officials shown are copied.
        let named = plan.officialPositions(inArticle: article.id).map { (position: $0, key: officialKey(plan.officials[$0])) }
        let officials = record.officials.compactMap { official -> LinkView? in
            let key = official.key // a `vietnameseKey`, made on every read
            guard let found = named.first(where: { $0.key == key })?.position else { return nil }
            let entry = plan.officials[found]
            return officialLink(entry, language, links, note: roles(of: entry, in: article.id, language))
        }
        let figures = KeyFigures.Kind.allCases.compactMap { kind -> FigureView? in
            record.figures[kind].map { FigureView(label: figureLabel(kind, language), value: format(language).number($0.value), source: nil) }
        }
        let themes = record.themes.map { LinkView(label: themeName($0, language), href: links.to(.theme($0), language)) }
        let date = format(language).date(entry.date)
        // The list item's headline when the page is the plan's entry (made once per language).
        let headline = self.headline(at: position, language)
        let view = ArticlePageView(
            headline: headline,
            originalTitle: language == .en ? article.title : nil,
            date: date.isEmpty ? nil : date,
            dateISO: entry.date.iso.isEmpty ? nil : entry.date.iso,
            outlet: article.outlet?.name,
            author: article.author,
            section: language == .vi ? article.section : nil,
            sourceURL: record.sourceURL,
            summaryHTML: summaryHTML,
            summaryLabel: strings[summary.source == .editor ? "summary_editor" : "summary_facts"],
            summaryIsEditor: summary.source == .editor,
            places: places,
            officials: officials,
            figures: figures,
            themes: themes,
            source: strings.format("article_source", ["file": article.sourceFile.lastPathPart,
                                                      "line": String(article.line)])
        )
        var description = headline
        if let place = record.primaryUnit { description += " · " + label(ResolvedUnit(name: place.name, kind: place.kind, parent: nil, slug: "", articles: []), language).capitalizedFirst }
        if !date.isEmpty { description += " · " + date }
        var trail: [(Route, String)] = [(.articleIndex, strings["nav_articles"])]
        if let period = entry.date.period { trail.append((.articleArchive(period), format(language).period(period))) }
        return Content(template: "article", title: headline, description: description,
                       breadcrumbs: crumbs(language, links, trail), page: view.templateValue)
    }
}
