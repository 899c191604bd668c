import Foundation

/// The Vietnamese → English glossary of `data/glossary.yml`: unit kinds, bodies, role heads and
/// the few function words a role is built with, plus the wording of summaries' event kinds and
/// figures.
///
/// Dictionary keys are the Vietnamese as the glossary writes it; matching is by
/// `vietnameseKey`, so case and tone-mark spelling do not matter.
public struct Glossary: Sendable {
    /// English for each unit kind: phường → Ward.
    public var unitKinds: [UnitKind: String]
    /// English for bodies: "Đảng ủy" → "Party Committee".
    public var bodies: [String: String]
    /// English for role heads: "Phó Chủ tịch" → "Vice Chair".
    public var heads: [String: String]
    /// Other words for a unit kind in a role: "TP" → thành phố.
    public var unitKindWords: [String: UnitKind]
    /// Short forms of places and their English: "TP.HCM" → "Hồ Chí Minh City".
    public var placeAliases: [String: String]
    /// Words that make a role a former one: "nguyên" → "Former".
    public var former: [String: String]
    /// Words that join the parts of a role: "của" → "of".
    public var connectors: [String: String]
    /// Words that put a number on a body: "số" → "No.".
    public var numbering: [String: String]
    /// Words after a unit that mark it as former: "cũ" → "former".
    public var formerUnit: [String: String]
    /// Words that introduce a term: "khóa" → "term".
    public var terms: [String: String]
    /// What an article may report (congress, conference …), for its summary, first match wins.
    public var events: [EventKind]
    /// Verbs that say an event took place ("tổ chức", "diễn ra").
    public var eventVerbs: [String]
    /// The noun of each key figure in each language.
    public var figureNouns: [KeyFigures.Kind: FigureNoun]
    /// The themes with their names in both languages (`data/themes.yml`), so that a translator
    /// made from the glossary alone names themes in English.
    public var themes: [Theme]

    /// A glossary from its parts; the optional ones default to empty.
    public init(unitKinds: [UnitKind: String], bodies: [String: String], heads: [String: String],
                unitKindWords: [String: UnitKind] = [:], placeAliases: [String: String] = [:],
                former: [String: String] = [:], connectors: [String: String] = [:],
                numbering: [String: String] = [:], formerUnit: [String: String] = [:],
                terms: [String: String] = [:], events: [EventKind] = [], eventVerbs: [String] = [],
                figureNouns: [KeyFigures.Kind: FigureNoun] = [:], themes: [Theme] = []) {
        self.unitKinds = unitKinds
        self.bodies = bodies
        self.heads = heads
        self.unitKindWords = unitKindWords
        self.placeAliases = placeAliases
        self.former = former
        self.connectors = connectors
        self.numbering = numbering
        self.formerUnit = formerUnit
        self.terms = terms
        self.events = events
        self.eventVerbs = eventVerbs
        self.figureNouns = figureNouns
        self.themes = themes
    }

    /// A kind of event an article may report, the cues that name it and its name in each language.
    public struct EventKind: Sendable, Hashable, Decodable {
        public var cues: [String]
        /// When given, one of these must stand in the same sentence too ("Đảng bộ" for a Party congress).
        public var context: [String]?
        public var vi: String
        public var en: String
    }

    /// How a summary names one key figure: "đại biểu" / "delegate", "delegates".
    public struct FigureNoun: Sendable, Hashable, Decodable {
        public var vi: String
        public var en: String
        public var enPlural: String

        enum CodingKeys: String, CodingKey {
            case vi, en
            case enPlural = "en_plural"
        }

        /// The noun for `count` things in `language`; Vietnamese nouns do not inflect.
        public func noun(count: Int, in language: Language) -> String {
            switch language {
            case .vi: return vi
            case .en: return count == 1 ? en : enPlural
            }
        }
    }

    /// Loads `glossary.yml` from `directory`, and the theme names of `themes.yml` beside it.
    ///
    /// - Throws: a `Diagnostic` naming the file and line of what does not decode, or of a unit
    ///   kind or figure kind the program does not know.
    public static func load(from directory: URL) throws -> Glossary {
        struct File: Decodable {
            var unit_kinds: [String: String]
            var unit_kind_words: [String: String]?
            var place_aliases: [String: String]?
            var bodies: [String: String]
            var heads: [String: String]
            var former: [String: String]?
            var connectors: [String: String]?
            var numbering: [String: String]?
            var former_unit: [String: String]?
            var terms: [String: String]?
            var events: [EventKind]?
            var event_verbs: [String]?
            var figures: [String: FigureNoun]?
        }
        let loader = DataFileLoader(directory: directory)
        let file: File = try loader.decode("glossary.yml")
        // Only the names of each theme; its cues and scoring are the classifier's business.
        struct ThemeNames: Decodable {
            struct Entry: Decodable { var id: String; var vi: String; var en: String }
            var themes: [Entry]
        }
        let themeList = try loader.decode("themes.yml", as: ThemeNames.self).themes
            .map { Theme(id: $0.id, nameVi: $0.vi, nameEn: $0.en) }
        let path = directory.appendingPathComponent("glossary.yml").path
        func unknown(_ what: String, _ key: String) -> Diagnostic {
            Diagnostic.badData(path, line: 1, "glossary.yml: unknown \(what) '\(key)'")
        }
        var kinds: [UnitKind: String] = [:]
        for (key, value) in file.unit_kinds {
            guard let kind = UnitKind(rawValue: key) else { throw unknown("unit kind", key) }
            kinds[kind] = value
        }
        var kindWords: [String: UnitKind] = [:]
        for (key, value) in file.unit_kind_words ?? [:] {
            guard let kind = UnitKind(rawValue: value) else { throw unknown("unit kind", value) }
            kindWords[key] = kind
        }
        var figureNouns: [KeyFigures.Kind: FigureNoun] = [:]
        for (key, value) in file.figures ?? [:] {
            guard let kind = KeyFigures.Kind(rawValue: key) else { throw unknown("figure kind", key) }
            figureNouns[kind] = value
        }
        return Glossary(unitKinds: kinds, bodies: file.bodies, heads: file.heads, unitKindWords: kindWords,
                        placeAliases: file.place_aliases ?? [:], former: file.former ?? [:],
                        connectors: file.connectors ?? [:], numbering: file.numbering ?? [:],
                        formerUnit: file.former_unit ?? [:], terms: file.terms ?? [:],
                        events: file.events ?? [], eventVerbs: file.event_verbs ?? [],
                        figureNouns: figureNouns, themes: themeList)
    }

    /// The English of one role, composed from the glossary (see `RoleComposer`).
    public func translateRole(_ text: String) -> TranslatedText {
        RoleComposer(glossary: self).translate(text)
    }
}
