/// A word, number or punctuation mark of a sentence, with its matching key.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case word, number, punctuation }

    public private(set) var text: String
    /// `vietnameseKey` of a word or number; the mark itself for punctuation.
    public private(set) var key: String
    public private(set) var kind: Kind
    /// Where the token stands in the text it came from.
    public var range: Range<String.Index>
    /// The key's number in a `KeyVocabulary`, once `intern(in:)`: phrase matchers and key
    /// sets of the same vocabulary compare it instead of the key.
    public private(set) var keyID: KeyID = .none
    /// `isCapitalized` and `isNameSyllable`, answered once when the token is made.
    private var traits: Traits

    struct Traits: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let capitalized = Traits(rawValue: 1)
        static let nameSyllable = Traits(rawValue: 2)
        /// The text's last byte is "." ("P.", "TP."), kept so that tests for a glued
        /// abbreviation need not read the text.
        static let endsWithDot = Traits(rawValue: 4)
    }

    public init(text: String, kind: Kind, range: Range<String.Index>) {
        self.init(text: text, kind: kind, range: range, key: kind == .punctuation ? text : text.vietnameseKey,
                  traits: Self.traits(of: text, kind: kind))
    }

    init(text: String, kind: Kind, range: Range<String.Index>, key: String, traits: Traits, keyID: KeyID = .none) {
        self.text = text
        self.kind = kind
        self.range = range
        self.key = key
        self.traits = traits
        self.keyID = keyID
    }

    /// Numbers the token's key in `vocabulary`.
    public mutating func intern(in vocabulary: KeyVocabulary) {
        keyID = vocabulary.id(of: key)
    }

    /// The word in lower case, for comparing with plain function words ("và", "cũ").
    public var lowercased: String { text.lowercased() }

    /// Whether the word in lower case is `word`, a lower-case word without combining marks:
    /// `lowercased == word`, asking for the lower case only of a token whose key is `word`'s
    /// (a token whose lower case is `word` has `word`'s key).
    func isLowercased(_ word: StaticWord) -> Bool {
        hasKey(bytesOf: word.key) && lowercased == word.text
    }

    /// Whether the key is `key` byte for byte (stricter than `==`, which compares canonically).
    func hasKey(bytesOf key: String) -> Bool {
        self.key.utf8.count == key.utf8.count && self.key.utf8.elementsEqual(key.utf8)
    }

    /// Whether the text is `mark` (`text == mark`), compared byte for byte: `mark` is one of
    /// `Token.marks`, which no other text is canonically equal to (a test holds this on every
    /// scalar), so the bytes answer as `==` does without its Unicode comparison of a word.
    @inline(__always)
    func isText(_ mark: StaticString) -> Bool {
        let utf8 = text.utf8
        // (`withUTF8Buffer`, not `utf8Start`: a one-scalar literal has no pointer.)
        return mark.withUTF8Buffer { mark in utf8.count == mark.count && utf8.elementsEqual(mark) }
    }

    /// The marks `isText(_:)` is asked for: those no other text is canonically equal to.
    static let marks: [StaticString] = [",", ".", ":", "(", ")", "-", "–", "—", "\"", "“", "”", "!", "?", "..."]

    /// `text == ";"`: ";" or U+037E GREEK QUESTION MARK, whose canonical decomposition is ";".
    var isSemicolon: Bool { isText(";") || isText("\u{037E}") }

    /// Starts with an upper-case letter ("Cầu", "UBND", "TP.HCM").
    public var isCapitalized: Bool { traits.contains(.capitalized) }

    /// Every letter is upper case and there are at least two ("UBND", "HĐND", "NGỌC").
    public var isAllCaps: Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// A capitalised word with lower-case letters after the first: a syllable of a proper name.
    public var isNameSyllable: Bool { traits.contains(.nameSyllable) }

    /// Whether the text's last byte is "." (its last scalar is U+002E).
    var endsWithDot: Bool { traits.contains(.endsWithDot) }

    /// The traits of a token, character by character.
    static func traits(of text: String, kind: Kind) -> Traits {
        var traits: Traits = []
        if text.first?.isUppercase ?? false { traits.insert(.capitalized) }
        if isNameSyllable(text, kind: kind) { traits.insert(.nameSyllable) }
        if text.utf8.last == 0x2E { traits.insert(.endsWithDot) }
        return traits
    }

    static func isNameSyllable(_ text: String, kind: Kind) -> Bool {
        guard kind == .word, let first = text.first, first.isUppercase else { return false }
        let rest = text.dropFirst()
        return !rest.isEmpty && rest.allSatisfy { $0.isLowercase || $0 == "'" } || text.count == 1 && first.isLetter
    }
}

/// A lower-case word compared with tokens (`Token.isLowercased(_:)`), with its key computed once.
struct StaticWord: Sendable {
    let text: String
    let key: String

    init(_ text: String) {
        self.text = text
        self.key = text.vietnameseKey
    }
}

/// Splits text into tokens.
///
/// A word runs over letters, digits and combining marks, and over ".", "/", "-", "'" and ":"
/// when they stand between two letters or digits ("TP.HCM", "5.500", "9/8", "2025-2030",
/// "10:08"). A dotted abbreviation glued to a name ("P.Tân", "TP.Cần") is split after its dot.
public enum Tokenizer {
    /// The tokens of `text`. Text whose every scalar is one character with known properties
    /// (`SimpleScalars`: ASCII but for CR, Latin-1, Latin Extended-A and -B, Latin Extended
    /// Additional, General Punctuation) is read scalar by scalar on its UTF-8 bytes; any other
    /// text (combining marks, NFD, emoji, CR LF) character by character. Both give the same
    /// tokens, which a test holds them to.
    public static func tokens(_ text: String) -> [Token] {
        if let simple = text.utf8.withContiguousStorageIfAvailable({ simpleTokens(text, utf8: $0) }), let tokens = simple {
            return tokens
        }
        return generalTokens(text)
    }

    /// The tokens of `text`, their keys numbered in `vocabulary`.
    public static func tokens(_ text: String, vocabulary: KeyVocabulary) -> [Token] {
        if let simple = text.utf8.withContiguousStorageIfAvailable({ simpleTokens(text, utf8: $0, vocabulary: vocabulary) }),
           let tokens = simple {
            return tokens
        }
        var tokens = generalTokens(text)
        for index in tokens.indices { tokens[index].intern(in: vocabulary) }
        return tokens
    }

    /// The token keys of each phrase in turn.
    static func keys(of phrases: [String]) -> [String] {
        phrases.flatMap { tokens($0).map(\.key) }
    }

    /// `tokens(_:)` character by character: the definition.
    static func generalTokens(_ text: String) -> [Token] {
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
