/// A set of phrases matched against tokens by key, longest first.
///
/// Phrases are tokenized like the text, so "Đảng uỷ" matches "Đảng ủy" and "ĐẢNG ỦY". Given a
/// `KeyVocabulary` that holds every key of the phrases, tokens interned in it are matched by
/// their keys' numbers (an array index and integer comparisons), with the same answers.
public struct PhraseMatcher: Sendable {
    /// One phrase: its token keys and the text it was given as.
    public struct Phrase: Sendable, Hashable {
        public var keys: [String]
        public var text: String
        /// Where the phrase stands in the list the matcher was made from (for data kept beside it).
        public var index: Int
        /// The keys' numbers in the matcher's vocabulary, if it has one.
        var numbers: [UInt32]

        public init(keys: [String], text: String, index: Int = 0) {
            self.init(keys: keys, text: text, index: index, numbers: [])
        }

        init(keys: [String], text: String, index: Int, numbers: [UInt32]) {
            self.keys = keys
            self.text = text
            self.index = index
            self.numbers = numbers
        }
    }

    private var byFirstKey: [String: [Phrase]] = [:]
    /// The vocabulary's stamp, or 0 when matching by key only.
    private var stamp: UInt32 = 0
    /// `byFirstKey` by the first key's number, flat: the candidates of number n are
    /// `numbered[candidates[n]..<candidates[n + 1]]`, in `byFirstKey`'s order, and the numbers of
    /// candidate c are `numbers[numbersStart[c]..<numbersStart[c + 1]]`. Empty without a
    /// vocabulary that holds every key.
    private var numbered: [Phrase] = []
    private var candidates: [Int32] = []
    private var numbers: [UInt32] = []
    private var numbersStart: [Int32] = []
    /// One bit per key number, set for the numbers some phrase starts with: a token interned in
    /// the vocabulary whose bit is clear starts no match, answered without looking further.
    /// Empty without a vocabulary that holds every key.
    private var startBits: [UInt64] = []
    /// The most tokens a phrase has: `matchesWhole` of text with more words is false.
    private var longestPhrase = 0

    public init(_ phrases: [String], vocabulary: KeyVocabulary? = nil) {
        var numbered = vocabulary != nil
        for (index, text) in phrases.enumerated() {
            let keys = Tokenizer.tokens(text).map(\.key)
            guard let first = keys.first else { continue }
            var numbers: [UInt32] = []
            if let vocabulary, numbered {
                numbers = keys.compactMap { vocabulary.number(of: $0) }
                if numbers.count != keys.count { numbered = false }
            }
            byFirstKey[first, default: []].append(Phrase(keys: keys, text: text, index: index, numbers: numbers))
            longestPhrase = max(longestPhrase, keys.count)
        }
        for key in byFirstKey.keys {
            byFirstKey[key]?.sort { $0.keys.count > $1.keys.count }
        }
        if let vocabulary, numbered {
            var byFirstNumber = [[Phrase]](repeating: [], count: vocabulary.tableSize)
            for (key, phrases) in byFirstKey {
                guard let number = vocabulary.number(of: key) else { continue }
                byFirstNumber[Int(number)] = phrases
            }
            for phrases in byFirstNumber {
                candidates.append(Int32(self.numbered.count))
                for phrase in phrases {
                    self.numbered.append(phrase)
                    numbersStart.append(Int32(self.numbers.count))
                    self.numbers += phrase.numbers
                }
            }
            candidates.append(Int32(self.numbered.count))
            numbersStart.append(Int32(self.numbers.count))
            var startBits = [UInt64](repeating: 0, count: (byFirstNumber.count + 63) / 64)
            for (number, phrases) in byFirstNumber.enumerated() where !phrases.isEmpty {
                startBits[number >> 6] |= 1 << UInt64(number & 63)
            }
            self.startBits = startBits
            self.stamp = vocabulary.stamp
        }
    }

    public var isEmpty: Bool { byFirstKey.isEmpty }

    /// The keys phrases start with: a token with another key starts no match.
    public var firstKeys: Set<String> { Set(byFirstKey.keys) }

