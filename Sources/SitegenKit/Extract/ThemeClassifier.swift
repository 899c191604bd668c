/// Decides which themes an article really discusses.
///
/// Each cue of a theme (`data/themes.yml`) found in the text scores by where it stands: the
/// title most, then the lede and subheadings, then the body and captions. A cue inside a longer
/// excluded phrase does not count ("môi trường đầu tư" is not the environment), and a cue in an
/// enumeration of many fields counts half: a passing word is not a theme. A theme needs a score
/// of at least the threshold. Weights and threshold are data (`data/themes.yml`).
struct ThemeClassifier: Sendable {
    /// A class, so that reading a theme out of the list takes one reference, and its matchers,
    /// constants of the class, are read in place (a struct's were copied for every match).
    final class CompiledTheme: Sendable {
        let id: String
        let cues: PhraseMatcher
        let exclude: PhraseMatcher

        init(id: String, cues: PhraseMatcher, exclude: PhraseMatcher) {
            self.id = id
            self.cues = cues
            self.exclude = exclude
        }
    }

    let themes: [CompiledTheme]
    let scoring: ThemeScoring
    /// For each key a cue or excluded phrase starts with, which themes' phrases: bit 2t for a
    /// cue of theme t, bit 2t + 1 for an excluded phrase. One lookup per token instead of two
    /// per theme, by key number for tokens interned in the lexicon's vocabulary.
    let starts: KeyTable<UInt64>

    init(lexicon: Lexicon) {
        let vocabulary = lexicon.vocabulary
        themes = lexicon.themes.map {
            CompiledTheme(id: $0.id, cues: PhraseMatcher($0.cues, vocabulary: vocabulary),
                          exclude: PhraseMatcher($0.exclude ?? [], vocabulary: vocabulary))
        }
        scoring = lexicon.themeScoring
        var starts: [String: UInt64] = [:]
        for (index, theme) in themes.enumerated() where index < 32 {
            for key in theme.cues.firstKeys { starts[key, default: 0] |= 1 << UInt64(2 * index) }
            for key in theme.exclude.firstKeys { starts[key, default: 0] |= 1 << UInt64(2 * index + 1) }
        }
        self.starts = KeyTable(starts, absent: 0, vocabulary: vocabulary)
    }

    /// Which themes' cues and excluded phrases may start at `token` (bits as in `starts`).
    func startMask(_ token: Token) -> UInt64 {
        starts.value(for: token)
    }

    /// The theme ids that reach the threshold, strongest first (ties in taxonomy order).
    func classify(_ sentences: [AnalyzedSentence]) -> [String] {
        let scores = self.scores(sentences)
        return themes.indices
            .filter { scores[$0] >= scoring.threshold }
            .sorted { (scores[$0], -$0) > (scores[$1], -$1) }
            .map { themes[$0].id }
    }

    /// The score of each theme. Each sentence is read once, token by token, trying at each
    /// position only the themes whose phrases may start there (`starts`); a theme's matches do
    /// not overlap, as `PhraseMatcher.matches` finds them. Themes past the 32 that `starts`
    /// holds are read phrase matcher by phrase matcher. The same scores as `generalScores`,
    /// added in the same order.
    func scores(_ sentences: [AnalyzedSentence]) -> [Double] {
        var scores = [Double](repeating: 0, count: themes.count)
        let bitThemes = min(themes.count, 32)
        let cueBits: UInt64 = 0x5555_5555_5555_5555
        let excludeBits: UInt64 = 0xAAAA_AAAA_AAAA_AAAA
        // Per theme: where its next cue and excluded phrase may start, and the positions its
        // excluded phrases cover (as ranges: few, and usually none).
        var nextCue = [Int](repeating: 0, count: bitThemes)
        var nextExclude = [Int](repeating: 0, count: bitThemes)
        var excluded = [[Range<Int>]](repeating: [], count: bitThemes)
        for sentence in sentences {
            let weight = self.weight(sentence.place)
            let tokens = sentence.tokens
            let masks = tokens.map { startMask($0) }
            let any = masks.reduce(0, |)
            if any != 0 {
                for theme in 0..<bitThemes {
                    nextCue[theme] = 0
                    nextExclude[theme] = 0
                    if !excluded[theme].isEmpty { excluded[theme].removeAll(keepingCapacity: true) }
                }
                if any & excludeBits != 0 {
                    for position in tokens.indices where masks[position] & excludeBits != 0 {
                        var bits = masks[position] & excludeBits
                        while bits != 0 {
                            let theme = bits.trailingZeroBitCount / 2
                            bits &= bits - 1
                            guard position >= nextExclude[theme], let phrase = themes[theme].exclude.matchSpan(tokens, at: position) else { continue }
                            nextExclude[theme] = position + phrase.length
                            excluded[theme].append(position..<nextExclude[theme])
                        }
                    }
                }
                // Which tokens separate list items, found once a cue matches in the sentence.
                var separators: [Bool]?
                for position in tokens.indices where masks[position] & cueBits != 0 {
                    var bits = masks[position] & cueBits
                    while bits != 0 {
                        let theme = bits.trailingZeroBitCount / 2
                        bits &= bits - 1
                        guard position >= nextCue[theme], let phrase = themes[theme].cues.matchSpan(tokens, at: position) else { continue }
                        nextCue[theme] = position + phrase.length
                        if excluded[theme].contains(where: { $0.contains(position) }) { continue }
                        let flags = separators ?? tokens.map(Self.isListSeparator)
                        separators = flags
                        scores[theme] += weight * (Self.isEnumerated(flags, at: position) ? 0.5 : 1)
                    }
                }
            }
            if themes.count > 32 {
                for index in 32..<themes.count {
                    var excluded: [Range<Int>] = []
                    for (start, phrase) in themes[index].exclude.matches(in: tokens) { excluded.append(start..<(start + phrase.keys.count)) }
                    for (start, _) in themes[index].cues.matches(in: tokens) where !excluded.contains(where: { $0.contains(start) }) {
                        scores[index] += weight * (Self.isEnumerated(tokens, at: start) ? 0.5 : 1)
                    }
                }
            }
        }
        return scores
    }

