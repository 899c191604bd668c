/// Numbers and dates written the way each language writes them, without the system locale, so
/// that output never depends on `LANG` or `TZ`.
public struct LocalFormat: Sendable {
    public var language: Language
    public var months: [String]
    public var monthsShort: [String]

    public init(language: Language, months: [String], monthsShort: [String] = []) {
        self.language = language
        self.months = months
        self.monthsShort = monthsShort
    }

    /// `5.500` in Vietnamese, `5,500` in English.
    public func number(_ value: Int) -> String {
        FactFormat.grouped(value, separator: language == .vi ? UInt8(ascii: ".") : UInt8(ascii: ","))
    }

    /// `9/8/2025` / `9 August 2025`; `tháng 8/2025` / `August 2025`; `2025`; or empty.
    public func date(_ date: ArticleDate) -> String {
        guard let year = date.year else { return "" }
        guard let month = date.month, (1...12).contains(month) else { return String(year) }
        guard let day = date.day else { return period(ArchivePeriod(year: year, month: month)) }
        switch language {
        case .vi: return "\(day)/\(month)/\(year)"
        case .en: return "\(day) \(months[month - 1]) \(year)"
        }
    }

    /// `Tháng 8/2025` / `August 2025`, or the year alone.
    public func period(_ period: ArchivePeriod) -> String {
        guard let month = period.month, (1...12).contains(month) else { return String(period.year) }
        switch language {
        case .vi: return "\(months[month - 1])/\(period.year)"
        case .en: return "\(months[month - 1]) \(period.year)"
        }
    }

    /// `T8/2025` / `Aug 2025`: a period short enough for a chart's axis.
    public func shortPeriod(_ period: ArchivePeriod) -> String {
        guard let month = period.month, (1...12).contains(month), monthsShort.count == 12 else { return String(period.year) }
        switch language {
        case .vi: return "\(monthsShort[month - 1])/\(period.year)"
        case .en: return "\(monthsShort[month - 1]) \(period.year)"
        }
    }

    /// Items joined as prose: `a, b và c` / `a, b and c`.
    public func list(_ items: [String], and: String) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " " + and + " " + (items.last ?? "")
        }
    }
}
