// Each view model as templates see it: one `TemplateValue` object with a field per stored
// property, under the property's name; a nil optional is left out (so a lookup goes on up the
// context stack, as swift-mustache does with `nil`).

extension LinkView: TemplateView {
    var templateValue: TemplateValue {
        .fields(["label": .text(label), "href": .text(href), "lang": .maybe(lang), "note": .maybe(note)])
    }
}

extension ArticleItemView: TemplateView {
    var templateValue: TemplateValue {
        .fields(["headline": .text(headline), "href": .text(href), "date": .text(date), "dateISO": .maybe(dateISO),
                 "place": .maybe(place), "topics": .maybe(topics), "originalTitle": .maybe(originalTitle)])
    }
}

extension FigureView: TemplateView {
    var templateValue: TemplateValue {
        .fields(["label": .text(label), "value": .text(value), "source": .view(source)])
    }
}

extension AlternateView: TemplateView {
    var templateValue: TemplateValue {
        .fields(["hreflang": .text(hreflang), "href": .text(href)])
    }
}

extension NavItemView: TemplateView {
    var templateValue: TemplateValue {
        .fields(["label": .text(label), "href": .text(href), "current": .bool(current)])
    }
}

extension ChartView: TemplateView {
    var templateValue: TemplateValue {
        .fields(["caption": .text(caption), "svg": .text(svg)])
    }
}

extension GroupView: TemplateView {
    var templateValue: TemplateValue {
        .fields(["heading": .text(heading), "items": .list(items)])
    }
}

extension ArticleGroupView: TemplateView {
    var templateValue: TemplateValue {
        .fields(["heading": .text(heading), "items": .list(items)])
    }
}

extension LayoutView: TemplateView {
    var templateValue: TemplateValue {
        .fields([
            "lang": .text(lang), "title": .text(title), "description": .text(description), "siteName": .text(siteName),
            "root": .text(root), "homeHref": .text(homeHref), "cssHref": .text(cssHref), "feedHref": .text(feedHref),
            "searchHref": .text(searchHref), "canonical": .text(canonical), "alternates": .list(alternates),
            "switchHref": .text(switchHref), "switchLabel": .text(switchLabel), "switchLang": .text(switchLang),
            "nav": .list(nav), "breadcrumbs": .list(breadcrumbs), "pageKind": .text(pageKind),
        ])
    }
}

extension PageContext: TemplateView {
    var templateValue: TemplateValue {
        .fields(["t": t, "layout": layout.templateValue, "page": page])
    }
}

extension ArticlePageView: TemplateView {
    var templateValue: TemplateValue {
        .fields([
            "headline": .text(headline), "originalTitle": .maybe(originalTitle), "date": .maybe(date), "dateISO": .maybe(dateISO),
            "outlet": .maybe(outlet), "author": .maybe(author), "section": .maybe(section), "sourceURL": .maybe(sourceURL),
            "summaryHTML": .maybe(summaryHTML), "summaryLabel": .text(summaryLabel), "summaryIsEditor": .bool(summaryIsEditor),
            "places": .list(places), "officials": .list(officials), "figures": .list(figures), "themes": .list(themes),
            "source": .text(source),
        ])
    }
}

extension EntityArticlesView.Latest: TemplateView {
    var templateValue: TemplateValue {
        .fields(["items": .list(items)])
    }
}

extension EntityArticlesView: TemplateView {
    var templateValue: TemplateValue {
        .fields(["groups": .list(groups), "latest": .view(latest), "years": .list(years)])
    }
}

extension UnitPageView: TemplateView {
    var templateValue: TemplateValue {
        .fields([
            "heading": .text(heading), "kind": .text(kind), "overviewHTML": .maybe(overviewHTML), "parent": .view(parent),
            "parentName": .maybe(parentName), "children": .list(children), "figures": .list(figures),
            "officials": .list(officials), "themeChart": .view(themeChart), "articles": articles.templateValue,
        ])
    }
}

extension OfficialPageView.RoleRow: TemplateView {
    var templateValue: TemplateValue {
        .fields(["date": .text(date), "dateISO": .maybe(dateISO), "role": .text(role), "article": article.templateValue])
    }
}

extension OfficialPageView: TemplateView {
    var templateValue: TemplateValue {
        .fields([
            "name": .text(name), "overviewHTML": .maybe(overviewHTML), "rows": .list(rows), "rowsNote": .maybe(rowsNote),
            "articles": articles.templateValue,
        ])
    }
}

extension ThemePageView: TemplateView {
    var templateValue: TemplateValue {
        .fields([
            "name": .text(name), "overviewHTML": .maybe(overviewHTML), "emptyNote": .maybe(emptyNote),
            "placeChart": .view(placeChart), "places": .list(places), "articles": articles.templateValue,
        ])
    }
}

extension EntityYearPageView: TemplateView {
    var templateValue: TemplateValue {
        .fields([
            "kicker": .text(kicker), "heading": .text(heading), "overview": .text(overview), "entity": entity.templateValue,
            "items": .list(items), "rows": .list(rows), "newer": .view(newer), "older": .view(older),
        ])
    }
}

extension LandingPageView.Door: TemplateView {
    var templateValue: TemplateValue {
        .fields(["lang": .text(lang), "siteName": .text(siteName), "tagline": .text(tagline), "enter": .text(enter),
                 "href": .text(href), "stats": .text(stats)])
    }
}

extension LandingPageView: TemplateView {
    var templateValue: TemplateValue {
        .fields(["doors": .list(doors)])
    }
}

extension HomePageView: TemplateView {
    var templateValue: TemplateValue {
        .fields([
            "siteName": .text(siteName), "tagline": .text(tagline), "stats": .list(stats), "latest": .list(latest),
            "moreHref": .text(moreHref), "timeline": .view(timeline), "themes": .list(themes), "places": .list(places),
        ])
    }
}

extension ArticleIndexView: TemplateView {
    var templateValue: TemplateValue {
        .fields(["heading": .text(heading), "overview": .text(overview), "years": .list(years)])
    }
}

extension ArchivePageView: TemplateView {
    var templateValue: TemplateValue {
        .fields(["heading": .text(heading), "overview": .text(overview), "items": .list(items),
                 "newer": .view(newer), "older": .view(older)])
    }
}

extension EntityIndexView: TemplateView {
    var templateValue: TemplateValue {
        .fields(["heading": .text(heading), "overview": .text(overview), "groups": .list(groups), "charts": .list(charts)])
    }
}

extension SearchPageView: TemplateView {
    var templateValue: TemplateValue {
        .fields(["heading": .text(heading), "indexHref": .text(indexHref), "scriptHref": .text(scriptHref),
                 "browse": .list(browse)])
    }
}
