/// Splits a paragraph into sentences.
///
/// A sentence ends at ".", "!", "?", "…" or "..." followed by a space and an upper-case letter,
/// a digit or an opening quote, unless the word before the dot is an abbreviation ("TP.", "TS.",
/// "P.") or a single letter.
public enum SentenceSplitter {
    /// The sentences of `paragraph`. Text of simple scalars only (`SimpleScalars`) is read scalar
    /// by scalar on its UTF-8; other text character by character. Both give the same sentences,
    /// which a test holds them to.
    public static func sentences(_ paragraph: String) -> [Substring] {
        if let simple = paragraph.utf8.withContiguousStorageIfAvailable({ simpleSentences(paragraph, utf8: $0) }),
           let sentences = simple {
            return sentences
        }
        return generalSentences(paragraph)
    }

    /// `sentences(_:)` character by character: the definition.
    static func generalSentences(_ paragraph: String) -> [Substring] {
        var result: [Substring] = []
        var start = paragraph.startIndex
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            guard isEndMark(character) else {
                index = paragraph.index(after: index)
                continue
            }
            var end = paragraph.index(after: index)
            while end < paragraph.endIndex, ".!?…/\"”’)".contains(paragraph[end]) {
                end = paragraph.index(after: end)
            }
            // "… chào cờ.Đồng chí …": captions copied without the space between them.
            if character == ".", end < paragraph.endIndex, paragraph[end].isUppercase, index > paragraph.startIndex,
               paragraph[paragraph.index(before: index)].isLowercase {
                result.append(paragraph[start..<end])
                start = end
                index = end
                continue
            }
            guard end < paragraph.endIndex, paragraph[end] == " " else {
                index = end
                continue
            }
            let nextIndex = paragraph.index(after: end)
            guard nextIndex < paragraph.endIndex else { break }
            let next = paragraph[nextIndex]
            let opensSentence = next.isUppercase || next.isNumber || "\"“‘(".contains(next)
            if character == ".", isAbbreviation(before: index, in: paragraph) || !opensSentence {
                index = end
                continue
            }
            if !opensSentence {
                index = end
                continue
            }
            result.append(paragraph[start..<end])
            start = nextIndex
            index = nextIndex
        }
        let rest = paragraph[start...]
        if !rest.allSatisfy(\.isWhitespace) { result.append(rest) }
        return result
    }

    /// Whether `character` is ".", "!", "?" or "…": the same answer as `".!?…".contains(character)`
    /// (none of them has another canonically equivalent spelling), without comparing strings.
    static func isEndMark(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        switch first.value {
        case 0x2E, 0x21, 0x3F, 0x2026: return true
        default: return false
        }
    }

    /// Whether the word before the dot at `dot` is an abbreviation such as "TP", "TS" or "P".
    static func isAbbreviation(before dot: String.Index, in text: String) -> Bool {
        var start = dot
        while start > text.startIndex {
            let previous = text.index(before: start)
            if text[previous].isLetter { start = previous } else { break }
        }
        let word = text[start..<dot]
        if word.isEmpty { return false }
        if word.count == 1 { return true }
        return word.count <= 4 && word.first?.isUppercase == true && word.dropFirst().allSatisfy { $0.isUppercase }
            && abbreviations.contains(String(word))
    }

    /// `generalSentences` scalar by scalar, for text whose every scalar is a character of its own;
    /// nil for other text.
    static func simpleSentences(_ paragraph: String, utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Substring]? {
        guard let decoded = SimpleScalars.decode(bytes) else { return nil }
        let utf8 = paragraph.utf8
        func stringIndex(_ scalar: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: decoded.offsets[scalar]) }
        return sentenceRanges(paragraph, decoded: decoded).map { paragraph[stringIndex($0.lowerBound)..<stringIndex($0.upperBound)] }
    }

    /// The sentences of a paragraph of simple scalars, decoded, as ranges of its scalars.
    static func sentenceRanges(_ paragraph: String, decoded: SimpleScalars.Decoded) -> [Range<Int>] {
        let values = decoded.values
        let traits = decoded.traits
        let count = values.count
        let utf8 = paragraph.utf8
        func stringIndex(_ scalar: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: decoded.offsets[scalar]) }
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < count {
            let mark = values[index]
            guard isEndMark(mark) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < count, closesSentence(values[end]) { end += 1 }
            // "… chào cờ.Đồng chí …": captions copied without the space between them.
            if mark == 0x2E, end < count, traits[end].contains(.uppercase), index > 0, traits[index - 1].contains(.lowercase) {
                result.append(start..<end)
                start = end
                index = end
                continue
            }
            guard end < count, values[end] == 0x20 else {
                index = end
                continue
            }
            let next = end + 1
            guard next < count else { break }
            let opensSentence = traits[next].contains(.uppercase) || traits[next].contains(.number) || opensQuote(values[next])
            if mark == 0x2E, isAbbreviation(before: index, values: values, traits: traits, in: paragraph, at: stringIndex)
                || !opensSentence {
                index = end
                continue
            }
            if !opensSentence {
                index = end
                continue
            }
            result.append(start..<end)
            start = next
            index = next
        }
        if !(start..<count).allSatisfy({ traits[$0].contains(.whitespace) }) {
            result.append(start..<count)
        }
        return result
    }

    /// ".", "!", "?" or "…".
    @inline(__always)
    static func isEndMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E, 0x21, 0x3F, 0x2026: return true
        default: return false
        }
    }

    /// What may follow an end mark in the same sentence: ".!?…/\"”’)".
    @inline(__always)
    static func closesSentence(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x2F, 0x22, 0x201D, 0x2019, 0x29: return true
        default: return false
        }
    }

    /// What may open a sentence besides a capital or a digit: "\"“‘(".
    @inline(__always)
    static func opensQuote(_ value: UInt32) -> Bool {
        switch value {
        case 0x22, 0x201C, 0x2018, 0x28: return true
        default: return false
        }
    }

    /// `isAbbreviation(before:in:)` on decoded scalars.
    static func isAbbreviation(before dot: Int, values: [UInt32], traits: [SimpleScalars.Traits], in text: String,
                               at stringIndex: (Int) -> String.Index) -> Bool {
        var start = dot
        while start > 0, traits[start - 1].contains(.letter) { start -= 1 }
        let length = dot - start
        if length == 0 { return false }
        if length == 1 { return true }
        return length <= 4 && traits[start].contains(.uppercase) && ((start + 1)..<dot).allSatisfy { traits[$0].contains(.uppercase) }
            && abbreviations.contains(String(text[stringIndex(start)..<stringIndex(dot)]))
    }

    static let abbreviations = ["TP", "TS", "THS", "PGS", "GS", "BS", "TT", "TX", "KTS", "LS", "ThS"]
}
