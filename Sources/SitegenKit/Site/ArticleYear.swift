/// A year a busy place, official or theme splits its articles by: one sub-page per year, so that
/// one new article changes one year page, not a list of every article the entity has.
///
/// Articles dated to no year at all share one sub-page of their own, listed after every year.
public struct ArticleYear: Sendable, Hashable, Comparable {
    /// The year, or nil for the articles whose year is unknown.
    public var year: Int?

    public init(_ year: Int?) {
        self.year = year
    }

    /// The year an article is listed under.
    public init(of date: ArticleDate) {
        self.init(date.year)
    }

    /// The folder of the year's sub-page: `2025`, or a word for the undated articles.
    public func pathComponent(in language: Language) -> String {
        if let year { return String(year) }
        return language == .vi ? "khong-ro-nam" : "undated"
    }

    /// Newest first; the undated sub-page comes last.
    public static func < (lhs: ArticleYear, rhs: ArticleYear) -> Bool {
        switch (lhs.year, rhs.year) {
        case let (l?, r?): return l > r
        case (.some, nil): return true
        default: return false
        }
    }
}
