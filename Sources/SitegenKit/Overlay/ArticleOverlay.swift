/// An editor's corrections to one article, from its seed's overlay file (`seeds/<stem>.yml`).
///
/// Every field is optional; a field that is set replaces what extraction found. Lists (units,
/// officials, themes) replace the whole list, so an editor writes the list as it should be.
public struct ArticleOverlay: Sendable, Hashable {
    /// One unit as the editor gives it.
    public struct Unit: Sendable, Hashable {
        public var name: String
        public var kind: UnitKind
        public var parent: String?
        public var primary: Bool
    }

    /// One official as the editor gives them: a name and every role, in order.
    public struct Person: Sendable, Hashable {
        public var name: String
        public var roles: [String]
    }

    public var title: String?
    public var published: Publication?
    public var eventDate: CalendarDate?
    public var units: [Unit]?
    public var officials: [Person]?
    public var themes: [String]?
    public var sourceURL: String?
    /// Whether the article is left out of the site.
    public var exclude: Bool
    /// The editor's own summary per language, in Markdown.
    public var summary: [Language: String]
    /// Where the overlay (or its `articles:` entry) starts, for diagnostics.
    public var location: SourceLocation

    /// An overlay that changes nothing, at `location`.
    public init(location: SourceLocation) {
        self.location = location
        exclude = false
        summary = [:]
    }

    /// The record with the corrections applied, or nil when the overlay excludes the article.
    ///
    /// Units and officials an editor gives have no sentence of the article as evidence: their
    /// evidence is empty, at the article's first line. When no unit is marked primary, the first is.
    public func apply(to record: ArticleRecord) -> ArticleRecord? {
        guard !exclude else { return nil }
        var record = record
        let evidence = Evidence(sentence: "", line: record.article.line)
        if let title { record.article.title = title }
        if let published {
            record.article.published = published
            if record.article.eventDate == nil, eventDate == nil { record.article.year = published.date.year }
        }
        if let eventDate {
            record.article.eventDate = eventDate
            record.article.year = eventDate.year
        }
        if let units {
            let anyPrimary = units.contains(where: \.primary)
            record.units = units.enumerated().map { offset, unit in
                AdministrativeUnit(name: unit.name, kind: unit.kind, parent: unit.parent,
                                   primary: unit.primary || (!anyPrimary && offset == 0), evidence: evidence)
            }
        }
        if let officials {
            record.officials = officials.map { person in
                Official(name: person.name, roles: person.roles.map { RoleTitle(text: $0, evidence: evidence) })
            }
        }
        if let themes { record.themes = themes }
        if let sourceURL { record.sourceURL = sourceURL }
        for (language, text) in summary { record.editorSummary[language] = text }
        return record
    }
}
