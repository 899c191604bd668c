import Foundation

/// Finds an article's publication date and the day of the event it reports.
public struct DateParser: Sendable {
    let expressions = DateExpressions()

    public init() {}

    /// The first full date on a byline line, with the time printed next to it:
    /// "Thu Trang 10:09 13/09/2025", "10:08 | 18/08/2025", "Thứ Hai 04/08/2025, 09:30 (GMT+7)".
    public func publication(in line: String) -> Publication? {
        guard DateExpressions.mayHoldDigit(line), let match = expressions.fullDate.firstMatch(line), let date = Self.date(match, in: line) else { return nil }
        var time: TimeOfDay?
        if let timeMatch = expressions.time.firstMatch(line),
           let hour = DateExpressions.group(timeMatch, 1, in: line).flatMap({ Int($0) }),
           let minute = DateExpressions.group(timeMatch, 2, in: line).flatMap({ Int($0) }) {
            time = TimeOfDay(hour: hour, minute: minute)
        }
        return Publication(date: date, time: time)
    }

    /// A byline's date or time line, read once: its publication (`publication(in:)`) and where its
    /// first date or time starts (`dateOrTimeOffset`); nil when it has neither (`hasDateOrTime`).
    public func dateLine(_ line: String) -> (publication: Publication?, offset: Int?)? {
        guard DateExpressions.mayHoldDigit(line) else { return nil }
        let full = expressions.fullDate.firstMatch(line)
        let timeMatch = expressions.time.firstMatch(line)
        guard full != nil || timeMatch != nil else { return nil }
        var publication: Publication?
        if let full, let date = Self.date(full, in: line) {
            var time: TimeOfDay?
            if let timeMatch,
               let hour = DateExpressions.group(timeMatch, 1, in: line).flatMap({ Int($0) }),
               let minute = DateExpressions.group(timeMatch, 2, in: line).flatMap({ Int($0) }) {
                time = TimeOfDay(hour: hour, minute: minute)
            }
            publication = Publication(date: date, time: time)
        }
        let offset = [full, timeMatch].compactMap { $0?.range.location }.min()
        return (publication, offset)
    }

    /// Whether the line is a byline's date or time line rather than text.
    public func hasDateOrTime(_ line: String) -> Bool {
        guard DateExpressions.mayHoldDigit(line) else { return false }
        return expressions.fullDate.firstMatch(line) != nil || expressions.time.firstMatch(line) != nil
    }

    /// Where the first date or time of a line starts (UTF-16 offset), to cut an author off it.
    public func dateOrTimeOffset(_ line: String) -> Int? {
        guard DateExpressions.mayHoldDigit(line) else { return nil }
        return [expressions.fullDate.firstMatch(line), expressions.time.firstMatch(line)]
            .compactMap { $0?.range.location }.min()
    }

    /// The day the event happened, from a lede: "Ngày 9/8, …", "Sáng 25/7, …", "Chiều 6-10, …",
    /// "Trong 2 ngày 14 và 15/8, …". A date with no opener counts only at the very start of the
    /// lede, or after the outlet's mark; a date after "từ", "đến", or a decree's number does not.
    public func eventDay(in lede: String) -> PartialDate? {
        // Each pattern below needs a digit.
        guard DateExpressions.mayHoldDigit(lede) else { return nil }
        // "Từ ngày 2/1 đến ngày 3/1, …": an event over several days, from its first. (A lone "từ
        // ngày 1/7" is when something began, not an event, and is left out below.)
        if Self.mayHoldFrom(lede), let match = expressions.range.firstMatch(lede), match.range.location < 40,
           let day = DateExpressions.group(match, 1, in: lede).flatMap({ Int($0) }),
           let month = DateExpressions.group(match, 2, in: lede).flatMap({ Int($0) }),
           (1...31).contains(day), (1...12).contains(month) {
            return PartialDate(day: day, month: month, year: DateExpressions.group(match, 3, in: lede).flatMap { Int($0) })
        }
        // The first opener that gives a day; the matches after it are not looked for.
        if let partial = expressions.opener.firstAccepted(lede, { Self.partial($0, in: lede, dayGroup: 1) }) { return partial }
        // "Kinhtedothi - 9/8, …": a bare date right at the start.
        let head = String(lede.prefix(40))
        if let match = expressions.anyDayMonth.firstMatch(head) {
            let before = (head as NSString).substring(to: match.range.location)
            let wordsBefore = Tokenizer.tokens(before).filter { $0.kind != .punctuation }
            if wordsBefore.count <= 1, let partial = Self.partial(match, in: head, dayGroup: 1) { return partial }
        }
        return nil
    }

