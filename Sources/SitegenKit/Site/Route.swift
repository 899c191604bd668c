/// Which page of the site: the URL scheme of spec/DESIGN.md in one place.
///
/// Every page but the landing page and the 404 page exists once per language; `path(in:)` gives
/// its directory relative to the output root (`vi/bai-viet/<slug>/`), and the page itself is the
/// `index.html` inside it. A busy place, official or theme also has one sub-page per year under
/// its own folder (`vi/chu-de/<slug>/2025/`).
public enum Route: Sendable, Hashable, Comparable {
    case landing
    case home
    case articleIndex
    case articleArchive(ArchivePeriod)
    case article(String)
    case unitIndex
    case unit(String)
    /// One year of the articles of a place with many.
    case unitYear(String, ArticleYear)
    case officialIndex
    case official(String)
    /// One year of the articles of an official with many.
    case officialYear(String, ArticleYear)
    case themeIndex
    case theme(String)
    /// One year of the articles of a theme with many.
    case themeYear(String, ArticleYear)
    case search

    /// The section folder of each kind of page, per language.
    public enum Section: Sendable {
        case articles, units, officials, themes, search

        func folder(in language: Language) -> String {
            switch (self, language) {
            case (.articles, .vi): return "bai-viet"
            case (.articles, .en): return "articles"
            case (.units, .vi): return "dia-phuong"
            case (.units, .en): return "places"
            case (.officials, .vi): return "can-bo"
            case (.officials, .en): return "officials"
            case (.themes, .vi): return "chu-de"
            case (.themes, .en): return "themes"
            case (.search, .vi): return "tim-kiem"
            case (.search, .en): return "search"
            }
        }
    }

    /// Whether the page has one version per language (all but the landing page).
    public var isLocalized: Bool { self != .landing }

    /// The page's directory relative to the output root, ending in `/` (empty for the landing page).
    public func path(in language: Language) -> String {
        let root = language.rawValue + "/"
        switch self {
        case .landing: return ""
        case .home: return root
        case .articleIndex: return root + Section.articles.folder(in: language) + "/"
        case .articleArchive(let period): return root + Section.articles.folder(in: language) + "/" + period.pathComponent + "/"
        case .article(let slug): return root + Section.articles.folder(in: language) + "/" + slug + "/"
        case .unitIndex: return root + Section.units.folder(in: language) + "/"
        case .unit(let slug): return root + Section.units.folder(in: language) + "/" + slug + "/"
        case .unitYear(let slug, let year): return Route.unit(slug).path(in: language) + year.pathComponent(in: language) + "/"
        case .officialIndex: return root + Section.officials.folder(in: language) + "/"
        case .official(let slug): return root + Section.officials.folder(in: language) + "/" + slug + "/"
        case .officialYear(let slug, let year): return Route.official(slug).path(in: language) + year.pathComponent(in: language) + "/"
        case .themeIndex: return root + Section.themes.folder(in: language) + "/"
        case .theme(let slug): return root + Section.themes.folder(in: language) + "/" + slug + "/"
        case .themeYear(let slug, let year): return Route.theme(slug).path(in: language) + year.pathComponent(in: language) + "/"
        case .search: return root + Section.search.folder(in: language) + "/"
        }
    }

    /// The page's file relative to the output root.
    public func file(in language: Language) -> String { path(in: language) + "index.html" }

    /// Ordered by path, so that lists of pages print the same way every time.
    public static func < (lhs: Route, rhs: Route) -> Bool { lhs.path(in: .vi) < rhs.path(in: .vi) }
}

/// A relative link from one file of the site to another, both given relative to the output root.
///
/// Links name the `index.html` file itself so that the site also works from `file://`, where no
/// server turns a directory into its index.
public enum RelativeLink {
    /// The link from the file at `from` (`vi/bai-viet/x/index.html`) to the file `to`.
    public static func from(_ from: String, to: String) -> String {
        let depth = from.split(separator: "/", omittingEmptySubsequences: false).count - 1
        let up = String(repeating: "../", count: max(0, depth))
        return up + to
    }

    /// The prefix that leads from the file at `from` back to the output root (`../../`, or `./`).
    public static func root(from: String) -> String {
        let prefix = Self.from(from, to: "")
        return prefix.isEmpty ? "./" : prefix
    }
}
