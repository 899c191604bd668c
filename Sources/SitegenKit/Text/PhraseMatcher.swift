/// A set of phrases matched against tokens by key, longest first.
///
/// Phrases are tokenized like the text, so "Đảng uỷ" matches "Đảng ủy" and "ĐẢNG ỦY".
public struct PhraseMatcher: Sendable {
    /// One phrase: its token keys and the text it was given as.
    public struct Phrase: Sendable, Hashable {
        public var keys: [String]
        public var text: String
    }

    private var byFirstKey: [String: [Phrase]] = [:]

    public init(_ phrases: [String]) {
        for text in phrases {
            let keys = Tokenizer.tokens(text).map(\.key)
            guard let first = keys.first else { continue }
            byFirstKey[first, default: []].append(Phrase(keys: keys, text: text))
        }
        for key in byFirstKey.keys {
            byFirstKey[key]?.sort { $0.keys.count > $1.keys.count }
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

    /// The longest phrase that starts at `index`, or nil.
    public func match(_ tokens: [Token], at index: Int) -> Phrase? {
        guard index < tokens.count, let candidates = byFirstKey[tokens[index].key] else { return nil }
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
        let tokens = Tokenizer.tokens(text)
        return match(tokens, at: 0)?.keys.count == tokens.count && !tokens.isEmpty
    }
}