    /// How much a cue counts where the sentence stands.
    func weight(_ place: AnalyzedSentence.Place) -> Double {
        switch place {
        case .title: scoring.weights.title
        case .lede, .subheading: scoring.weights.lede
        case .body, .caption: scoring.weights.body
        }
    }

    /// `scores`, theme by theme over each sentence: the definition.
    func generalScores(_ sentences: [AnalyzedSentence]) -> [Double] {
        var scores = [Double](repeating: 0, count: themes.count)
        for sentence in sentences {
            let weight: Double
            switch sentence.place {
            case .title: weight = scoring.weights.title
            case .lede, .subheading: weight = scoring.weights.lede
            case .body, .caption: weight = scoring.weights.body
            }
            let tokens = sentence.tokens
            let masks = tokens.map { startMask($0) }
            let any = masks.reduce(0, |)
            // Which tokens separate list items, found once a cue may match in the sentence.
            var separators: [Bool]?
            // By index: binding each theme to a constant would copy its matchers.
            for index in themes.indices {
                let cueBit: UInt64 = index < 32 ? 1 << UInt64(2 * index) : 0
                let excludeBit: UInt64 = index < 32 ? 1 << UInt64(2 * index + 1) : 0
                // Past 32 themes, every position is tried, as before.
                if index < 32, any & cueBit == 0 { continue }
                // The positions excluded phrases cover, as ranges (few, and usually none).
                var excluded: [Range<Int>] = []
                if index >= 32 || any & excludeBit != 0 {
                    for (start, phrase) in themes[index].exclude.matches(in: tokens, where: { index >= 32 || masks[$0] & excludeBit != 0 }) {
                        excluded.append(start..<(start + phrase.keys.count))
                    }
                }
                for (start, _) in themes[index].cues.matches(in: tokens, where: { index >= 32 || masks[$0] & cueBit != 0 })
                    where !excluded.contains(where: { $0.contains(start) }) {
                    let flags = separators ?? tokens.map(Self.isListSeparator)
                    separators = flags
                    scores[index] += weight * (Self.isEnumerated(flags, at: start) ? 0.5 : 1)
                }
            }
        }
        return scores
    }

    /// Whether the word at `index` stands in a list of several short items ("y tế, giáo dục, văn
    /// hóa, an sinh xã hội"): separators on both sides within a few words.
    static let listMarks = [",", "-", "–"]

    static func isEnumerated(_ tokens: [Token], at index: Int) -> Bool {
        isEnumerated(tokens.map(isListSeparator), at: index)
    }

    /// `isEnumerated`, given which tokens are list separators, in one pass over the window of
    /// separators, which holds the windows before and after.
    static func isEnumerated(_ separators: [Bool], at index: Int) -> Bool {
        var before = false
        var after = false
        var count = 0
        for position in max(0, index - 8)..<min(separators.count, index + 8) where separators[position] {
            count += 1
            if position >= index - 4, position < index { before = true }
            if position > index, position < index + 5 { after = true }
        }
        return before && after && count >= 3
    }

    /// `isEnumerated` as a window of separators on each side and in all: the definition.
    static func generalIsEnumerated(_ tokens: [Token], at index: Int) -> Bool {
        // Only punctuation is one of the marks (a word starts with a letter or digit); none of
        // them has another spelling, so their bytes are compared.
        func separator(_ token: Token) -> Bool {
            token.kind == .punctuation ? listMarks.contains { token.text.utf8.elementsEqual($0.utf8) } : token.isLowercased(FunctionWords.and)
        }
        let before = tokens[max(0, index - 4)..<index].contains(where: separator)
        let after = tokens[min(tokens.count, index + 1)..<min(tokens.count, index + 5)].contains(where: separator)
        let separators = tokens[max(0, index - 8)..<min(tokens.count, index + 8)].filter(separator).count
        return before && after && separators >= 3
    }

    /// One of `listMarks` (compared as bytes: ",", "-", "–"), or "và" in lower case.
    static func isListSeparator(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return token.isLowercased(FunctionWords.and) }
        let utf8 = token.text.utf8
        switch utf8.count {
        case 1:
            let byte = utf8.first
            return byte == 0x2C || byte == 0x2D
        case 3:
            var bytes = utf8.makeIterator()
            return bytes.next() == 0xE2 && bytes.next() == 0x80 && bytes.next() == 0x93
        default:
            return false
        }
    }
}
