/// Finds the key figures of a congress report: delegates, party members, party organisations,
/// the sizes of the executive and standing committees, key tasks and breakthroughs.
///
/// A figure is a number ("250", "5.500", "08", "ba") followed by one of its nouns
/// (`data/figures.yml`). The first mention that passes the rule's filters wins, title and lede
/// first. A committee's size belongs to the committee named nearest to the number.
struct FigureExtractor: Sendable {
    struct CompiledRule: Sendable {
        var kind: KeyFigures.Kind
        var nouns: PhraseMatcher
        var notFollowedBy: PhraseMatcher
        var notAfter: PhraseMatcher
        var body: PhraseMatcher?
    }

    let rules: [CompiledRule]
    /// Every body some rule names, to find which one is nearest to a number.
    let allBodies: PhraseMatcher

    init(lexicon: Lexicon) {
        let vocabulary = lexicon.vocabulary
        rules = lexicon.figures.map { rule in
            CompiledRule(kind: rule.kind, nouns: PhraseMatcher(rule.nouns, vocabulary: vocabulary),
                         notFollowedBy: PhraseMatcher(rule.notFollowedBy ?? [], vocabulary: vocabulary),
                         notAfter: PhraseMatcher(rule.notAfter ?? [], vocabulary: vocabulary),
                         body: rule.body.map { PhraseMatcher([$0], vocabulary: vocabulary) })
        }
        allBodies = PhraseMatcher(lexicon.figures.compactMap(\.body), vocabulary: vocabulary)
    }

    static let numberWords: [String: Int] = [
        "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    ]

    /// The value of a number token: "5.500" → 5500, "08" → 8, "ba" → 3.
    static func value(of token: Token) -> Int? {
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

    func extract(_ sentences: [AnalyzedSentence]) -> KeyFigures {
        var figures = KeyFigures()
        for sentence in sentences {
            let tokens = sentence.tokens
            for index in tokens.indices {
                guard let value = Self.value(of: tokens[index]) else { continue }
                for rule in rules where figures[rule.kind] == nil {
                    guard let noun = rule.nouns.match(tokens, at: index + 1) else { continue }
                    let after = index + 1 + noun.keys.count
                    if rule.notFollowedBy.match(tokens, at: after) != nil { continue }
                    if clause(tokens, before: index).contains(where: { rule.notAfter.match(tokens, at: $0) != nil }) { continue }
                    if let body = rule.body, !isNearest(body, to: index, in: tokens) { continue }
                    figures[rule.kind] = KeyFigures.Figure(value: value, evidence: sentence.evidence)
                }
            }
        }
        return figures
    }

    /// The indices of the six tokens before `index`, not reaching back past a ";" or ":".
    func clause(_ tokens: [Token], before index: Int) -> Range<Int> {
        var start = index
        while start > 0, index - start < 6, ![";", ":"].contains(tokens[start - 1].text) { start -= 1 }
        return start..<index
    }

    /// Whether `body` is the body named nearest to the number at `index` — before it in the same
    /// clause if any body is, else after it.
    func isNearest(_ body: PhraseMatcher, to index: Int, in tokens: [Token]) -> Bool {
        let named = allBodies.matches(in: tokens)
        let before = named.filter { $0.index < index }
        if let nearest = before.last { return body.match(tokens, at: nearest.index) != nil }
        if let nearest = named.first(where: { $0.index > index }) { return body.match(tokens, at: nearest.index) != nil }
        return false
    }
}
