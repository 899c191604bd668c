import Testing
@testable import SitegenKit

/// The overviews order records by index (`byDateOrder`) and find the first and last dates
/// without sorting them: the same answers as sorting the records (`byDate`) and the dates.
@Suite struct OverviewOrderTests {
    /// The seed records, with undated ones, ones on the same day, and one repeated, each titled
    /// by its position so that equal records are still told apart.
    static func records() throws -> [ArticleRecord] {
        var records = try TranslateFixtures.seedSite().records
        let seeds = records
        for (index, seed) in seeds.enumerated() {
            var undated = seed
            undated.article.eventDate = nil
            undated.article.published = nil
            records.append(undated)
            var sameDay = seed
            sameDay.article.id = "z-" + seed.article.id
            sameDay.article.eventDate = seeds[(index + 1) % seeds.count].article.eventDate
            records.append(sameDay)
        }
        if let first = seeds.first { records.append(first) }
        for index in records.indices { records[index].article.title = String(index) }
        return records
    }

    /// `dateRange` as it was written: the dates sorted, the first and last taken.
    static func dateRangeBySorting(_ records: [ArticleRecord], in language: Language) -> String {
        let dates = records.compactMap(SummaryWriter.date(of:)).sorted()
        guard let first = dates.first, let last = dates.last else { return "" }
        let en = language == .en
        if first == last { return (en ? ", on " : ", ngày ") + FactFormat.date(first, in: language) }
        let from = first.year == last.year
            ? (en ? "\(first.day) \(FactFormat.englishMonths[first.month - 1])" : "\(first.day)/\(first.month)")
            : FactFormat.date(first, in: language)
        return en ? ", from \(from) to \(FactFormat.date(last, in: .en))" : ", từ \(from) đến \(FactFormat.date(last, in: .vi))"
    }

    @Test func recordsByIndexComeInTheOrderOfTheSortedRecords() throws {
        let records = try Self.records()
        #expect(records.contains { SummaryWriter.date(of: $0) == nil } && records.contains { SummaryWriter.date(of: $0) != nil })
        for count in [0, 1, 2, 5, records.count / 2, records.count] {
            for subset in [Array(records.prefix(count)), Array(records.suffix(count).reversed())] {
                let order = SummaryWriter.byDateOrder(subset)
                #expect(order.map { subset[$0].article.title } == SummaryWriter.byDate(subset).map(\.article.title))
            }
        }
    }

    @Test func dateRangesAreThoseOfTheSortedDates() throws {
        let records = try Self.records()
        var ranges: Set<String> = []
        for count in 0...records.count {
            for subset in [Array(records.prefix(count)), Array(records.suffix(count))] {
                for language in Language.allCases {
                    let range = SummaryWriter.dateRange(subset, in: language)
                    #expect(range == Self.dateRangeBySorting(subset, in: language))
                    ranges.insert(range)
                }
            }
        }
        #expect(ranges.count > 3, "empty, one-day and longer ranges must all occur")
    }
}
