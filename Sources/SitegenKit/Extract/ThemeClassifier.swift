/// Decides which themes an article really discusses.
///
/// Each cue of a theme (`data/themes.yml`) found in the text scores by where it stands: the
/// title most, then the lede and subheadings, then the body and captions. A cue inside a longer
/// excluded phrase does not count ("môi trường đầu tư" is not the environment), and a cue in an
/// enumeration of many fields counts half: a passing word is not a theme. A theme needs a score
/// of at least the threshold. Weights and threshold are data (`data/themes.yml`).
struct ThemeClassifier: Sendable {
    struct CompiledTheme: Sendable {
        var id: String
        var cues: PhraseMatcher
        var exclude: PhraseMatcher
    }

    let themes: [CompiledTheme]
    let scoring: ThemeScoring

    init(lexicon: Lexicon) {
        themes = lexicon.themes.map { CompiledTheme(id: $0.id, cues: PhraseMatcher($0.cues), exclude: PhraseMatcher($0.exclude ?? [])) }
        scoring = lexicon.themeScoring
    }

    /// The theme ids that reach the threshold, strongest first (ties in taxonomy order).
    func classify(_ sentences: [AnalyzedSentence]) -> [String] {
        let scores = self.scores(sentences)
        return themes.indices
            .filter { scores[$0] >= scoring.threshold }
            .sorted { (scores[$0], -$0) > (scores[$1], -$1) }
            .map { themes[$0].id }
    }

    func scores(_ sentences: [AnalyzedSentence]) -> [Double] {
        var scores = [Double](repeating: 0, count: themes.count)
        for sentence in sentences {
            let weight: Double
            switch sentence.place {
            case .title: weight = scoring.weights.title
            case .lede, .subheading: weight = scoring.weights.lede
            case .body, .caption: weight = scoring.weights.body
            }
            let tokens = sentence.tokens
            for (index, theme) in themes.enumerated() {
                var excluded: Set<Int> = []
                for (start, phrase) in theme.exclude.matches(in: tokens) {
                    for position in start..<(start + phrase.keys.count) { excluded.insert(position) }
                }
                for (start, _) in theme.cues.matches(in: tokens) where !excluded.contains(start) {
                    scores[index] += weight * (Self.isEnumerated(tokens, at: start) ? 0.5 : 1)
                }
            }
        }
        return scores
    }

    /// Whether the word at `index` stands in a list of several short items ("y tế, giáo dục, văn
    /// hóa, an sinh xã hội"): separators on both sides within a few words.
    static func isEnumerated(_ tokens: [Token], at index: Int) -> Bool {
        func separator(_ token: Token) -> Bool { [",", "-", "–"].contains(token.text) || token.lowercased == "và" }
        let before = tokens[max(0, index - 4)..<index].contains(where: separator)
        let after = tokens[min(tokens.count, index + 1)..<min(tokens.count, index + 5)].contains(where: separator)
        let separators = tokens[max(0, index - 8)..<min(tokens.count, index + 8)].filter(separator).count
        return before && after && separators >= 3
    }
}
