import Foundation

/// The date and time patterns of Vietnamese news text, compiled once.
///
/// Days come before months ("9/8" is 9 August). Separators are "/", "." or "-" ("Ngày 21.7",
/// "Chiều 3-9"). `NSRegularExpression` is used because it is far faster than Swift `Regex` here.
public struct DateExpressions: Sendable {
    struct Compiled: @unchecked Sendable {
        let expression: NSRegularExpression
        init(_ pattern: String, caseSensitive: Bool = false) {
            // The patterns are constants of this file, never input: one that does not compile is a
            // programming error that every test run catches.
            do {
                expression = try NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
            } catch {
                preconditionFailure("invalid built-in pattern \(pattern): \(error)")
            }
        }
        func matches(_ text: String) -> [NSTextCheckingResult] {
            expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
        }
        func firstMatch(_ text: String) -> NSTextCheckingResult? {
            expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        }
        /// The first of `matches(text)`, in order, that `accept` turns into a value: the search
        /// stops there instead of finding every match first.
        func firstAccepted<Value>(_ text: String, _ accept: (NSTextCheckingResult) -> Value?) -> Value? {
            var accepted: Value?
            // (Foundation's block type is escaping; it is called only during the enumeration.)
            withoutActuallyEscaping(accept) { accept in
                expression.enumerateMatches(in: text, range: NSRange(text.startIndex..., in: text)) { match, _, stop in
                    guard let match, let value = accept(match) else { return }
                    accepted = value
                    stop.pointee = true
                }
            }
            return accepted
        }
    }

    /// Words that open a lede with the day of the event: "Sáng 25/7,", "Ngày 9/8,", "Chiều nay (6-10)".
    static let openerWords = "(?:Rạng sáng|Sáng sớm|Sáng|Chiều tối|Chiều|Tối|Trưa|Đêm|Ngày|Hôm nay|Hôm qua|Trong (?:\\d+|hai|ba|bốn|năm) ngày)"
    static let weekday = "(?:thứ (?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật)"
    /// A day and month, with more days before it ("14 và 15/8", "14, 15/8") and an optional year.
    static let dayMonth = "(\\d{1,2})(?:\\s*(?:và|,|-|đến)\\s*\\d{1,2})*\\s*(?:[/.-]|\\s+tháng\\s+)\\s*(\\d{1,2})(?:\\s*(?:[/.-]|\\s+năm\\s+)\\s*(\\d{4}))?(?![\\d.]*\\d)"

    /// An opener word, maybe "nay" or a weekday, maybe "ngày", then the day and month.
    let opener = Compiled(
        "(?<![\\p{L}\\d])" + openerWords + "(?:\\s+nay)?(?:\\s+" + weekday + ")?\\s*(?:\\(|,)?\\s*(?:ngày\\s+)?" + dayMonth)
    /// A range that opens a lede: "Từ ngày 02/01/2025 đến ngày 03/01/2025, Đại hội …" — its first day.
    let range = Compiled("(?<![\\p{L}\\d])từ\\s+(?:ngày\\s+)?" + dayMonth + "\\s+(?:đến|tới)\\s+(?:ngày\\s+)?\\d{1,2}")
    /// The outlet's mark before a lede opener: "ĐNO - Sáng 25/7", "Kinhtedothi – Ngày 9/8".
    let markedOpener = Compiled(
        "(?:^|\\s)([\\p{Lu}][\\p{L}\\p{N}.&]*(?:\\s[\\p{Lu}][\\p{L}\\p{N}.&]*){0,2})\\s*(?:\\([\\p{Lu}]+\\))?\\s*[-–—]\\s*(?=" + openerWords + ")",
        caseSensitive: true)
    /// A full date: "13/09/2025", "18.08.2025", "2025-08-18".
    let fullDate = Compiled("(?<![\\d/.])(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?![\\d])|(?<![\\d])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])")
    /// A time of day: "10:09", "09h30", "9 giờ 30".
    let time = Compiled("(?<![\\d:])(\\d{1,2})\\s*(?::|h|giờ)\\s*(\\d{2})(?![\\d])")
    /// A congress term: "nhiệm kỳ 2025 - 2030".
    let term = Compiled("nhiệm kỳ\\s*\\(?\\s*(\\d{4})\\s*[-–—]\\s*(\\d{4})")
    /// Any day and month in running text ("ngày 1/7", "ngày 22/12/2024").
    let anyDayMonth = Compiled("(?<![\\p{L}\\d/.])(?:ngày\\s+)?" + dayMonth)

    public init() {}

    /// False only when the text holds no decimal digit (`\\d`, Unicode's Nd), which every
    /// pattern here but `markedOpener` needs: every scalar is plain (`PlainText`, whose only
    /// decimal digits are ASCII's) and none is an ASCII digit. Told on the UTF-8 bytes.
    static func mayHoldDigit(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                if lead < 0x80 {
                    if lead >= 0x30 && lead <= 0x39 { return true }
                    index += 1
                } else if lead < 0xE0, index + 1 < count {
                    if !PlainText.isPlain(UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)) { return true }
                    index += 2
                } else if lead < 0xF0, index + 2 < count {
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    if !PlainText.isPlain(value) { return true }
                    index += 3
                } else {
                    return true
                }
            }
            return false
        } ?? true
    }

    /// The text of capture group `index` of `match`, or nil.
    static func group(_ match: NSTextCheckingResult, _ index: Int, in text: String) -> String? {
        guard index < match.numberOfRanges, let range = Range(match.range(at: index), in: text) else { return nil }
        return String(text[range])
    }
}
