/// Finds the key figures of a congress report: delegates, party members, party organisations,
/// the sizes of the executive and standing committees, key tasks and breakthroughs.
///
/// A figure is a number ("250", "5.500", "08", "ba") followed by one of its nouns
/// (`data/figures.yml`). The first mention that passes the rule's filters wins, title and lede
/// first. A committee's size belongs to the committee named nearest to the number.
struct FigureExtractor: Sendable {
    /// A class, so that reading a rule out of the list takes one reference, and its matchers,
    /// constants of the class, are read in place (a struct's were copied for every match).
    final class CompiledRule: Sendable {
        let kind: KeyFigures.Kind
        /// `kind`'s place in `KeyFigures.Kind.allCases`: which kinds are found is kept by it, as
        /// hashing a kind hashes its raw value, a string.
        let kindNumber: Int
        let nouns: PhraseMatcher
        let notFollowedBy: PhraseMatcher
        let notAfter: PhraseMatcher
        let body: PhraseMatcher?

        init(kind: KeyFigures.Kind, nouns: PhraseMatcher, notFollowedBy: PhraseMatcher, notAfter: PhraseMatcher, body: PhraseMatcher?) {
            self.kind = kind
            self.kindNumber = KeyFigures.Kind.allCases.firstIndex(of: kind) ?? 0
            self.nouns = nouns
            self.notFollowedBy = notFollowedBy
            self.notAfter = notAfter
            self.body = body
        }
    }

    let rules: [CompiledRule]
    /// Every body some rule names, to find which one is nearest to a number.
    let allBodies: PhraseMatcher
    /// `numberWordKeyTable` and `longestNumberWordKey`, held here: read for every token, not
    /// through the globals' accessors.
    let numberWordKeys: NumberWordKeys

    /// The number words' keys by their bytes, and by their numbers in a vocabulary: a token
    /// interned in it whose key has a number, but none of theirs, is canonically none of their
    /// keys, so that their bytes are not asked; nor is one whose key has no number when every
    /// number word's key has one.
    struct NumberWordKeys: Sendable {
        let table: UTF8KeyTable
        let longest: Int
        /// The vocabulary's stamp (0: none), the numbers of the keys it holds, and whether it
        /// holds them all.
        var stamp: UInt32 = 0
        var numbers: [UInt32] = []
        var allNumbered = false
        /// `numbers` as one bit per number (`numbers.contains` in one load, for every word).
        var numberBits: [UInt64] = []

        init(table: UTF8KeyTable, longest: Int, vocabulary: KeyVocabulary? = nil) {
            self.table = table
            self.longest = longest
            guard let vocabulary else { return }
            let numbers = FigureExtractor.numberWordKeys.map { vocabulary.number(of: $0) }
            self.stamp = vocabulary.stamp
            self.numbers = numbers.compactMap { $0 }
            self.allNumbered = !numbers.contains(nil)
            var bits = [UInt64](repeating: 0, count: (Int(self.numbers.max() ?? 0) >> 6) + 1)
            for number in self.numbers { bits[Int(number) >> 6] |= 1 << UInt64(number & 63) }
            self.numberBits = bits
        }

        /// False when the token's key number tells that its key is none of the number words'.
        @inline(__always)
        func mayBeNumberWord(_ token: Token) -> Bool {
            guard stamp != 0, token.keyID.stamp == stamp else { return true }
            let number = token.keyID.number
            if number == 0 { return !allNumbered }
            let word = Int(number) >> 6
            return word < numberBits.count && numberBits[word] & (1 << UInt64(number & 63)) != 0
        }
    }

    init(lexicon: Lexicon) {
        let vocabulary = lexicon.vocabulary
        rules = lexicon.figures.map { rule in
            CompiledRule(kind: rule.kind, nouns: PhraseMatcher(rule.nouns, vocabulary: vocabulary),
                         notFollowedBy: PhraseMatcher(rule.notFollowedBy ?? [], vocabulary: vocabulary),
                         notAfter: PhraseMatcher(rule.notAfter ?? [], vocabulary: vocabulary),
                         body: rule.body.map { PhraseMatcher([$0], vocabulary: vocabulary) })
        }
        allBodies = PhraseMatcher(lexicon.figures.compactMap(\.body), vocabulary: vocabulary)
        numberWordKeys = NumberWordKeys(table: Self.numberWordKeyTable, longest: Self.longestNumberWordKey, vocabulary: vocabulary)
    }

