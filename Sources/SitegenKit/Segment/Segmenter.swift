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
        var lines = document.lines.filter { !$0.isBlank }.map(ShapedLine.init)
        lines = cutTail(lines)
        // Each line's key, made once: furniture, repeats and repeated paragraphs compare by it.
        // Whether each is plain is told as it is made.
        let keyed = lines.map(\.line.text.vietnameseKeyAndPlainness)
        var keys = keyed.map(\.key)
        var plainKeys = keyed.map(\.plain)
        let header = dropSiteHeader(lines, keys: keys, keysArePlain: plainKeys)
        lines.removeFirst(header.dropped)
        keys.removeFirst(header.dropped)
        plainKeys.removeFirst(header.dropped)

        // Plain keys are NFC: equal exactly when their bytes are, which hash faster.
        let repeated = !plainKeys.contains(false)
            ? Self.repeatedHeadings(lines, keys: keys, comparedAs: { PlainKey($0.utf8[...]) })
            : Self.repeatedHeadings(lines, keys: keys, comparedAs: { $0 })

        var items: [Item] = []
        var afterImage = false
        var seenRepeated: Set<Int> = []
        for (index, (shaped, key)) in zip(lines, keys).enumerated() {
            let line = shaped.line
            let keyIsPlain = plainKeys[index]
            if furniture.isImageFileName(line.text) {
                afterImage = true
                continue
            }
            // A line with no letter or digit (an icon, a divider) says nothing. (The site header's
            // search already found the first lines not to be furniture.)
            if index >= header.notFurniture && furniture.isFurniture(line.text, key: key, keyIsPlain: keyIsPlain)
                || !line.text.contains(where: { $0.isLetter || $0.isNumber }) { continue }
            if let group = repeated[index] {
                // The first time, before any text, a repeated heading may be the title itself.
                let isFirst = seenRepeated.insert(group).inserted
                items.append(Item(shaped, key: key, keyIsPlain: keyIsPlain,
                                  role: isFirst ? .repeatedHeading(first: true) : .repeatedHeading(first: false)))
                afterImage = true
                continue
            }
            items.append(Item(shaped, key: key, keyIsPlain: keyIsPlain, role: afterImage ? .caption : .text))
            afterImage = false
        }
        let groups = splitArticles(items)
        let segments = groups.compactMap { makeSegment($0) }
        return SegmentedDocument(file: document.file, segments: segments)
    }

    // MARK: - Lines

    /// A line with its shape, measured once.
    struct ShapedLine {
        var line: SourceLine
        var shape: LineShape

        init(_ line: SourceLine) {
            self.line = line
            shape = LineShape(line.text)
        }
    }

    struct Item {
        enum Role: Equatable { case text, caption, repeatedHeading(first: Bool) }
        var line: SourceLine
        var shape: LineShape
        /// `line.text.vietnameseKey`.
        var key: String
        /// `PlainText.isPlain(key)`.
        var keyIsPlain: Bool
        var role: Role

        init(_ shaped: ShapedLine, key: String, keyIsPlain: Bool, role: Role) {
            line = shaped.line
            shape = shaped.shape
            self.key = key
            self.keyIsPlain = keyIsPlain
            self.role = role
        }
    }

    /// Everything from the first tail marker after the article text began.
    func cutTail(_ lines: [ShapedLine]) -> [ShapedLine] {
        var seenBody = false
        for (index, line) in lines.enumerated() {
            if seenBody, furniture.isTailMarker(line.line.text, words: line.shape.words) { return Array(lines[..<index]) }
            if line.shape.words >= 20 { seenBody = true }
        }
        return lines
    }

    /// The site header, everything up to the last furniture line before the first paragraph, given
    /// each line's `vietnameseKey`: how many lines it has, and how many of the lines after it are
    /// known not to be furniture (those the search went through).
    /// `keysArePlain`: whether each key is plain (`PlainText.isPlain`), when known.
    func dropSiteHeader(_ lines: [ShapedLine], keys: [String], keysArePlain: [Bool]? = nil) -> (dropped: Int, notFurniture: Int) {
        let firstParagraph = lines.firstIndex { $0.shape.words >= 20 } ?? lines.count
        guard let lastFurniture = lines.indices[..<firstParagraph].last(where: {
            furniture.isFurniture(lines[$0].line.text, key: keys[$0], keyIsPlain: keysArePlain?[$0])
        })
        else { return (0, firstParagraph) }
        return (lastFurniture + 1, firstParagraph - lastFurniture - 1)
    }

    /// For each line that has the key of a heading-like line seen more than once (image text or
    /// related-article links), the index of the first line with that key: lines with the same key
    /// have the same index, so they are told apart without hashing keys again; nil for the other
    /// lines. Keys are compared as `Key`s, which must be equal exactly when the strings are.
    static func repeatedHeadings<Key: Hashable>(_ lines: [ShapedLine], keys: [String],
                                                comparedAs makeKey: (String) -> Key) -> [Int?] {
        var counts: [Key: Int] = [:]
        // (A name repeated in a byline, "Gia Hân" twice, is shorter than any of these.)
        for (line, key) in zip(lines, keys) where line.shape.isHeadingLike && line.shape.words >= 5 {
            counts[makeKey(key), default: 0] += 1
        }
        // Most pages repeat no heading: then no key is looked up again.
        guard counts.values.contains(where: { $0 >= 2 }) else { return [Int?](repeating: nil, count: keys.count) }
        var first: [Key: Int] = [:]
        return keys.indices.map { index in
            let key = makeKey(keys[index])
            guard let count = counts[key], count >= 2 else { return nil }
            if let earlier = first[key] { return earlier }
            first[key] = index
            return index
        }
    }

    /// A line that reads as a heading: no closing punctuation, a few words, starting with a capital.
    func isHeadingLike(_ text: String) -> Bool {
        LineShape(text).isHeadingLike
    }

    /// A line that reads as a paragraph of running text.
    func isParagraphLike(_ text: String) -> Bool {
        LineShape(text).isParagraphLike
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
            } else if item.shape.isHeadingLike, item.shape.words >= 5, next?.shape.isParagraphLike ?? false,
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
            if item.role == .text, item.shape.isParagraphLike { paragraphs += 1 }
            previousClosed = Self.endsWithClosingMark(text)
        }
        return groups.filter { !$0.isEmpty }
    }

    /// Splits a line that runs section, title and lede together at the lede's opening date
    /// ("… chuyển đổi số ĐNO - Sáng 25/7, Đảng bộ …"): the heading part and the lede part.
    func splitRunTogether(_ text: String) -> (heading: String, lede: String)? {
        guard Self.mayHoldLedeOpener(text) else { return nil }
        let nsText = text as NSString
        var splitAt: Int?
        if Self.mayHoldMarkedOpener(text), let marked = dates.markedOpener.firstMatch(text) {
            splitAt = marked.range(at: 1).location
        } else if DateExpressions.mayHoldDigit(text), let opener = dates.opener.firstMatch(text) {
            splitAt = opener.range.location
        }
        guard let location = splitAt, location > 0 else { return nil }
        let heading = nsText.substring(to: location).trimmed
        let lede = nsText.substring(from: location).trimmed
        let closesSentence = Tokenizer.tokens(heading).contains { $0.kind == .punctuation && ".!?…...".contains($0.text) }
        guard heading.wordCount >= 4, !closesSentence else { return nil }
        return (heading, lede)
    }

    /// A quick, exact pre-check for `splitRunTogether`: false only when neither date pattern can
    /// match, because the text has no dash (which `markedOpener` needs) and no decimal digit
    /// (which `opener` needs). Plain scalars (`PlainText`) hold no decimal digit but ASCII's.
    static func mayHoldLedeOpener(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let value = scalar.value
            if value < 0x80 { return value == 0x2D || (0x30...0x39).contains(value) }
            return value == 0x2013 || value == 0x2014 || !PlainText.isPlain(value)
        }
    }

    /// A quick, exact pre-check for `markedOpener` (case-sensitive): false only when the text is
    /// plain (`PlainText`) and no dash in it ("-", "–", "—") is followed, after white space, by
    /// a scalar that starts an opener word (R, S, C, T, Đ, N, H: `DateExpressions.openerWords`).
    static func mayHoldMarkedOpener(_ text: String) -> Bool {
        guard let plain = text.utf8.withContiguousStorageIfAvailable(PlainText.isPlain(utf8:)), plain else { return true }
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var after: Int?
            if byte == 0x2D {
                after = index + 1
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
                after = index + 3
            }
            guard var next = after else {
                index += 1
                continue
            }
            // White space of plain text: ASCII's and U+00A0.
            while next < bytes.count {
                if bytes[next] == 0x20 || (0x09...0x0D).contains(bytes[next]) {
                    next += 1
                } else if bytes[next] == 0xC2, next + 1 < bytes.count, bytes[next + 1] == 0xA0 {
                    next += 2
                } else {
                    break
                }
            }
            if next < bytes.count {
                let initial = bytes[next]
                if [0x52, 0x53, 0x43, 0x54, 0x4E, 0x48].contains(initial) { return true }  // R S C T N H
                if initial == 0xC4, next + 1 < bytes.count, bytes[next + 1] == 0x90 { return true }  // Đ
            }
            index += 1
        }
        return false
    }

    /// Whether the text ends with "./." or "/." (an article's closing mark).
    static func endsWithClosingMark(_ text: String) -> Bool {
        // A plain last scalar other than "." ends a character other than ".".
        if let last = text.unicodeScalars.last, last != ".", last.isASCII || PlainText.isPlain(last.value) { return false }
        if let answer = text.utf8.withContiguousStorageIfAvailable(closingMarkOnBytes), let answer { return answer }
        return text.hasSuffix("./.") || text.hasSuffix("/.")
    }

    /// `endsWithClosingMark` on valid UTF-8; nil when the bytes cannot tell.
    ///
    /// Ending with "./." ends with "/." too: the question is whether the last two characters are
    /// "/" and ".", each a scalar that nothing else is canonically equivalent to; so the last two
    /// scalars must be those (false when they are not). When they are, "." is a character of its
    /// own (it does not extend "/") and so is "/" unless the scalar before it is a prepended one,
    /// which no ASCII or plain scalar (`PlainText`) is: true then, nil for any other scalar there.
    static func closingMarkOnBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let count = bytes.count
        guard count >= 2, bytes[count - 2] == 0x2F, bytes[count - 1] == 0x2E else { return false }
        guard count > 2 else { return true }
        var start = count - 3
        if bytes[start] < 0x80 { return true }
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard count - 2 - start <= 3, let (value, _) = PlainText.scalar(bytes, at: start) else { return nil }
        return PlainText.isPlain(value) ? true : nil
    }

    /// One article's items → a segment: header lines, body blocks, title hint, truncation.
    func makeSegment(_ items: [Item]) -> ArticleSegment? {
        var header: [SourceLine] = []
        var blocks: [Block] = []
        // The `vietnameseKey` of each block's text when it is its line's (nil: the lede of a line
        // split in two).
        var keys: [String?] = []
        // Whether every key given is plain (`Item.keyIsPlain`).
        var keysArePlain = true
        var titleHint: SourceLine?
        var inHeader = true
        func add(_ block: Block, key: String?) {
            blocks.append(block)
            keys.append(key)
        }
        for item in items {
            let line = item.line
            if !item.keyIsPlain { keysArePlain = false }
            switch item.role {
            case .repeatedHeading(let first):
                if first, titleHint == nil { titleHint = line }
                continue
            case .caption:
                inHeader = false
                if let block = captionBlock(line) { add(block, key: item.key) }
                continue
            case .text:
                break
            }
            if inHeader {
                if item.shape.isParagraphLike {
                    if let (heading, lede) = splitRunTogether(line.text),
                       header.allSatisfy({ !LineShape($0.text).isHeadingLike || LineShape($0.text).words < 4 }) {
                        header.append(SourceLine(number: line.number, text: heading))
                        add(Block(.paragraph, lede, line: line.number), key: nil)
                    } else {
                        add(Block(.paragraph, line.text, line: line.number), key: item.key)
                    }
                    inHeader = false
                } else {
                    header.append(line)
                }
                continue
            }
            // A caption with a photo credit ("… đại hội. Ảnh: NGỌC HÀ"), or a credit alone; not a
            // byline that names the photographer too ("Bài và ảnh: NGỌC HÀ").
            let uncredited = furniture.removingCredit(line.text, isPlain: item.shape.isPlain)
            if furniture.isCredit(line.text) || uncredited != line.text && PlainText.wordCount(uncredited) >= 3 {
                if let block = captionBlock(line) { add(block, key: item.key) }
            } else if item.shape.isHeadingLike, item.shape.words <= 25 {
                add(Block(.subheading, line.text, line: line.number), key: item.key)
            } else {
                add(Block(.paragraph, line.text, line: line.number), key: item.key)
            }
        }
        guard !header.isEmpty || !blocks.isEmpty || titleHint != nil else { return nil }
        // (A key made here, of a lede split off its line, is not known to be plain.)
        blocks = Self.removingRepeats(blocks, keys: zip(blocks, keys).map { $1 ?? $0.text.vietnameseKey },
                                      keysArePlain: keysArePlain && !keys.contains(nil) ? true : nil)
        // A teaser: one or two short paragraphs that break off with an ellipsis.
        let paragraphs = blocks.filter { $0.kind == .paragraph }
        var truncated = false
        if paragraphs.count <= 2 {
            let text = paragraphs.map(\.text).joined(separator: " ")
            truncated = text.count < 900 && (text.hasSuffix("...") || text.hasSuffix("…")) && !text.hasSuffix("./.")
        }
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
        removingRepeats(blocks, keys: blocks.map(\.text.vietnameseKey))
    }

    /// `removingRepeats`, given the `vietnameseKey` of each block's text: each text's key and word
    /// pairs are made once, not again for every comparison.
    /// `keysArePlain`: true when every key is known to be plain (`PlainText.isPlain`); nil to look.
    static func removingRepeats(_ blocks: [Block], keys: [String], keysArePlain: Bool? = nil) -> [Block] {
        // Without white space at either end, the text's key is its normalised key: dropping a
        // closing "./." (ASCII marks, word separators in a key) leaves the key as it is.
        var normalised = keys
        for (index, block) in blocks.enumerated() where !PlainText.hasNoOuterWhitespace(block.text) {
            normalised[index] = normalisedKey(block.text)
        }
        // Plain keys are NFC: they are equal exactly when their bytes are, which hash faster.
        if keysArePlain ?? keys.allSatisfy(PlainText.isPlain),
           zip(blocks, normalised).allSatisfy({ PlainText.hasNoOuterWhitespace($0.text) || PlainText.isPlain($1) }) {
            var numbering = PlainWordNumbering()
            return removingRepeats(blocks, keys: keys, normalised: normalised, comparedAs: { PlainKey($0.utf8[...]) },
                                   pairs: { numbering.pairs(of: $0) })
        }
        var numbering: [Substring: Int] = [:]
        return removingRepeats(blocks, keys: keys, normalised: normalised, comparedAs: { $0[...] },
                               pairs: { wordPairs($0.split(separator: " "), numbering: &numbering) })
    }

    /// `removingRepeats` with keys compared as `Key`s, which must be equal exactly when the strings
    /// are, and the word pairs of a key made by `pairs` (as `wordPairs` of its words, with one
    /// numbering for all).
    private static func removingRepeats<Key: Hashable>(_ blocks: [Block], keys: [String], normalised: [String],
                                                       comparedAs makeKey: (String) -> Key,
                                                       pairs wordPairs: (String) -> [Int]) -> [Block] {
        var result: [Block] = []
        // The word pairs of the paragraphs in `result`, made when first compared.
        var resultPairs: [[Int]?] = []
        var seen: Set<Key> = []
        seen.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() {
            if !seen.insert(makeKey(normalised[index])).inserted { continue }
            if block.kind == .paragraph, result.count < 4 {
                let pairs = wordPairs(keys[index])
                var match: Int?
                for earlier in result.indices where result[earlier].kind == .paragraph {
                    let earlierPairs = resultPairs[earlier]
                        ?? wordPairs(result[earlier].text.vietnameseKey)
                    resultPairs[earlier] = earlierPairs
                    if nearlySame(earlierPairs, pairs) {
                        match = earlier
                        break
                    }
                }
                if let match {
                    if block.text.count > result[match].text.count {
                        result[match].text = block.text
                        resultPairs[match] = pairs
                    }
                    continue
                }
                result.append(block)
                resultPairs.append(pairs)
                continue
            }
            result.append(block)
            resultPairs.append(nil)
        }
        return result
    }

    /// A key or word of plain text compared and hashed by its UTF-8 bytes.
    struct PlainKey: Hashable {
        let bytes: Substring.UTF8View

        init(_ bytes: Substring.UTF8View) { self.bytes = bytes }

        static func == (left: PlainKey, right: PlainKey) -> Bool {
            let count = left.bytes.count
            guard count == right.bytes.count else { return false }
            guard count > 0 else { return true }
            // Both contiguous (native strings are): one memcmp.
            let equal = left.bytes.withContiguousStorageIfAvailable { leftBytes in
                right.bytes.withContiguousStorageIfAvailable { rightBytes -> Bool in
                    guard let leftBase = leftBytes.baseAddress, let rightBase = rightBytes.baseAddress else {
                        return leftBytes.elementsEqual(rightBytes)
                    }
                    return memcmp(leftBase, rightBase, count) == 0
                }
            }
            return (equal ?? nil) ?? left.bytes.elementsEqual(right.bytes)
        }

        func hash(into hasher: inout Hasher) {
            if bytes.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
                Array(bytes).withUnsafeBytes { hasher.combine(bytes: $0) }
            }
        }
    }

    /// A word of a plain key (`PlainText`, NFC: equal exactly when the bytes are), as where its
    /// bytes are in the key, with a digest of them made while the key is split: a dictionary
    /// hashes the digest, and only words with equal digests compare their bytes.
    struct PlainWord: Hashable {
        let key: String
        let start: Int
        let count: Int
        let digest: UInt64

        /// The words of a key split at its spaces (as `key.utf8.split(separator: 0x20)`), in one
        /// pass over its bytes.
        static func words(_ key: String) -> [PlainWord] {
            var words: [PlainWord] = []
            let basis: UInt64 = 0xCBF2_9CE4_8422_2325
            var digest = basis
            var start = 0
            var index = 0
            for byte in key.utf8 {
                if byte == 0x20 {
                    if index > start { words.append(PlainWord(key: key, start: start, count: index - start, digest: digest)) }
                    start = index + 1
                    digest = basis
                } else {
                    // FNV-1a.
                    digest = (digest ^ UInt64(byte)) &* 0x100_0000_01B3
                }
                index += 1
            }
            if index > start { words.append(PlainWord(key: key, start: start, count: index - start, digest: digest)) }
            return words
        }

        static func == (left: PlainWord, right: PlainWord) -> Bool {
            guard left.digest == right.digest, left.count == right.count else { return false }
            let equal = left.key.utf8.withContiguousStorageIfAvailable { leftBytes in
                right.key.utf8.withContiguousStorageIfAvailable { rightBytes -> Bool in
                    guard let leftBase = leftBytes.baseAddress, let rightBase = rightBytes.baseAddress else { return left.count == 0 }
                    return memcmp(leftBase + left.start, rightBase + right.start, left.count) == 0
                }
            }
            return (equal ?? nil) ?? left.bytes.elementsEqual(right.bytes)
        }

        /// The word's bytes.
        var bytes: Array<UInt8>.SubSequence {
            Array(key.utf8)[start..<(start + count)]
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(digest)
        }
    }

    static func normalisedKey(_ text: String) -> String {
        var text = text.trimmed
        while let last = text.last, "./ ".contains(last) { text.removeLast() }
        return text.vietnameseKey
    }

    /// Whether two paragraphs share nearly all their word pairs (one repeats the other).
    static func nearlySame(_ a: String, _ b: String) -> Bool {
        var numbering: [Substring: Int] = [:]
        return nearlySame(wordPairs(a.vietnameseKey.split(separator: " "), numbering: &numbering),
                          wordPairs(b.vietnameseKey.split(separator: " "), numbering: &numbering))
    }

    /// The pairs of neighbouring words of a `vietnameseKey` (its words, split at its single spaces),
    /// each word as its number in `numbering` (given when first seen), a pair as both numbers in
    /// one integer: pairs compare as the two words do, without making and hashing a string for
    /// each pair.
    /// The pairs, sorted and each once (a set as a sorted array: made and intersected without
    /// hashing).
    static func wordPairs<Word: Hashable>(_ words: [Word], numbering: inout [Word: Int]) -> [Int] {
        guard words.count >= 2 else { return [] }
        // Room for the first paragraph's words at once; later ones grow the table as it doubles
        // (reserving for each paragraph's words resized it for nearly every paragraph).
        if numbering.isEmpty { numbering.reserveCapacity(words.count * 2) }
        let numbers = words.map { word in
            if let number = numbering[word] { return number }
            let number = numbering.count
            numbering[word] = number
            return number
        }
        return sortedPairs(numbers)
    }

    /// The pairs of neighbouring numbers, as one integer each, sorted and each once (none for
    /// fewer than two numbers).
    static func sortedPairs(_ numbers: [Int]) -> [Int] {
        guard numbers.count >= 2 else { return [] }
        var pairs = (0..<(numbers.count - 1)).map { numbers[$0] << 32 | numbers[$0 + 1] }
        pairs.sort()
        var kept = 0
        for index in pairs.indices where kept == 0 || pairs[kept - 1] != pairs[index] {
            pairs[kept] = pairs[index]
            kept += 1
        }
        pairs.removeLast(pairs.count - kept)
        return pairs
    }

    /// Whether two paragraphs, as their word pairs (sorted, each once), share nearly all of them.
    static func nearlySame(_ left: [Int], _ right: [Int]) -> Bool {
        guard left.count >= 8, right.count >= 8 else { return false }
        var shared = 0
        var leftIndex = 0
        var rightIndex = 0
        while leftIndex < left.count, rightIndex < right.count {
            if left[leftIndex] == right[rightIndex] {
                shared += 1
                leftIndex += 1
                rightIndex += 1
            } else if left[leftIndex] < right[rightIndex] {
                leftIndex += 1
            } else {
                rightIndex += 1
            }
        }
        return Double(shared) / Double(min(left.count, right.count)) >= 0.8
    }
}
