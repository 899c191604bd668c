/// The view models the templates read, one small struct per thing a page shows.
///
/// Templates reach their fields by name (`PageViews+TemplateView.swift` lists them for the
/// template engine). Optional fields hide the
/// section that shows them when nil; an empty list hides its section too. Every string is
/// escaped by `{{…}}`; fields named `…HTML` or `svg` hold markup sitegen or cmark produced and
/// are the only ones templates print with `{{{…}}}`.
struct LinkView: Sendable {
    var label: String
    var href: String
    /// The language of the label, when it differs from the page's.
    var lang: String?
    var note: String?
}

/// One article in a list.
struct ArticleItemView: Sendable {
    var headline: String
    var href: String
    var date: String
    var dateISO: String?
    var place: String?
    var topics: String?
    /// The Vietnamese title, shown under an English headline.
    var originalTitle: String?
}

/// One article in a list on one page: its item's fields made once per language (all but the
/// link, `ArticleItemView.unlinkedTemplateValue`) and its link from this page.
struct ArticleListItem: Sendable {
    var unlinked: TemplateValue
    var href: String
}

/// A figure with its label: "Đại biểu: 250".
struct FigureView: Sendable {
    var label: String
    var value: String
    var source: LinkView?
}

/// An `hreflang` alternate of the page.
struct AlternateView: Sendable {
    var hreflang: String
    var href: String
}

/// An item of the main navigation.
struct NavItemView: Sendable {
    var label: String
    var href: String
    var current: Bool
}

/// A chart: its caption and its inline SVG.
struct ChartView: Sendable {
    var caption: String
    var svg: String
}

/// A group of links under a heading: a kind of place, a year of the archive.
struct GroupView: Sendable {
    var heading: String
    var items: [LinkView]
}

/// A group of articles under a heading: the articles of one year.
struct ArticleGroupView: Sendable {
    var heading: String
    var items: [ArticleListItem]
}

/// What the layout shows around every page.
struct LayoutView: Sendable {
    var lang: String
    var title: String
    var description: String
    var siteName: String
    var root: String
    var homeHref: String
    var cssHref: String
    var feedHref: String
    var searchHref: String
    var canonical: String
    var alternates: [AlternateView]
    var switchHref: String
    var switchLabel: String
    var switchLang: String
    var nav: [NavItemView]
    var breadcrumbs: [LinkView]
    var pageKind: String
}

/// The object every template is rendered with: strings, layout and the page's own view.
struct PageContext {
    /// The interface strings of the page's language (`{{t.key}}`), a `.strings` table.
    var t: TemplateValue
    var layout: LayoutView
    /// The page kind's own view, as a template value.
    var page: TemplateValue
}
