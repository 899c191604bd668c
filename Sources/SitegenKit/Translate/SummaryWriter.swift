/// Writes the Markdown summaries of articles, units, officials and themes in each language,
/// from the extracted facts, or the editor's own summary where an overlay gives one.
public struct SummaryWriter: Sendable {
    public let translator: Translator

    public init(translator: Translator) {
        self.translator = translator
    }

    /// Which kind of summary a page shows; the page says so.
    public enum Source: String, Sendable, Hashable { case editor, facts }

    public struct Summary: Sendable, Hashable {
        public var markdown: String
        public var source: Source
    }

    /// An article's summary in `language`: the editor's where there is one, else fact sentences.
    public func summary(of record: ArticleRecord, in language: Language) -> Summary {
        if let editor = record.editorSummary[language] { return Summary(markdown: editor, source: .editor) }
        return Summary(markdown: "", source: .facts)
    }
}
