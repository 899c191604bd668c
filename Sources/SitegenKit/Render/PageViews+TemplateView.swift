// Each view model as templates see it: one `TemplateValue` object with a field per stored
// property, under the property's name; a nil optional is left out (so a lookup goes on up the
// context stack, as swift-mustache does with `nil`).

extension LinkView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 4) { object in
            object.add("label", .text(label))
            object.add("href", .text(href))
            object.add("lang", .maybe(lang))
            object.add("note", .maybe(note))
        }
    }
}

extension ArticleItemView: TemplateView {
    /// The item's fields but `href`: what every page that lists the article shares.
    var unlinkedTemplateValue: TemplateValue {
        TemplateValue.object(capacity: 6) { object in
            object.add("headline", .text(headline))
            object.add("date", .text(date))
            object.add("dateISO", .maybe(dateISO))
            object.add("place", .maybe(place))
            object.add("topics", .maybe(topics))
            object.add("originalTitle", .maybe(originalTitle))
        }
    }

    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 7) { object in
            object.add("headline", .text(headline))
            object.add("href", .text(href))
            object.add("date", .text(date))
            object.add("dateISO", .maybe(dateISO))
            object.add("place", .maybe(place))
            object.add("topics", .maybe(topics))
            object.add("originalTitle", .maybe(originalTitle))
        }
    }
}

extension ArticleListItem: TemplateView {
    var templateValue: TemplateValue {
        .withField(TemplateField(name: "href", value: .text(href)), unlinked)
    }
}

extension FigureView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 3) { object in
            object.add("label", .text(label))
            object.add("value", .text(value))
            object.add("source", .view(source))
        }
    }
}

extension AlternateView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 2) { object in
            object.add("hreflang", .text(hreflang))
            object.add("href", .text(href))
        }
    }
}

extension NavItemView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 3) { object in
            object.add("label", .text(label))
            object.add("href", .text(href))
            object.add("current", .bool(current))
        }
    }
}

extension ChartView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 2) { object in
            object.add("caption", .text(caption))
            object.add("svg", .text(svg))
        }
    }
}

extension GroupView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 2) { object in
            object.add("heading", .text(heading))
            object.add("items", .list(items))
        }
    }
}

extension ArticleGroupView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 2) { object in
            object.add("heading", .text(heading))
            object.add("items", .list(items))
        }
    }
}

extension LayoutView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 17) { object in
            object.add("lang", .text(lang))
            object.add("title", .text(title))
            object.add("description", .text(description))
            object.add("siteName", .text(siteName))
            object.add("root", .text(root))
            object.add("homeHref", .text(homeHref))
            object.add("cssHref", .text(cssHref))
            object.add("feedHref", .text(feedHref))
            object.add("searchHref", .text(searchHref))
            object.add("canonical", .text(canonical))
            object.add("alternates", .list(alternates))
            object.add("switchHref", .text(switchHref))
            object.add("switchLabel", .text(switchLabel))
            object.add("switchLang", .text(switchLang))
            object.add("nav", .list(nav))
            object.add("breadcrumbs", .list(breadcrumbs))
            object.add("pageKind", .text(pageKind))
        }
    }
}

extension PageContext: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 3) { object in
            object.add("t", t)
            object.add("layout", layout.templateValue)
            object.add("page", page)
        }
    }
}

extension ArticlePageView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 16) { object in
            object.add("headline", .text(headline))
            object.add("originalTitle", .maybe(originalTitle))
            object.add("date", .maybe(date))
            object.add("dateISO", .maybe(dateISO))
            object.add("outlet", .maybe(outlet))
            object.add("author", .maybe(author))
            object.add("section", .maybe(section))
            object.add("sourceURL", .maybe(sourceURL))
            object.add("summaryHTML", .maybe(summaryHTML))
            object.add("summaryLabel", .text(summaryLabel))
            object.add("summaryIsEditor", .bool(summaryIsEditor))
            object.add("places", .list(places))
            object.add("officials", .list(officials))
            object.add("figures", .list(figures))
            object.add("themes", .list(themes))
            object.add("source", .text(source))
        }
    }
}

