/// A stretch of time a long list is split by: one month, or a year for articles whose month is
/// unknown. Splitting by period rather than into fixed-size pages means one new article changes
/// one list page, not every page after it.
public struct ArchivePeriod: Sendable, Hashable, Comparable {
    public var year: Int
    /// 1…12, or nil for "sometime in `year`".
    public var month: Int?

    public init(year: Int, month: Int?) {
        self.year = year
        self.month = month
    }

    /// `2025-08`, or `2020` for a whole year: the folder of the period's archive page.
    public var pathComponent: String {
        guard let month else { return String(year) }
        return String(year) + "-" + (month < 10 ? "0" : "") + String(month)
    }

    /// Newest first; a year's undated articles come after its months.
    public static func < (lhs: ArchivePeriod, rhs: ArchivePeriod) -> Bool {
        if lhs.year != rhs.year { return lhs.year > rhs.year }
        return (lhs.month ?? 0) > (rhs.month ?? 0)
    }
}
