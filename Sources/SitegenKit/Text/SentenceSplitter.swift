/// Splits a paragraph into sentences.
///
/// A sentence ends at ".", "!", "?", "…" or "..." followed by a space and an upper-case letter,
/// a digit or an opening quote, unless the word before the dot is an abbreviation ("TP.", "TS.",
/// "P.") or a single letter.
public enum SentenceSplitter {
    public static func sentences(_ paragraph: String) -> [Substring] {
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
            && ["TP", "TS", "THS", "PGS", "GS", "BS", "TT", "TX", "KTS", "LS", "ThS"].contains(String(word))
    }
}
