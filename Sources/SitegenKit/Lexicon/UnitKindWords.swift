/// The words that introduce a unit's name, compiled from `data/units.yml`: kind words
/// ("phường", "thành phố", "TP"), glued abbreviations ("P." in "P.Tân An") and party committees
/// named after a unit ("Quận ủy Hoàn Kiếm"). Shared by the extractors of units and officials.
struct UnitKindWords: Sendable {
    let words: PhraseMatcher
    let committees: PhraseMatcher
    /// The kind of each of `words` and `committees`, by the phrase's index.
    private let kindOfWord: [UnitKind?]
    private let kindOfCommittee: [UnitKind?]
    private let kindOfAbbreviation: [String: UnitKind]
    /// `kindOfAbbreviation["."]`.
    private let kindOfDot: UnitKind?

    init(_ units: UnitLexicon, vocabulary: KeyVocabulary? = nil) {
        var words: [String] = []
        var committees: [String] = []
        var kindOfWord: [String: UnitKind] = [:]
        var kindOfCommittee: [String: UnitKind] = [:]
        var kindOfAbbreviation: [String: UnitKind] = [:]
        for entry in units.kinds {
            for word in entry.words {
                words.append(word)
                kindOfWord[Self.key(word)] = entry.kind
            }
            for abbreviation in entry.abbreviations ?? [] { kindOfAbbreviation[abbreviation.lowercased()] = entry.kind }
            for committee in entry.partyCommittee ?? [] {
                committees.append(committee)
                kindOfCommittee[Self.key(committee)] = entry.kind
            }
        }
        self.words = PhraseMatcher(words, vocabulary: vocabulary)
        self.committees = PhraseMatcher(committees, vocabulary: vocabulary)
        // A phrase's kind is the last one given for its key.
        self.kindOfWord = words.map { kindOfWord[Self.key($0)] }
        self.kindOfCommittee = committees.map { kindOfCommittee[Self.key($0)] }
        self.kindOfAbbreviation = kindOfAbbreviation
        self.kindOfDot = kindOfAbbreviation["."]
    }

    static func key(_ text: String) -> String { Tokenizer.tokens(text).map(\.key).joined(separator: " ") }

    /// How a unit is introduced at a token.
    enum Introduction: Equatable {
        /// A kind word or abbreviation: "phường Tân An", "P.Tân An".
        case kindWord
        /// A party committee: "Quận ủy Hoàn Kiếm".
        case committee
    }

    /// The kind a unit is introduced as at `index`, how, and how many tokens the introduction
    /// takes (a committee first, being the longer match: "Quận ủy" before "quận").
    func introduction(_ tokens: [Token], at index: Int) -> (kind: UnitKind, length: Int, by: Introduction)? {
        guard index < tokens.count else { return nil }
        if let committee = committees.matchSpan(tokens, at: index), let kind = kindOfCommittee[committee.index] {
            return (kind, committee.length, .committee)
        }
        if let word = words.matchSpan(tokens, at: index), let kind = kindOfWord[word.index] {
            return (kind, word.length, .kindWord)
        }
        if tokens[index].endsWithDot, tokens[index].text.hasSuffix(".") {
            // A full stop alone, the usual token ending in one, is looked up once (`kindOfDot`).
            let text = tokens[index].text
            if let kind = text.utf8.count == 1 ? kindOfDot : kindOfAbbreviation[text.lowercased()] { return (kind, 1, .kindWord) }
        }
        return nil
    }

    /// The kind of a kind word or abbreviation at `index` (not a committee), and its length.
    func kindWord(_ tokens: [Token], at index: Int) -> (kind: UnitKind, length: Int)? {
        guard let found = introduction(tokens, at: index), found.by == .kindWord else { return nil }
        return (found.kind, found.length)
    }
}
