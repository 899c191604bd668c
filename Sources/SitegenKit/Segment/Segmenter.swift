import Foundation

/// The Segment stage: a `SourceDocument` → its articles, without page furniture.
///
/// What it drops: the site header before the title (banner, logo, login links), furniture lines
/// anywhere (image file names, "Video đang HOT", poll options), everything from a tail marker on
/// ("Dòng sự kiện:", "Đọc nhiều", "BÌNH LUẬN (0)"), and heading-like lines repeated through the
/// page (image text, related-article links). What it finds: where one article ends and the next
/// begins in a file that holds several, a title run together with the lede on one line, photo
/// captions, repeated paragraphs, and a teaser cut off mid-sentence.
public struct Segmenter: Sendable {
    let furniture: FurnitureMatcher
    let dates = DateExpressions()

    public init(lexicon: Lexicon) throws {
        furniture = try FurnitureMatcher(lexicon.furniture)
    }

    public func segment(_ document: SourceDocument) -> SegmentedDocument {
        var lines = document.lines.filter { !$0.isBlank }
        lines = cutTail(lines)
        lines = dropSiteHeader(lines)

        // Heading-like lines seen more than once are image text or related-article links.
        var counts: [String: Int] = [:]
        // (A name repeated in a byline, "Gia Hân" twice, is shorter than any of these.)
        for line in lines where isHeadingLike(line.text) && line.text.wordCount >= 5 {
            counts[line.text.vietnameseKey, default: 0] += 1
        }
        let repeated = Set(counts.filter { $0.value >= 2 }.keys)

        var items: [Item] = []
        var afterImage = false
        var seenRepeated: Set<String> = []
        for line in lines {
            if furniture.isImageFileName(line.text) {
                afterImage = true
                continue
            }
            // A line with no letter or digit (an icon, a divider) says nothing.
            if furniture.isFurniture(line.text) || !line.text.contains(where: { $0.isLetter || $0.isNumber }) { continue }
            let key = line.text.vietnameseKey
            if repeated.contains(key) {
                // The first time, before any text, a repeated heading may be the title itself.
                let isFirst = seenRepeated.insert(key).inserted
                items.append(Item(line: line, role: isFirst ? .repeatedHeading(first: true) : .repeatedHeading(first: false)))
                afterImage = true
                continue
            }
            items.append(Item(line: line, role: afterImage ? .caption : .text))
            afterImage = false
        }
        let groups = splitArticles(items)
        let segments = groups.compactMap { makeSegment($0) }
        return SegmentedDocument(file: document.file, segments: segments)
    }

    // MARK: - Lines

    struct Item {
        enum Role: Equatable { case text, caption, repeatedHeading(first: Bool) }
        var line: SourceLine
        var role: Role
    }

    /// Everything from the first tail marker after the article text began.
    func cutTail(_ lines: [SourceLine]) -> [SourceLine] {
        var seenBody = false
        for (index, line) in lines.enumerated() {
            if seenBody, furniture.isTailMarker(line.text) { return Array(lines[..<index]) }
            if line.text.wordCount >= 20 { seenBody = true }
        }
        return lines
    }

    /// The site header: everything up to the last furniture line before the first paragraph.
    func dropSiteHeader(_ lines: [SourceLine]) -> [SourceLine] {
        let firstParagraph = lines.firstIndex { $0.text.wordCount >= 20 } ?? lines.count
        guard let lastFurniture = lines[..<firstParagraph].lastIndex(where: { furniture.isFurniture($0.text) })
        else { return lines }
        return Array(lines[(lastFurniture + 1)...])
    }

    /// A line that reads as a heading: no closing punctuation, a few words, starting with a capital.
    func isHeadingLike(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase || first.isNumber, let last = text.last else { return false }
        if ".!?…:;,".contains(last) { return false }
        let words = text.wordCount
        return words >= 2 && words <= 40
    }

    /// A line that reads as a paragraph of running text.
    func isParagraphLike(_ text: String) -> Bool {
        !isHeadingLike(text) || text.wordCount > 40
    }

    // MARK: - Articles

    /// Splits the items where a new article starts: a heading that names a place before ":" or
    /// " - " as Vietnamese news titles do, or any heading after a paragraph that closes with "./.".
    func splitArticles(_ items: [Item]) -> [[Item]] {
        var groups: [[Item]] = [[]]
        var previousClosed = false
        var paragraphs = 0
        for (index, item) in items.enumerated() {
            let text = item.line.text
            let next = index + 1 < items.count ? items[index + 1] : nil
            let startsArticle: Bool
            if paragraphs == 0 || item.role != .text {
                startsArticle = false
            } else if isHeadingLike(text), text.wordCount >= 5, next.map({ isParagraphLike($0.line.text) }) ?? false,
                      previousClosed || TitlePattern.hasPlacePrefix(text) {
                startsArticle = true
            } else if (previousClosed || TitlePattern.hasPlacePrefix(text)), splitRunTogether(text) != nil {
                startsArticle = true
            } else {
                startsArticle = false
            }
            if startsArticle {
                groups.append([])
                paragraphs = 0
            }
            groups[groups.count - 1].append(item)
            if item.role == .text, isParagraphLike(text) { paragraphs += 1 }
            previousClosed = text.hasSuffix("./.") || text.hasSuffix("/.")
        }
        return groups.filter { !$0.isEmpty }
    }