    static let numberWords: [String: Int] = [
        "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    ]

    /// The value of a number token: "5.500" → 5500, "08" → 8, "ba" → 3. The same answer as
    /// `generalValue(of:)`, read on the bytes of an ASCII number and, for a word, asking for its
    /// lower case only when its key is a number word's (a test holds the two together).
    static func value(of token: Token) -> Int? {
        value(of: token, numberWords: NumberWordKeys(table: numberWordKeyTable, longest: longestNumberWordKey))
    }

    /// `value(of:)`, given the number words' keys.
    @inline(__always)
    static func value(of token: Token, numberWords keys: NumberWordKeys) -> Int? {
        if token.kind == .number {
            var text = token.text
            return text.withUTF8 { asciiNumberValue($0) } ?? generalValue(of: token)
        }
        guard token.kind == .word, keys.mayBeNumberWord(token), token.key.utf8.count <= keys.longest,
              keys.table.number(of: token.key) != nil else { return nil }
        return numberWords[token.text.lowercased()]
    }

    /// `generalValue(of:)` of a number token's text made only of ASCII: nil when it is not (the
    /// caller then asks `generalValue`), `.some(nil)` when it is but has no value.
    static func asciiNumberValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        // As `generalValue`: the groups between dots (empty ones dropped, as `split` does), each
        // but the first of three digits, joined and read as one `Int`.
        var value = 0
        var overflow = false
        var groups = 0
        var groupLength = 0
        func endGroup() -> Bool {
            guard groupLength > 0 else { return true }
            defer { groups += 1; groupLength = 0 }
            return groups == 0 || groupLength == 3
        }
        for byte in bytes {
            switch byte {
            case 0x30...0x39:
                groupLength += 1
                let (times, timesOverflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, sumOverflow) = times.addingReportingOverflow(Int(byte - 0x30))
                overflow = overflow || timesOverflow || sumOverflow
                value = sum
            case 0x2E:
                if !endGroup() { return .some(nil) }
            case 0x2C, 0x3A, 0x2F, 0x2D:
                return .some(nil)
            default:
                // Not ASCII, or another mark: the general reading decides.
                return nil
            }
        }
        if !endGroup() { return .some(nil) }
        // `Int("")` and a number past `Int.max` have no value.
        return groups == 0 || overflow ? .some(nil) : .some(value)
    }

    /// The value of a number token, on its characters: the definition.
    static func generalValue(of token: Token) -> Int? {
        if token.kind == .number {
            let text = token.text
            // Thousands are grouped with dots; a comma or a lone dot with fewer than three digits after
            // it is a decimal ("1,5", "4.0") and not a count.
            // A number's characters are digits and these marks, each one scalar: compare bytes.
            if text.utf8.contains(where: { $0 == 0x2C || $0 == 0x3A || $0 == 0x2F || $0 == 0x2D }) { return nil }
            let groups = text.split(separator: ".")
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            return Int(groups.joined())
        }
        // Only a word with a number word's key can be one in lower case (the keys' bytes are
        // compared: one spelling each).
        guard token.kind == .word, numberWordKeys.contains(where: token.hasKey(bytesOf:)) else { return nil }
        return numberWords[token.text.lowercased()]
    }

    /// The keys of `numberWords`.
    static let numberWordKeys = numberWords.keys.map(\.vietnameseKey)

    /// `numberWordKeys` by their bytes.
    static let numberWordKeyTable = UTF8KeyTable(numberWordKeys.map { ($0, 1) })
    static let longestNumberWordKey = numberWordKeys.map(\.utf8.count).max() ?? 0

    func extract(_ sentences: [AnalyzedSentence]) -> KeyFigures {
        var figures = KeyFigures()
        // `figures[kind] != nil`, by kind number.
        var found = [Bool](repeating: false, count: KeyFigures.Kind.allCases.count)
        let numberWords = numberWordKeys
        for sentence in sentences {
            let tokens = sentence.tokens
            for index in tokens.indices {
                guard let value = Self.value(of: tokens[index], numberWords: numberWords) else { continue }
                for rule in rules where !found[rule.kindNumber] {
                    guard let noun = rule.nouns.matchSpan(tokens, at: index + 1) else { continue }
                    let after = index + 1 + noun.length
                    if rule.notFollowedBy.matchSpan(tokens, at: after) != nil { continue }
                    if clause(tokens, before: index).contains(where: { rule.notAfter.matchSpan(tokens, at: $0) != nil }) { continue }
                    if let body = rule.body, !isNearest(body, to: index, in: tokens) { continue }
                    figures[rule.kind] = KeyFigures.Figure(value: value, evidence: sentence.evidence)
                    found[rule.kindNumber] = true
                }
            }
        }
        return figures
    }

    /// The indices of the six tokens before `index`, not reaching back past a ";" or ":".
    func clause(_ tokens: [Token], before index: Int) -> Range<Int> {
        var start = index
        while start > 0, index - start < 6, !(tokens[start - 1].isSemicolon || tokens[start - 1].isText(":")) { start -= 1 }
        return start..<index
    }

    /// Whether `body` is the body named nearest to the number at `index` — before it in the same
    /// clause if any body is, else after it.
    func isNearest(_ body: PhraseMatcher, to index: Int, in tokens: [Token]) -> Bool {
        let named = allBodies.matches(in: tokens)
        let before = named.filter { $0.index < index }
        if let nearest = before.last { return body.matchSpan(tokens, at: nearest.index) != nil }
        if let nearest = named.first(where: { $0.index > index }) { return body.matchSpan(tokens, at: nearest.index) != nil }
        return false
    }
}
