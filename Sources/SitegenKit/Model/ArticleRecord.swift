/// An article with everything extracted from it: the output of the Extract stage.
public struct ArticleRecord: Sendable, Hashable {
    public var article: Article
    public var units: [AdministrativeUnit]
    public var officials: [Official]
    public var figures: KeyFigures
    /// Theme ids, strongest first.
    public var themes: [String]
    /// Sentences that carry the article's facts, for summaries and evidence.
    public var keySentences: [Evidence]
    /// The province or city the article is set in, named or implied by its section or outlet.
    public var province: String?
    /// The editor's hand-written summary per language, in Markdown, from the seed's overlay.
    public var editorSummary: [Language: String]
    /// The address the article was copied from, from the seed's overlay.
    public var sourceURL: String?

    public init(article: Article, units: [AdministrativeUnit] = [], officials: [Official] = [],
                figures: KeyFigures = KeyFigures(), themes: [String] = [], keySentences: [Evidence] = [],
                province: String? = nil, editorSummary: [Language: String] = [:], sourceURL: String? = nil) {
        self.article = article
        self.units = units
        self.officials = officials
        self.figures = figures
        self.themes = themes
        self.keySentences = keySentences
        self.province = province
        self.editorSummary = editorSummary
        self.sourceURL = sourceURL
    }

    /// The unit the article is about.
    public var primaryUnit: AdministrativeUnit? { units.first(where: \.primary) }
}
