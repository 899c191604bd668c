/// A word, number or punctuation mark of a sentence, with its matching key.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case word, number, punctuation }

    public var text: String
    /// `vietnameseKey` of a word or number; the mark itself for punctuation.
    public var key: String
    public var kind: Kind
    /// Where the token stands in the text it came from.
    public var range: Range<String.Index>

    public init(text: String, kind: Kind, range: Range<String.Index>) {
        self.text = text
        self.kind = kind
        self.range = range
        self.key = kind == .punctuation ? text : text.vietnameseKey
    }

    /// The word in lower case, for comparing with plain function words ("và", "cũ").
    public var lowercased: String { text.lowercased() }

    /// Starts with an upper-case letter ("Cầu", "UBND", "TP.HCM").
    public var isCapitalized: Bool { text.first?.isUppercase ?? false }

    /// Every letter is upper case and there are at least two ("UBND", "HĐND", "NGỌC").
    public var isAllCaps: Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// A capitalised word with lower-case letters after the first: a syllable of a proper name.
    public var isNameSyllable: Bool {
        guard kind == .word, let first = text.first, first.isUppercase else { return false }
        let rest = text.dropFirst()
        return !rest.isEmpty && rest.allSatisfy { $0.isLowercase || $0 == "'" } || text.count == 1 && first.isLetter
    }
}

/// Splits text into tokens.
///
/// A word runs over letters, digits and combining marks, and over ".", "/", "-", "'" and ":"
/// when they stand between two letters or digits ("TP.HCM", "5.500", "9/8", "2025-2030",
/// "10:08"). A dotted abbreviation glued to a name ("P.Tân", "TP.Cần") is split after its dot.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if isSpace(character) {
                index = text.index(after: index)
                continue
            }
            if isWordCharacter(character) {
                let start = index
                var end = text.index(after: index)
                while end < text.endIndex {
                    let c = text[end]
                    if isWordCharacter(c) {
                        end = text.index(after: end)
                    } else if ".,/-':".contains(c), case let next = text.index(after: end), next < text.endIndex,
                              isWordCharacter(text[next]), joins(c, before: text[start..<end], after: text[next]) {
                        end = next
                    } else {
                        break
                    }
                }
                appendWord(text, start..<end, to: &tokens)
                index = end
            } else {
                // "..." is one mark; so is "./." that closes an article.
                var end = text.index(after: index)
                if character == "." {
                    while end < text.endIndex, text[end] == "." { end = text.index(after: end) }
                }
                tokens.append(Token(text: String(text[index..<end]), kind: .punctuation, range: index..<end))
                index = end
            }
        }
        return tokens
    }

    /// A letter or a digit; ASCII is answered without looking up Unicode properties.
    static func isWordCharacter(_ c: Character) -> Bool {
        if let ascii = c.asciiValue {
            let lower = ascii | 0x20
            return (0x30...0x39).contains(ascii) || (0x61...0x7A).contains(lower)
        }
        return c.isLetter || c.isNumber
    }

    /// `Character.isWhitespace`, with ASCII answered without looking up Unicode properties
    /// ("\r\n", whose `asciiValue` is that of "\n", is white space either way).
    static func isSpace(_ c: Character) -> Bool {
        if let ascii = c.asciiValue { return ascii == 0x20 || (0x09...0x0D).contains(ascii) }
        return c.isWhitespace
    }

    /// Whether a separator joins what comes before it and after it into one word.
    static func joins(_ separator: Character, before: Substring, after: Character) -> Bool {
        let lastBefore = before.last ?? " "
        switch separator {
        case ",":
            // "5,5" (a decimal) but not "Đông,Tây".
            return lastBefore.isNumber && after.isNumber
        case ":":
            return lastBefore.isNumber && after.isNumber
        case ".":
            // "5.500", "TP.HCM", "P.Tân", "baochinhphu.vn" — but not "chào cờ.Đồng chí", two
            // sentences run together when captions were copied without spaces.
            return lastBefore.isNumber && after.isNumber || lastBefore.isUppercase || lastBefore.isLetter && after.isLowercase
        case "-":
            // "2025-2030", "6-10", "4.0-ready"; but "kinh tế-xã hội" stays apart only with spaces.
            return lastBefore.isNumber && after.isNumber || lastBefore.isLetter && after.isLetter
        default:
            return true
        }
    }

    static func appendWord(_ text: String, _ range: Range<String.Index>, to tokens: inout [Token]) {
        let word = text[range]
        let isNumber = word.first?.isNumber == true && word.allSatisfy { $0.isNumber || "./,-:".contains($0) }
        // "P.Tân", "TP.Cần": a dotted upper-case abbreviation glued to a capitalised name.
        if !isNumber, let dot = word.firstIndex(of: "."), dot > word.startIndex {
            let head = word[..<dot]
            let afterDot = word.index(after: dot)
            let tail = word[afterDot...]
            if head.count <= 2, head.allSatisfy(\.isUppercase),
               let first = tail.first, first.isUppercase, tail.dropFirst().contains(where: \.isLowercase),
               !tail.contains(".") {
                tokens.append(Token(text: String(word[..<afterDot]), kind: .word, range: range.lowerBound..<afterDot))
                tokens.append(Token(text: String(tail), kind: .word, range: afterDot..<range.upperBound))
                return
            }
        }
        tokens.append(Token(text: String(word), kind: isNumber ? .number : .word, range: range))
    }
}
