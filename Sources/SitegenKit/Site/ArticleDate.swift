/// The date an article is listed under: its publication day, else its event day, else only the
/// year it was dated to. Lists sort by it, newest first, then by article id.
public struct ArticleDate: Sendable, Hashable, Comparable {
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(year: Int?, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date of `article` by the rule above.
    public init(of article: Article) {
        if let date = article.published?.date ?? article.eventDate {
            self.init(year: date.year, month: date.month, day: date.day)
        } else {
            self.init(year: article.year)
        }
    }

    /// The full day, when known.
    public var calendarDate: CalendarDate? {
        guard let year, let month, let day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The archive period the article is listed in; nil when not even the year is known.
    public var period: ArchivePeriod? { year.map { ArchivePeriod(year: $0, month: month) } }

    /// `2025-08-09`, `2020`, or an empty string.
    public var iso: String {
        if let calendarDate { return calendarDate.description }
        return year.map(String.init) ?? ""
    }

    /// Unknown parts sort as 0, so an undated article comes last when sorting newest first.
    public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
        (lhs.year ?? 0, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year ?? 0, rhs.month ?? 0, rhs.day ?? 0)
    }
}
