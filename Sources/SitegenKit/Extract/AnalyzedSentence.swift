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
        var result = [sentence(article.title, article.line, .title)]
        if let lede = article.lede {
            result += SentenceSplitter.sentences(lede.text).map { sentence(String($0), lede.line, .lede) }
        }
        for block in article.body {
            let place: Place
            switch block.kind {
            case .paragraph: place = .body
            case .subheading: place = .subheading
            case .caption: place = .caption
            }
            let text = block.kind == .caption ? furniture.removingCredit(block.text) : block.text
            result += SentenceSplitter.sentences(text).map { sentence(String($0), block.line, place) }
        }
        return result
    }
}