    /// `matches(in:)`, trying only where `mayStart` says a phrase may start (a token whose key is
    /// one of `firstKeys`); the same matches, with fewer lookups.
    public func matches(in tokens: [Token], where mayStart: (Int) -> Bool) -> [(index: Int, phrase: Phrase)] {
        var found: [(Int, Phrase)] = []
        var index = 0
        while index < tokens.count {
            if mayStart(index), let phrase = match(tokens, at: index) {
                found.append((index, phrase))
                index += phrase.keys.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// The longest phrase that starts at `index`, or nil. A token interned in the vocabulary
    /// whose number starts no phrase is answered here, inlined where it is asked.
    @inline(__always)
    public func match(_ tokens: [Token], at index: Int) -> Phrase? {
        guard index < tokens.count else { return nil }
        let id = tokens[index].keyID
        if stamp != 0, id.stamp == stamp, case let number = Int(id.number), number >> 6 < startBits.count,
           startBits[number >> 6] & (1 << UInt64(number & 63)) == 0 {
            return nil
        }
        return fullMatch(tokens, at: index)
    }

    /// `match(_:at:)` without the quick answer: the definition.
    func fullMatch(_ tokens: [Token], at index: Int) -> Phrase? {
        guard index < tokens.count else { return nil }
        switch numberedMatch(tokens, at: index) {
        case .some(let candidate?): return numbered[candidate]
        case .some(nil): return nil
        case nil: break
        }
        guard let candidates = byFirstKey[tokens[index].key] else { return nil }
        for phrase in candidates where index + phrase.keys.count <= tokens.count {
            var matches = true
            for offset in 1..<phrase.keys.count where tokens[index + offset].key != phrase.keys[offset] {
                matches = false
                break
            }
            if matches { return phrase }
        }
        return nil
    }

    /// The match at `index` in the numbered table: `.some(candidate)` (its place in `numbered`),
    /// `.some(nil)` for none, nil when the token is not interned in the matcher's vocabulary
    /// (then `byFirstKey` answers).
    @inline(__always)
    private func numberedMatch(_ tokens: [Token], at index: Int) -> Int?? {
        let id = tokens[index].keyID
        // (A number past the table can only come from another vocabulary with the same stamp.)
        guard stamp != 0, id.stamp == stamp, case let number = Int(id.number), number + 1 < candidates.count else { return nil }
        for candidate in Int(candidates[number])..<Int(candidates[number + 1]) {
            let start = Int(numbersStart[candidate])
            let count = Int(numbersStart[candidate + 1]) - start
            guard index + count <= tokens.count else { continue }
            var offset = 1
            while offset < count {
                let other = tokens[index + offset].keyID
                let same = other.stamp == stamp ? other.number == numbers[start + offset]
                    : tokens[index + offset].key == numbered[candidate].keys[offset]
                if !same { break }
                offset += 1
            }
            if offset == count { return .some(candidate) }
        }
        return .some(nil)
    }

    /// `match(_:at:)`'s phrase index and length (its number of keys), without copying the phrase
    /// out of the matcher (its arrays and text retained and released at every match).
    @inline(__always)
    func matchSpan(_ tokens: [Token], at index: Int) -> (index: Int, length: Int)? {
        guard index < tokens.count else { return nil }
        let id = tokens[index].keyID
        if stamp != 0, id.stamp == stamp, case let number = Int(id.number), number >> 6 < startBits.count,
           startBits[number >> 6] & (1 << UInt64(number & 63)) == 0 {
            return nil
        }
        switch numberedMatch(tokens, at: index) {
        case .some(let candidate?):
            return (numbered[candidate].index, Int(numbersStart[candidate + 1] - numbersStart[candidate]))
        case .some(nil):
            return nil
        case nil:
            return fullMatch(tokens, at: index).map { ($0.index, $0.keys.count) }
        }
    }

    /// Every non-overlapping match, left to right, as (start index, phrase).
    public func matches(in tokens: [Token]) -> [(index: Int, phrase: Phrase)] {
        var found: [(Int, Phrase)] = []
        var index = 0
        while index < tokens.count {
            if let phrase = match(tokens, at: index) {
                found.append((index, phrase))
                index += phrase.keys.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether the whole of `text` is one of the phrases.
    public func matchesWhole(_ text: String) -> Bool {
        // Each word (a run between white space, as `wordCount` splits) holds a token at least,
        // and a whole match has as many tokens as its phrase: a text of more words than the
        // longest phrase has tokens is not tokenized.
        if PlainText.wordCount(text) > longestPhrase { return false }
        let tokens = Tokenizer.tokens(text)
        return match(tokens, at: 0)?.keys.count == tokens.count && !tokens.isEmpty
    }
}
