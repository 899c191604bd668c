/// The overlay file of one seed: corrections for its first article, and for others by id.
///
/// A seed may hold several articles. The overlay's top-level fields apply to the file's first
/// article; an `articles:` mapping addresses any article by its id (`<stem>`, `<stem>-2`, …,
/// as `sitegen extract` prints them) with the same fields.
public struct SeedOverlay: Sendable, Hashable {
    /// The overlay file's path.
    public var file: String
    /// The top-level fields: for the file's first article.
    public var first: ArticleOverlay
    /// Entries of `articles:`, by article id.
    public var byArticle: [String: ArticleOverlay]

    /// An overlay file's contents.
    public init(file: String, first: ArticleOverlay, byArticle: [String: ArticleOverlay] = [:]) {
        self.file = file
        self.first = first
        self.byArticle = byArticle
    }

    /// The seed's records with the corrections applied, excluded articles dropped (each with a
    /// note), and an error for an `articles:` id that is no article of the seed.
    public func apply(to records: [ArticleRecord]) -> (records: [ArticleRecord], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let ids = Set(records.map(\.article.id))
        for (id, overlay) in byArticle.sorted(by: { $0.key < $1.key }) where !ids.contains(id) {
            diagnostics.append(.overlayUnknownArticle(overlay.location, id: id, known: records.map(\.article.id)))
        }
        var result: [ArticleRecord] = []
        for (offset, record) in records.enumerated() {
            var overlays: [ArticleOverlay] = []
            if offset == 0 { overlays.append(first) }
            if let own = byArticle[record.article.id] { overlays.append(own) }
            var current: ArticleRecord? = record
            for overlay in overlays {
                guard let applied = current else { break }
                current = overlay.apply(to: applied)
                if current == nil {
                    diagnostics.append(.overlayExcluded(overlay.location, id: record.article.id, title: record.article.title))
                }
            }
            if let current { result.append(current) }
        }
        return (result, diagnostics)
    }
}
