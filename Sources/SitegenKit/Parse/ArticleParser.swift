import Foundation

/// The Parse stage: a `SegmentedDocument` → its `Article`s.
///
/// From each segment's header it takes the section, title, byline and publication date; from
/// the lede the outlet's mark and the day of the event; from the end of the body a repeated or
/// closing byline. Years missing from a day and month come from the publication date, else the
/// congress term ("nhiệm kỳ 2025-2030"), else the other articles of the same file.
public struct ArticleParser: Sendable {
    let sections: PhraseMatcher
    let outlets: [(keys: Set<String>, outlet: Outlet)]
    let provinceKeys: Set<String>
    let dates = DateParser()

    public init(lexicon: Lexicon) {
        sections = PhraseMatcher(lexicon.sections)
        outlets = lexicon.outlets.map { entry in
            (Set(entry.marks.map(\.vietnameseKey)), Outlet(name: entry.name, province: entry.province))
        }
        provinceKeys = Set(lexicon.units.provinces.flatMap { [$0.name] + ($0.aliases ?? []) }.map(\.vietnameseKey))
    }

    /// The articles of one file, in file order; segments without a title are reported and skipped.
    public func parse(_ document: SegmentedDocument) -> (articles: [Article], diagnostics: [Diagnostic]) {
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        let stem = Self.stem(of: document.file)
        for segment in document.segments {
            let id = articles.isEmpty ? stem : "\(stem)-\(articles.count + 1)"
            guard let article = parse(segment, file: document.file, id: id) else {
                diagnostics.append(.noTitle(SourceLocation(file: document.file, line: segment.firstLine)))
                continue
            }
            if article.titleFromText {
                diagnostics.append(.titleFromFirstSentence(SourceLocation(file: document.file, line: article.line)))
            }
            if article.truncated {
                diagnostics.append(.truncatedTeaser(SourceLocation(file: document.file, line: article.line), title: article.title))
            }
            articles.append(article)
        }
        // A year no article could find for itself comes from the others of the same file,
        // which were copied from the same page at the same time.
        let fileYears = articles.compactMap(\.year)
        if let fileYear = fileYears.first, Set(fileYears).count == 1 {
            for index in articles.indices where articles[index].year == nil {
                articles[index].year = fileYear
            }
        }
        return (articles, diagnostics)
    }

