/// The Extract stage: an `Article` → an `ArticleRecord` of its units, officials, figures,
/// themes and key sentences, each fact with the sentence it came from.
public struct Extractor: Sendable {
    let furniture: FurnitureMatcher
    let units: UnitExtractor
    let officials: OfficialExtractor
    let figures: FigureExtractor
    let themes: ThemeClassifier
    /// The lexicon's numbers for token keys, which every matcher above was made with.
    let vocabulary: KeyVocabulary

    public init(lexicon: Lexicon) throws {
        try self.init(lexicon: lexicon, furniture: FurnitureMatcher(lexicon.furniture))
    }

    /// An extractor that uses `furniture`, made from the same lexicon (the segmenter's, so that
    /// the patterns are compiled once).
    init(lexicon: Lexicon, furniture: FurnitureMatcher) {
        self.furniture = furniture
        units = UnitExtractor(lexicon: lexicon)
        officials = OfficialExtractor(lexicon: lexicon)
        figures = FigureExtractor(lexicon: lexicon)
        themes = ThemeClassifier(lexicon: lexicon)
        vocabulary = lexicon.vocabulary
    }

    public func extract(_ article: Article) -> ArticleRecord {
        let sentences = AnalyzedSentence.sentences(of: article, furniture: furniture, vocabulary: vocabulary)
        let found = units.extract(sentences, article: article)
        let primary = found.units.first(where: \.primary)
        let people = officials.extract(sentences, units: found, primary: primary)
        let figures = self.figures.extract(sentences)
        let keySentences = Self.keySentences(sentences, figures: figures, officials: people)
        return ArticleRecord(article: article, units: found.units, officials: people, figures: figures,
                             themes: themes.classify(sentences), keySentences: keySentences, province: found.province)
    }

    /// The sentences that carry the facts: the lede's first, then those that state a figure or
    /// give an official's role, in text order, each once, at most five.
    static func keySentences(_ sentences: [AnalyzedSentence], figures: KeyFigures, officials: [Official]) -> [Evidence] {
        // The wanted sentences by line: a sentence is looked for among the few of its own line, by
        // comparing texts, not by hashing every wanted sentence's text (which normalises it).
        var wanted: [Int: [String]] = [:]
        func want(_ evidence: Evidence) {
            if wanted[evidence.line]?.contains(evidence.sentence) != true { wanted[evidence.line, default: []].append(evidence.sentence) }
        }
        if let lede = sentences.first(where: { $0.place == .lede }) { want(lede.evidence) }
        for figure in figures.values.values { want(figure.evidence) }
        for official in officials { if let first = official.roles.first { want(first.evidence) } }
        var result: [Evidence] = []
        for sentence in sentences where wanted[sentence.line]?.contains(sentence.text) == true
            && !result.contains(sentence.evidence) {
            result.append(sentence.evidence)
            if result.count == 5 { break }
        }
        return result
    }
}
