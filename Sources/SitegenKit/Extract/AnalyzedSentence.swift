/// One sentence of an article, tokenized, with where it stands: the unit every extractor reads.
public struct AnalyzedSentence: Sendable {
    /// Where in the article a sentence stands; extractors weigh the title and lede above the body.
    public enum Place: Sendable, Hashable { case title, lede, subheading, body, caption }

    public var text: String
    public var tokens: [Token]
    public var line: Int
    public var place: Place

    public init(text: String, line: Int, place: Place) {
        self.text = text
        self.tokens = Tokenizer.tokens(text)
        self.line = line
        self.place = place
    }

    /// A sentence whose tokens are interned in `vocabulary`, the one the extractors' matchers use.
    public init(text: String, line: Int, place: Place, vocabulary: KeyVocabulary) {
        self.text = text
        self.tokens = Tokenizer.tokens(text, vocabulary: vocabulary)
        self.line = line
        self.place = place
    }

    init(text: String, tokens: [Token], line: Int, place: Place) {
        self.text = text
        self.tokens = tokens
        self.line = line
        self.place = place
    }

    /// The sentences of a paragraph, their tokens interned in `vocabulary`: those of
    /// `SentenceSplitter.sentences` each tokenized, but a paragraph of simple scalars is decoded
    /// once, for splitting and tokenizing both (a test holds the two ways together).
    static func paragraphSentences(_ text: String, line: Int, place: Place, vocabulary: KeyVocabulary) -> [AnalyzedSentence] {
        let simple = text.utf8.withContiguousStorageIfAvailable { bytes -> [AnalyzedSentence]? in
            guard let decoded = SimpleScalars.decode(bytes) else { return nil }
            let utf8 = text.utf8
            func stringIndex(_ scalar: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: decoded.offsets[scalar]) }
            return SentenceSplitter.sentenceRanges(text, decoded: decoded).map { scalars in
                let sentenceText = String(text[stringIndex(scalars.lowerBound)..<stringIndex(scalars.upperBound)])
                let tokens = Tokenizer.simpleTokens(sentenceText, decoded: decoded, scalars: scalars, utf8: bytes, vocabulary: vocabulary)
                return AnalyzedSentence(text: sentenceText, tokens: tokens, line: line, place: place)
            }
        }
        if let simple, let simple { return simple }
        return SentenceSplitter.sentences(text).map { AnalyzedSentence(text: String($0), line: line, place: place, vocabulary: vocabulary) }
    }

    public var evidence: Evidence { Evidence(sentence: text, line: line) }

    /// The original text from token `start` to token `end` (exclusive).
    public func text(from start: Int, to end: Int) -> String {
        guard start < end, start >= 0, end <= tokens.count else { return "" }
        return String(text[tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound])
    }

    /// The sentences of an article: title, lede, then body blocks, with photo credits removed;
    /// their tokens interned in `vocabulary` when one is given.
    public static func sentences(of article: Article, furniture: FurnitureMatcher,
                                 vocabulary: KeyVocabulary? = nil) -> [AnalyzedSentence] {
        func sentence(_ text: String, _ line: Int, _ place: Place) -> AnalyzedSentence {
            if let vocabulary { return AnalyzedSentence(text: text, line: line, place: place, vocabulary: vocabulary) }
            return AnalyzedSentence(text: text, line: line, place: place)
        }
        func sentences(_ text: String, _ line: Int, _ place: Place) -> [AnalyzedSentence] {
            if let vocabulary { return paragraphSentences(text, line: line, place: place, vocabulary: vocabulary) }
            return SentenceSplitter.sentences(text).map { sentence(String($0), line, place) }
        }
        var result = [sentence(article.title, article.line, .title)]
        if let lede = article.lede {
            result += sentences(lede.text, lede.line, .lede)
        }
        for block in article.body {
            let place: Place
            switch block.kind {
            case .paragraph: place = .body
            case .subheading: place = .subheading
            case .caption: place = .caption
            }
            let text = block.kind == .caption ? furniture.removingCredit(block.text) : block.text
            result += sentences(text, block.line, place)
        }
        return result
    }
}