    /// The day of the event when a paragraph opens with it ("Ngày 8-8, Đảng bộ …"), maybe after
    /// the outlet's mark: for the paragraph after a lede that gives no day.
    public func eventDayOpening(_ paragraph: String) -> PartialDate? {
        guard DateExpressions.mayHoldDigit(paragraph), let match = expressions.opener.firstMatch(paragraph) else { return nil }
        let before = (paragraph as NSString).substring(to: match.range.location).trimmed
        let words = Tokenizer.tokens(before)
        guard before.isEmpty || words.count <= 5 && ["-", "–", "—"].contains(words.last?.text ?? "") else { return nil }
        return Self.partial(match, in: paragraph, dayGroup: 1)
    }

    /// The start year of the congress term the article is about: the term named with "Đại hội",
    /// else the term named most often.
    public func termStartYear(in sentences: [String]) -> Int? {
        var counts: [Int: Int] = [:]
        var withCongress: [Int] = []
        // A term counts only with two years of ASCII digits (`Int` reads no others) after "kỳ": a
        // sentence with fewer than eight, or without "ỳ", is not searched (`mayNameTerm`).
        for sentence in sentences where Self.mayNameTerm(sentence) {
            for (start, end) in Self.termYears(inSimple: sentence) ?? termYearsByICU(sentence) {
                guard end > start, end - start <= 10 else { continue }
                counts[start, default: 0] += 1
                if Self.namesCongress(sentence) { withCongress.append(start) }
            }
        }
        if let latest = withCongress.max() { return latest }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    /// The two years of each match of `expressions.term` in the sentence (in order) that `Int`
    /// reads: the definition `termYears(inSimple:)` is held to.
    func termYearsByICU(_ sentence: String) -> [(Int, Int)] {
        expressions.term.matches(sentence).compactMap { match in
            guard let start = DateExpressions.group(match, 1, in: sentence).flatMap({ Int($0) }),
                  let end = DateExpressions.group(match, 2, in: sentence).flatMap({ Int($0) }) else { return nil }
            return (start, end)
        }
    }

    /// "nhiệm kỳ", folded (`PrecheckFold`): what every match of `expressions.term` starts with.
    static let termWords: [UInt32] = "nhiệm kỳ".unicodeScalars.map { PrecheckFold.fold($0.value) ?? $0.value }

    /// `termYearsByICU` without ICU, for a sentence whose scalars are all simple (`PrecheckFold`:
    /// under `(?i)` ICU matches one with another exactly when both fold to the same); nil for any
    /// other sentence. Among simple scalars `\s` is U+0020 and U+00A0, `\d` the ASCII digits, and
    /// "(" and the dashes have no case. Each match starts at "nhiệm kỳ" (one space: a literal one);
    /// what follows it — spaces, maybe "(", spaces, four digits, spaces, a dash, spaces, four
    /// digits — is read in the one way the pattern can take it (spaces, "(", dashes and digits are
    /// apart), and the search goes on after a match, or one scalar on after a failed start.
    static func termYears(inSimple sentence: String) -> [(Int, Int)]? {
        var folds: [UInt32] = []
        folds.reserveCapacity(sentence.utf8.count)
        for scalar in sentence.unicodeScalars {
            guard let folded = PrecheckFold.fold(scalar.value) else { return nil }
            folds.append(folded)
        }
        let words = termWords
        var years: [(Int, Int)] = []
        let count = folds.count
        func skipSpaces(_ index: inout Int) {
            while index < count, folds[index] == 0x20 || folds[index] == 0xA0 { index += 1 }
        }
        func year(_ index: inout Int) -> Int? {
            guard index + 4 <= count else { return nil }
            var value = 0
            for offset in 0..<4 {
                let digit = folds[index + offset]
                guard digit >= 0x30, digit <= 0x39 else { return nil }
                value = value * 10 + Int(digit - 0x30)
            }
            index += 4
            return value
        }
        var start = 0
        while start + words.count <= count {
            guard folds[start] == words[0], folds[(start + 1)..<(start + words.count)].elementsEqual(words.dropFirst()) else {
                start += 1
                continue
            }
            var index = start + words.count
            skipSpaces(&index)
            if index < count, folds[index] == 0x28 { index += 1 }
            skipSpaces(&index)
            if let first = year(&index) {
                skipSpaces(&index)
                if index < count, [0x2D, 0x2013, 0x2014].contains(folds[index]) {
                    index += 1
                    skipSpaces(&index)
                    if let second = year(&index) {
                        years.append((first, second))
                        start = index
                        continue
                    }
                }
            }
            start += 1
        }
        return years
    }

    /// Whether the sentence names "Đại hội" in any case: `range(of: "Đại hội", options:
    /// .caseInsensitive) != nil`, answered on the scalars of plain text (`plainNamesCongress`).
    static func namesCongress(_ sentence: String) -> Bool {
        if let answer = sentence.utf8.withContiguousStorageIfAvailable(plainNamesCongress), let answer { return answer }
        return sentence.range(of: "Đại hội", options: [.caseInsensitive]) != nil
    }

    /// Each scalar of "Đại hội" with its one other case: in plain text (`PlainText`, each
    /// character one precomposed scalar) no other scalar folds to one of them, but "İ" (U+0130),
    /// whose folding is "i" and a combining dot, which `plainNamesCongress` leaves to Foundation.
    static let congressScalars: [(UInt32, UInt32)] = [(0x0110, 0x0111), (0x1EA0, 0x1EA1), (0x49, 0x69), (0x20, 0x20),
                                                      (0x48, 0x68), (0x1ED8, 0x1ED9), (0x49, 0x69)]

    /// `namesCongress` on the UTF-8 of plain text: whether its scalars hold "Đại hội" with each
    /// scalar in either case; nil when a scalar is not plain, or is "İ" or "ı" (U+0130, U+0131).
    static func plainNamesCongress(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var values: [UInt32] = []
        values.reserveCapacity(bytes.count)
        var index = 0
        let count = bytes.count
        while index < count {
            guard let (value, length) = PlainText.scalar(bytes, at: index) else { return nil }
            index += length
            if value >= 0x80, !PlainText.isPlain(value) || value == 0x0130 || value == 0x0131 { return nil }
            values.append(value)
        }
        let pattern = congressScalars
        guard values.count >= pattern.count else { return false }
        for start in 0...(values.count - pattern.count) {
            var matched = true
            for (offset, scalar) in pattern.enumerated() where values[start + offset] != scalar.0 && values[start + offset] != scalar.1 {
                matched = false
                break
            }
            if matched { return true }
        }
        return false
    }

    /// A quick, exact pre-check for `expressions.range`: false only when the text holds neither
    /// "ừ" nor "Ừ" (U+1EEB, U+1EEA), which the pattern's "từ" needs (as `mayNameTerm` for "ỳ").
    static func mayHoldFrom(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            // "ừ" is E1 BB AB, "Ừ" E1 BB AA.
            var index = 2
            while index < bytes.count {
                if bytes[index] & 0xFE == 0xAA, bytes[index - 1] == 0xBB, bytes[index - 2] == 0xE1 { return true }
                index += 1
            }
            return false
        } ?? (text.unicodeScalars.contains { $0.value == 0x1EEB || $0.value == 0x1EEA })
    }

