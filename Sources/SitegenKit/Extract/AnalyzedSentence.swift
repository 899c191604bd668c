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

    public var evidence: Evidence { Evidence(sentence: text, line: line) }

    /// The original text from token `start` to token `end` (exclusive).
    public func text(from start: Int, to end: Int) -> String {
        guard start < end, start >= 0, end <= tokens.count else { return "" }
        return String(text[tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound])
    }

    /// The sentences of an article: title, lede, then body blocks, with photo credits removed.
    public static func sentences(of article: Article, furniture: FurnitureMatcher) -> [AnalyzedSentence] {
        var result = [AnalyzedSentence(text: article.title, line: article.line, place: .title)]
        if let lede = article.lede {
            result += SentenceSplitter.sentences(lede.text).map { AnalyzedSentence(text: String($0), line: lede.line, place: .lede) }
        }
        for block in article.body {
            let place: Place
            switch block.kind {
            case .paragraph: place = .body
            case .subheading: place = .subheading
            case .caption: place = .caption
            }
            let text = block.kind == .caption ? furniture.removingCredit(block.text) : block.text
            result += SentenceSplitter.sentences(text).map { AnalyzedSentence(text: String($0), line: block.line, place: place) }
        }
        return result
    }
}