    /// Splits a line that runs section, title and lede together at the lede's opening date
    /// ("… chuyển đổi số ĐNO - Sáng 25/7, Đảng bộ …"): the heading part and the lede part.
    func splitRunTogether(_ text: String) -> (heading: String, lede: String)? {
        let nsText = text as NSString
        var splitAt: Int?
        if let marked = dates.markedOpener.firstMatch(text) {
            splitAt = marked.range(at: 1).location
        } else if let opener = dates.opener.firstMatch(text) {
            splitAt = opener.range.location
        }
        guard let location = splitAt, location > 0 else { return nil }
        let heading = nsText.substring(to: location).trimmed
        let lede = nsText.substring(from: location).trimmed
        let closesSentence = Tokenizer.tokens(heading).contains { $0.kind == .punctuation && ".!?…...".contains($0.text) }
        guard heading.wordCount >= 4, !closesSentence else { return nil }
        return (heading, lede)
    }

    /// One article's items → a segment: header lines, body blocks, title hint, truncation.
    func makeSegment(_ items: [Item]) -> ArticleSegment? {
        var header: [SourceLine] = []
        var blocks: [Block] = []
        var titleHint: SourceLine?
        var inHeader = true
        for item in items {
            let line = item.line
            switch item.role {
            case .repeatedHeading(let first):
                if first, titleHint == nil { titleHint = line }
                continue
            case .caption:
                inHeader = false
                if let block = captionBlock(line) { blocks.append(block) }
                continue
            case .text:
                break
            }
            if inHeader {
                if isParagraphLike(line.text) {
                    if let (heading, lede) = splitRunTogether(line.text), header.allSatisfy({ !isHeadingLike($0.text) || $0.text.wordCount < 4 }) {
                        header.append(SourceLine(number: line.number, text: heading))
                        blocks.append(Block(.paragraph, lede, line: line.number))
                    } else {
                        blocks.append(Block(.paragraph, line.text, line: line.number))
                    }
                    inHeader = false
                } else {
                    header.append(line)
                }
                continue
            }
            // A caption with a photo credit ("… đại hội. Ảnh: NGỌC HÀ"), or a credit alone; not a
            // byline that names the photographer too ("Bài và ảnh: NGỌC HÀ").
            let uncredited = furniture.removingCredit(line.text)
            if furniture.isCredit(line.text) || uncredited != line.text && uncredited.wordCount >= 3 {
                if let block = captionBlock(line) { blocks.append(block) }
            } else if isHeadingLike(line.text), line.text.wordCount <= 25 {
                blocks.append(Block(.subheading, line.text, line: line.number))
            } else {
                blocks.append(Block(.paragraph, line.text, line: line.number))
            }
        }
        guard !header.isEmpty || !blocks.isEmpty || titleHint != nil else { return nil }
        blocks = Self.removingRepeats(blocks)
        // A teaser: one or two short paragraphs that break off with an ellipsis.
        let paragraphs = blocks.filter { $0.kind == .paragraph }
        let text = paragraphs.map(\.text).joined(separator: " ")
        let truncated = paragraphs.count <= 2 && text.count < 900 && (text.hasSuffix("...") || text.hasSuffix("…"))
            && !text.hasSuffix("./.")
        return ArticleSegment(header: header, blocks: blocks, titleHint: titleHint, truncated: truncated)
    }

    func captionBlock(_ line: SourceLine) -> Block? {
        let text = furniture.isCredit(line.text) ? "" : line.text
        guard !text.isEmpty else { return nil }
        return Block(.caption, text, line: line.number)
    }

    /// The blocks with each paragraph once: an exact repeat (ignoring a closing "./.") is dropped,
    /// and a paragraph near the top that repeats an earlier one nearly word for word is merged
    /// into it, keeping the fuller wording in the earlier place.
    static func removingRepeats(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        var seen: Set<String> = []
        for block in blocks {
            let key = normalisedKey(block.text)
            if !seen.insert(key).inserted { continue }
            if block.kind == .paragraph, result.count < 4,
               let index = result.firstIndex(where: { $0.kind == .paragraph && nearlySame($0.text, block.text) }) {
                if block.text.count > result[index].text.count { result[index].text = block.text }
                continue
            }
            result.append(block)
        }
        return result
    }

    static func normalisedKey(_ text: String) -> String {
        var text = text.trimmed
        while let last = text.last, "./ ".contains(last) { text.removeLast() }
        return text.vietnameseKey
    }

    /// Whether two paragraphs share nearly all their word pairs (one repeats the other).
    static func nearlySame(_ a: String, _ b: String) -> Bool {
        func pairs(_ text: String) -> Set<String> {
            let words = text.vietnameseKey.split(separator: " ")
            guard words.count >= 2 else { return [] }
            return Set((0..<(words.count - 1)).map { words[$0] + " " + words[$0 + 1] })
        }
        let left = pairs(a), right = pairs(b)
        guard left.count >= 8, right.count >= 8 else { return false }
        let shared = left.intersection(right).count
        return Double(shared) / Double(min(left.count, right.count)) >= 0.8
    }
}