    /// A quick, exact pre-check for `expressions.term`: false only when the text holds fewer than
    /// eight ASCII digits (a term's two years; `Int` reads no other digits) or neither "ỳ" nor "Ỳ"
    /// (U+1EF3, U+1EF2), which the pattern's "kỳ" needs: ICU folds case scalar by scalar, no other
    /// scalar folds to "ỳ", and it does not compose "y" with a combining grave. Told on UTF-8.
    static func mayNameTerm(_ text: String) -> Bool {
        guard asciiDigitCount(text, atLeast: 8) else { return false }
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            // "ỳ" is E1 BB B3, "Ỳ" E1 BB B2: look for the BB B2/B3 after an E1.
            var index = 2
            while index < bytes.count {
                let last = bytes[index]
                if last & 0xFE == 0xB2, bytes[index - 1] == 0xBB, bytes[index - 2] == 0xE1 { return true }
                index += 1
            }
            return false
        } ?? (text.unicodeScalars.contains { $0.value == 0x1EF3 || $0.value == 0x1EF2 })
    }

    /// Whether the text holds at least `minimum` ASCII digits (counted on its UTF-8, stopping there).
    static func asciiDigitCount(_ text: String, atLeast minimum: Int) -> Bool {
        if minimum <= 0 { return true }
        if let answer = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            var found = 0
            for byte in bytes where byte &- 0x30 < 10 {
                found += 1
                if found >= minimum { return true }
            }
            return false
        }) {
            return answer
        }
        var found = 0
        for byte in text.utf8 where byte >= 0x30 && byte <= 0x39 {
            found += 1
            if found >= minimum { return true }
        }
        return false
    }

    /// The full date of a day and month: its own year, else the publication's year (the year
    /// before, when the day would fall after publication), else `fallbackYear`.
    public func resolve(_ partial: PartialDate, published: CalendarDate?, fallbackYear: Int?) -> CalendarDate? {
        if let year = partial.year { return CalendarDate(year: year, month: partial.month, day: partial.day) }
        if let published {
            if let date = CalendarDate(year: published.year, month: partial.month, day: partial.day), date <= published {
                return date
            }
            return CalendarDate(year: published.year - 1, month: partial.month, day: partial.day)
        }
        guard let fallbackYear else { return nil }
        return CalendarDate(year: fallbackYear, month: partial.month, day: partial.day)
    }

    static func date(_ match: NSTextCheckingResult, in text: String) -> CalendarDate? {
        if let day = DateExpressions.group(match, 1, in: text).flatMap({ Int($0) }),
           let month = DateExpressions.group(match, 2, in: text).flatMap({ Int($0) }),
           let year = DateExpressions.group(match, 3, in: text).flatMap({ Int($0) }) {
            return CalendarDate(year: year, month: month, day: day)
        }
        if let year = DateExpressions.group(match, 4, in: text).flatMap({ Int($0) }),
           let month = DateExpressions.group(match, 5, in: text).flatMap({ Int($0) }),
           let day = DateExpressions.group(match, 6, in: text).flatMap({ Int($0) }) {
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// Words right before a date that make it some other date than the event's.
    static let notEventWords: Set<String> = ["từ", "đến", "tới", "trước", "sau", "số", "hạn", "kể"]

    /// Words of a decree's name: the date after them is the decree's, not the event's.
    static let documentWords: Set<String> = ["nghị", "quyết", "định", "chỉ", "thị", "luận", "thông", "tư", "luật",
                                             "văn", "công", "hoạch", "ban", "hành", "ký"]

    static func partial(_ match: NSTextCheckingResult, in text: String, dayGroup: Int) -> PartialDate? {
        let before = (text as NSString).substring(to: match.range.location)
        let words = Tokenizer.tokens(before).filter { $0.kind != .punctuation }
        if let last = words.last, notEventWords.contains(last.text.lowercased()) { return nil }
        // "Nghị quyết số 57-NQ/TW ngày 22/12/2024": a document's date.
        for word in words.suffix(4) {
            if word.text.contains("/"), word.text.contains(where: \.isLetter) { return nil }
        }
        if let last = words.last, documentWords.contains(last.text.lowercased()), words.count >= 2,
           documentWords.contains(words[words.count - 2].text.lowercased()) {
            return nil
        }
        guard let day = DateExpressions.group(match, dayGroup, in: text).flatMap({ Int($0) }),
              let month = DateExpressions.group(match, dayGroup + 1, in: text).flatMap({ Int($0) }),
              (1...31).contains(day), (1...12).contains(month) else { return nil }
        let year = DateExpressions.group(match, dayGroup + 2, in: text).flatMap { Int($0) }
        return PartialDate(day: day, month: month, year: year)
    }
}

/// A day and month as the text gives it, maybe with its year.
public struct PartialDate: Sendable, Hashable {
    public var day: Int
    public var month: Int
    public var year: Int?
}
