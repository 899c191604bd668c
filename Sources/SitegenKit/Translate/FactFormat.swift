/// Numbers, dates and lists as each language writes them, independent of the machine's locale,
/// time zone and clock: "5,500" / "5.500", "9 August 2025" / "9/8/2025".
public enum FactFormat {
    /// An integer with thousands grouped: English "5,500", Vietnamese "5.500".
    public static func number(_ value: Int, in language: Language) -> String {
        grouped(value, separator: language == .en ? UInt8(ascii: ",") : UInt8(ascii: "."))
    }

    /// `value` in decimal with `separator` between groups of three digits and a leading `-`
    /// when negative; on the ASCII bytes of the digits (no `Character` per digit).
    static func grouped(_ value: Int, separator: UInt8) -> String {
        let digits = String(value.magnitude)
        let count = digits.utf8.count
        if count <= 3 { return value < 0 ? "-" + digits : digits }
        var out: [UInt8] = []
        out.reserveCapacity(count + count / 3 + 1)
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var offset = 0
        for digit in digits.utf8 {
            if offset > 0, (count - offset) % 3 == 0 { out.append(separator) }
            out.append(digit)
            offset += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A day: English "9 August 2025", Vietnamese "9/8/2025".
    public static func date(_ date: CalendarDate, in language: Language) -> String {
        switch language {
        case .en: return "\(date.day) \(englishMonths[date.month - 1]) \(date.year)"
        case .vi: return "\(date.day)/\(date.month)/\(date.year)"
        }
    }

    /// A day written out: English "9 August 2025", Vietnamese "ngày 9 tháng 8 năm 2025".
    public static func longDate(_ date: CalendarDate, in language: Language) -> String {
        switch language {
        case .en: return self.date(date, in: .en)
        case .vi: return "ngày \(date.day) tháng \(date.month) năm \(date.year)"
        }
    }

    /// "a, b and c" / "a, b và c".
    public static func list(_ items: [String], in language: Language) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (language == .en ? " and " : " và ") + last
    }

    /// "1 article" / "2 articles" in English; Vietnamese nouns do not inflect ("2 bài viết").
    public static func count(_ value: Int, _ singular: String, _ plural: String, vi: String, in language: Language) -> String {
        let number = self.number(value, in: language)
        switch language {
        case .en: return "\(number) \(value == 1 ? singular : plural)"
        case .vi: return "\(number) \(vi)"
        }
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]
}