    static func stem(of file: String) -> String {
        let name = lastComponent(of: file)
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// `file.split(separator: "/").last.map(String.init) ?? file`, found on the bytes of an ASCII
    /// path (where each character is one byte, or CR LF, and "/" is one), on characters otherwise.
    static func lastComponent(of file: String) -> String {
        let name = file.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var end = bytes.count
            var start = end
            // From the end: "/"s the split drops, then the last component, then a "/" or the start.
            while end > 0, bytes[end - 1] == 0x2F { end -= 1 }
            start = end
            while start > 0, bytes[start - 1] != 0x2F { start -= 1 }
            // Only when the whole path is ASCII do its bytes split as its characters do.
            for byte in bytes where byte >= 0x80 { return nil }
            guard end > 0 else { return file }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if let name, let name { return name }
        return file.split(separator: "/").last.map(String.init) ?? file
    }

    func parse(_ segment: ArticleSegment, file: String, id: String) -> Article? {
        var header = Header()
        readHeader(segment.header, into: &header)
        if header.title == nil, let hint = segment.titleHint { header.title = hint.text; header.titleLine = hint.number }
        // No heading at all: the lede's first sentence stands in, with a warning, rather than
        // losing the article; an overlay can give the real title.
        var titleFromText = false
        if header.title == nil, let first = segment.blocks.first(where: { $0.kind == .paragraph }),
           let sentence = SentenceSplitter.sentences(first.text).first {
            let words = sentence.split(separator: " ")
            header.title = words.count <= 30 ? String(sentence).trimmed : words.prefix(20).joined(separator: " ") + " …"
            header.titleLine = first.line
            titleFromText = true
        }
        guard var title = header.title else { return nil }
        if header.section == nil, let (section, rest) = splitSection(title) {
            header.section = section
            title = rest
        }

        var blocks = segment.blocks
        // A closing byline: the author's name alone on a last line, maybe repeated, and a date
        // line that some outlets print after the text.
        while let last = blocks.last, last.kind != .caption {
            if let name = authorName(last.text), header.author == nil || header.author?.vietnameseKey == name.vietnameseKey {
                header.author = name
            } else if !Self.hasMoreWords(than: 8, last.text), dates.hasDateOrTime(last.text), let publication = dates.publication(in: last.text) {
                if header.published == nil { header.published = publication }
            } else {
                break
            }
            blocks.removeLast()
        }
        let ledeIndex = blocks.firstIndex { $0.kind == .paragraph }
        let lede = ledeIndex.map { blocks[$0] }
        var body = blocks
        if let ledeIndex { body.remove(at: ledeIndex) }

        let outlet = lede.flatMap { outletMark(in: $0.text) }
        // Only a sentence with eight ASCII digits and "ỳ" can name a term (`termStartYear`,
        // `DateParser.mayNameTerm`): a block without them is not split.
        let sentences = blocks.flatMap { block in
            DateParser.mayNameTerm(block.text) ? SentenceSplitter.sentences(block.text).map(String.init) : []
        } + [title]
        let termYear = dates.termStartYear(in: sentences)
        let published = header.published
        var eventDate: CalendarDate?
        // The lede's day, else the day that opens the next paragraph (after a sapo that gives none).
        let nextParagraph = body.first { $0.kind == .paragraph }
        if let partial = lede.flatMap({ dates.eventDay(in: $0.text) }) ?? nextParagraph.flatMap({ dates.eventDayOpening($0.text) }) {
            eventDate = dates.resolve(partial, published: published?.date, fallbackYear: termYear)
        }
        let year = eventDate?.year ?? published?.date.year ?? termYear

        var article = Article(
            id: id, sourceFile: file, line: header.titleLine ?? segment.firstLine, title: title,
            section: header.section, outlet: outlet, author: header.author, published: published,
            eventDate: eventDate, year: year, lede: lede, body: body, truncated: segment.truncated)
        article.titleFromText = titleFromText
        return article
    }

    // MARK: - Header

    struct Header {
        var section: String?
        var title: String?
        var titleLine: Int?
        var author: String?
        var published: Publication?
    }

    func readHeader(_ lines: [SourceLine], into header: inout Header) {
        for (index, line) in lines.enumerated() {
            let text = line.text
            // The date patterns run once for the three questions of a date line.
            if let dateLine = dates.dateLine(text) {
                if header.published == nil { header.published = dateLine.publication }
                if let offset = dateLine.offset, offset > 0 {
                    // "Lam Hàn - Đình Thiên Thứ ba, ngày 16/09/2025 11:15": the names before the weekday.
                    let before = Self.removingWeekday((text as NSString).substring(to: offset))
                        .trimmingCharacters(in: Self.punctuationAndSpaces)
                    if let name = authorName(before), header.author == nil { header.author = name }
                }
                continue
            }
            if sections.matchesWhole(text), header.title == nil {
                header.section = header.section ?? text
                continue
            }
            if let name = authorName(text) {
                let next = index + 1 < lines.count ? lines[index + 1].text : ""
                let isByline = header.title != nil || dates.hasDateOrTime(next) || next.vietnameseKey == text.vietnameseKey
                    || header.author?.vietnameseKey == name.vietnameseKey
                if isByline {
                    if header.author == nil { header.author = name }
                    continue
                }
                if header.title == nil, header.section == nil, PlainText.wordCount(text) <= 3 {
                    header.section = text
                    continue
                }
            }
            if header.title == nil, PlainText.wordCount(text) >= 3 {
                header.title = text
                header.titleLine = line.number
            }
        }
    }

    /// What is trimmed from the names before a byline's date: made once, not per line.
    static let punctuationAndSpaces = CharacterSet.punctuationCharacters.union(.whitespaces)

    /// A section name run into the start of a title: "Chính trị Sớm xây dựng …".
    func splitSection(_ title: String) -> (String, String)? {
        let tokens = Tokenizer.tokens(title)
        guard let phrase = sections.match(tokens, at: 0), phrase.keys.count < tokens.count else { return nil }
        let next = tokens[phrase.keys.count]
        guard next.kind == .word, next.isCapitalized, tokens.count - phrase.keys.count >= 4 else { return nil }
        let section = String(title[tokens[0].range.lowerBound..<tokens[phrase.keys.count - 1].range.upperBound])
        return (section, String(title[next.range.lowerBound...]).trimmed)
    }

    /// The text without a weekday and "ngày" at its end: "… Thứ ba, ngày" → "…".
    static func removingWeekday(_ text: String) -> String {
        var tokens = Tokenizer.tokens(text)
        while let last = tokens.last, last.kind == .punctuation || ["ngày"].contains(last.lowercased) { tokens.removeLast() }
        let weekdays: Set<String> = ["hai", "ba", "tư", "năm", "sáu", "bảy", "2", "3", "4", "5", "6", "7"]
        if tokens.count >= 2, tokens[tokens.count - 2].lowercased == "thứ", weekdays.contains(tokens[tokens.count - 1].lowercased) {
            tokens.removeLast(2)
        } else if tokens.count >= 2, tokens[tokens.count - 2].lowercased == "chủ", tokens[tokens.count - 1].lowercased == "nhật" {
            tokens.removeLast(2)
        }
        guard let last = tokens.last else { return "" }
        return String(text[..<last.range.upperBound])
    }

    /// Words that introduce a byline: "Bài và ảnh: NGỌC HÀ", "Tin, ảnh: Hoàng Lâm".
    static let bylinePrefixes = ["bài và ảnh:", "bài, ảnh:", "bài:", "tin và ảnh:", "tin, ảnh:", "tin:", "nhóm pv:",
                                 "phóng viên:", "pv:", "tác giả:", "bởi"]

    /// The most characters of a byline prefix.
    static let longestBylinePrefix = bylinePrefixes.map(\.count).max() ?? 0

    /// `text.components(separatedBy: " - ")`, split on the UTF-8 bytes when the text is plain
    /// (`PlainText`: each character one scalar, so the bytes of " - " are where the characters
    /// are).
    static func nameParts(_ text: String) -> [String] {
        guard PlainText.isPlain(text) else { return text.components(separatedBy: " - ") }
        var parts: [String] = []
        let bytes = Array(text.utf8)
        var start = 0
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0x20, bytes[index + 1] == 0x2D, bytes[index + 2] == 0x20 {
                parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
                index += 3
                start = index
            } else {
                index += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    /// The text as an author's name: two to four capitalised words ("Thu Trang", "NGỌC HÀ"),
    /// maybe after "Bài và ảnh:", maybe followed by an agency tag ("Minh Anh (TTXVN)"), maybe two
    /// names joined by " - " — not a province, not a section, not a source ("Theo TTXVN").
    func authorName(_ text: String) -> String? {
        // A paragraph is no name: asked of the last blocks of every article, most are told here.
        if Self.hasMoreWords(than: Self.mostNameWords, text) { return nil }
        return authorNameOfAnyLength(text)
    }

    /// `authorName` without its count of words: the definition.
    func authorNameOfAnyLength(_ text: String) -> String? {
        var text = PlainText.trimmed(text)
        // The longest prefix has 11 characters: the lower case of the first 12 tells.
        let lower = text.prefix(Self.longestBylinePrefix + 1).lowercased()
        if let prefix = Self.bylinePrefixes.first(where: { lower.hasPrefix($0) }) {
            text = String(text.dropFirst(prefix.count)).trimmed
        }
        let parts = Self.nameParts(text)
        if parts.count == 2 {
            let names = parts.compactMap { singleAuthorName($0) }
            return names.count == 2 ? names.joined(separator: ", ") : nil
        }
        return singleAuthorName(text)
    }

    /// More words than a name can have (as `wordCount`): each name has at most seven tokens (two
    /// to four words and a three-token agency tag), each word at least one; two names are joined
    /// by " - "; a byline prefix of at most 11 characters holds at most 6 words. So 7 + 1 + 7 + 6.
    static let mostNameWords = 21

    /// Whether `text` has more than `limit` words (`wordCount`), counted on scalars when the text
    /// is plain (as `PlainText.wordCount`) and stopping once it has.
    static func hasMoreWords(than limit: Int, _ text: String) -> Bool {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value < 0x80 || PlainText.isPlain(value) else { return text.wordCount > limit }
            if PlainText.isPlainWhitespace(value) {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > limit { return true }
            }
        }
        return false
    }

    /// One author's name in the text (`authorName` without prefix and " - "): none in text of
    /// more than seven words, which has more than seven tokens (each word is one or more), and a
    /// name has two to four, maybe with a three-token agency tag.
    func singleAuthorName(_ text: String) -> String? {
        if Self.hasMoreWords(than: 7, text) { return nil }
        return singleAuthorNameByTokens(text)
    }

    /// `singleAuthorName` without its count of words: the definition.
    func singleAuthorNameByTokens(_ text: String) -> String? {
        var tokens = Tokenizer.tokens(text)
        if tokens.count >= 3, tokens[tokens.count - 1].text == ")", tokens[tokens.count - 3].text == "(" {
            tokens.removeLast(3)
        }
        guard (2...4).contains(tokens.count), tokens.allSatisfy({ $0.kind == .word && ($0.isNameSyllable || $0.isAllCaps) })
        else { return nil }
        let name = String(text[tokens[0].range.lowerBound..<tokens[tokens.count - 1].range.upperBound])
        let key = name.vietnameseKey
        if provinceKeys.contains(key) || sections.matchesWhole(name) { return nil }
        // A source ("Theo TTXVN"), a credit, or a weekday before a date ("Thứ Sáu, 15-08-2025").
        if ["theo", "nguồn", "ảnh", "video", "thứ", "chủ", "cập", "ngày"].contains(tokens[0].text.lowercased()) { return nil }
        return name
    }

    // MARK: - Lede

    /// Tokens of `text` of which the first `count` are its first `count` tokens (all of its tokens
    /// when it has fewer): the tokens of its head up to a space after `count` + 2 words, when that
    /// head is plain (`PlainText`: a token never spans a space there, so the head's tokens are the
    /// text's) and has `count` tokens; else of the whole text. Their ranges are not the text's.
    static func leadingTokens(of text: String, count: Int) -> [Token] {
        let head = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var words = 0
            var inWord = false
            for index in bytes.indices {
                if bytes[index] == 0x20 {
                    if inWord, words > count + 1 {
                        let head = UnsafeBufferPointer(rebasing: bytes[..<index])
                        return PlainText.isPlain(utf8: head) ? String(decoding: head, as: UTF8.self) : nil
                    }
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            return nil
        }
        if let head, let head {
            let tokens = Tokenizer.tokens(head)
            if tokens.count >= count { return tokens }
        }
        return Tokenizer.tokens(text)
    }

    /// The outlet named by the mark that opens the lede: "ĐNO - Sáng 25/7", "Kinhtedothi – Ngày 9/8",
    /// "(TTXVN) - ", "Hà Nội (TTXVN) - ".
    func outletMark(in lede: String) -> Outlet? {
        let tokens = Self.leadingTokens(of: lede, count: 6)
        guard let dash = tokens.prefix(6).firstIndex(where: { ["-", "–", "—"].contains($0.text) }), dash > 0 else { return nil }
        var markTokens = Array(tokens[..<dash])
        if markTokens.count >= 3, markTokens.last?.text == ")", let open = markTokens.lastIndex(where: { $0.text == "(" }) {
            markTokens = Array(markTokens[(open + 1)..<(markTokens.count - 1)])
        }
        guard !markTokens.isEmpty, markTokens.allSatisfy({ $0.kind == .word && $0.isCapitalized }) else { return nil }
        let mark = markTokens.map(\.text).joined(separator: " ")
        let key = mark.vietnameseKey
        if let known = outlets.first(where: { $0.keys.contains(key) }) { return known.outlet }
        if markTokens.count == 1, markTokens[0].isAllCaps, !provinceKeys.contains(key) { return Outlet(name: mark) }
        return nil
    }
}