extension EntityArticlesView.Latest: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 1) { object in
            object.add("items", .list(items))
        }
    }
}

extension EntityArticlesView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 3) { object in
            object.add("groups", .list(groups))
            object.add("latest", .view(latest))
            object.add("years", .list(years))
        }
    }
}

extension UnitPageView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 10) { object in
            object.add("heading", .text(heading))
            object.add("kind", .text(kind))
            object.add("overviewHTML", .maybe(overviewHTML))
            object.add("parent", .view(parent))
            object.add("parentName", .maybe(parentName))
            object.add("children", .list(children))
            object.add("figures", .list(figures))
            object.add("officials", .list(officials))
            object.add("themeChart", .view(themeChart))
            object.add("articles", articles.templateValue)
        }
    }
}

extension OfficialPageView.RoleRow: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 4) { object in
            object.add("date", .text(date))
            object.add("dateISO", .maybe(dateISO))
            object.add("role", .text(role))
            object.add("article", article.templateValue)
        }
    }
}

extension OfficialPageView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 5) { object in
            object.add("name", .text(name))
            object.add("overviewHTML", .maybe(overviewHTML))
            object.add("rows", .list(rows))
            object.add("rowsNote", .maybe(rowsNote))
            object.add("articles", articles.templateValue)
        }
    }
}

extension ThemePageView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 6) { object in
            object.add("name", .text(name))
            object.add("overviewHTML", .maybe(overviewHTML))
            object.add("emptyNote", .maybe(emptyNote))
            object.add("placeChart", .view(placeChart))
            object.add("places", .list(places))
            object.add("articles", articles.templateValue)
        }
    }
}

extension EntityYearPageView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 8) { object in
            object.add("kicker", .text(kicker))
            object.add("heading", .text(heading))
            object.add("overview", .text(overview))
            object.add("entity", entity.templateValue)
            object.add("items", .list(items))
            object.add("rows", .list(rows))
            object.add("newer", .view(newer))
            object.add("older", .view(older))
        }
    }
}

extension LandingPageView.Door: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 6) { object in
            object.add("lang", .text(lang))
            object.add("siteName", .text(siteName))
            object.add("tagline", .text(tagline))
            object.add("enter", .text(enter))
            object.add("href", .text(href))
            object.add("stats", .text(stats))
        }
    }
}

extension LandingPageView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 1) { object in
            object.add("doors", .list(doors))
        }
    }
}

extension HomePageView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 8) { object in
            object.add("siteName", .text(siteName))
            object.add("tagline", .text(tagline))
            object.add("stats", .list(stats))
            object.add("latest", .list(latest))
            object.add("moreHref", .text(moreHref))
            object.add("timeline", .view(timeline))
            object.add("themes", .list(themes))
            object.add("places", .list(places))
        }
    }
}

extension ArticleIndexView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 3) { object in
            object.add("heading", .text(heading))
            object.add("overview", .text(overview))
            object.add("years", .list(years))
        }
    }
}

extension ArchivePageView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 5) { object in
            object.add("heading", .text(heading))
            object.add("overview", .text(overview))
            object.add("items", .list(items))
            object.add("newer", .view(newer))
            object.add("older", .view(older))
        }
    }
}

extension EntityIndexView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 4) { object in
            object.add("heading", .text(heading))
            object.add("overview", .text(overview))
            object.add("groups", .list(groups))
            object.add("charts", .list(charts))
        }
    }
}

extension SearchPageView: TemplateView {
    var templateValue: TemplateValue {
        TemplateValue.object(capacity: 4) { object in
            object.add("heading", .text(heading))
            object.add("indexHref", .text(indexHref))
            object.add("scriptHref", .text(scriptHref))
            object.add("browse", .list(browse))
        }
    }
}
