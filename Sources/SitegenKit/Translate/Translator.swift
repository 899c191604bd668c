/// English for the structured parts of a record, composed from the glossary in `data/`.
///
/// Proper names keep their Vietnamese spelling; unit kinds, bodies and role heads are
/// translated word group by word group, so "Phó Chủ tịch UBND TP Hà Nội" becomes "Vice Chair of
/// the Hà Nội City People's Committee". What the glossary does not know is reported, never
/// passed through silently.
public struct Translator: Sendable {
    public let glossary: Glossary
    /// The themes of `data/themes.yml` by id, for their names in each language.
    public let themes: [String: Theme]
    let composer: RoleComposer
    /// English roles translated ahead of time (`translatingAhead(_:jobs:)`), by their exact bytes.
    private var knownRoles: [RoleText: TranslatedText] = [:]

    /// A translator over `glossary`; theme names come from `themes` when given, else from the
    /// glossary's own (`themes.yml`, loaded with it).
    public init(glossary: Glossary, themes: [Theme] = []) {
        self.glossary = glossary
        var byID: [String: Theme] = [:]
        for theme in themes + glossary.themes where byID[theme.id] == nil { byID[theme.id] = theme }
        self.themes = byID
        composer = RoleComposer(glossary: glossary)
    }

    /// A role in `language`: the text itself in Vietnamese, its English composed from the glossary.
    ///
    /// Words the glossary lacks stay in the English as written and are listed in
    /// `untranslated`; the build report names them with file and line (`untranslatedRoles(in:)`).
    public func role(_ text: String, in language: Language) -> TranslatedText {
        guard language == .en else { return TranslatedText(text: text, untranslated: []) }
        return knownRoles[RoleText(text)] ?? composer.translate(text)
    }

    /// This translator with the English of `roles` composed once, up front, on `jobs` threads.
    ///
    /// Rendering asks for the same roles on every page that shows an official (the article, the
    /// official's pages, summaries, open data, search); the table answers them without composing
    /// again. A role not in the table is composed as before, so answers are the same either way.
    public func translatingAhead(_ roles: some Sequence<String>, jobs: Int) -> Translator {
        var seen: Set<RoleText> = []
        let distinct = roles.filter { seen.insert(RoleText($0)).inserted }
        let composer = self.composer
        let english = parallelMap(distinct, jobs: jobs) { composer.translate($0) }
        var copy = self
        copy.knownRoles = Dictionary(zip(distinct.map(RoleText.init), english), uniquingKeysWith: { first, _ in first })
        return copy
    }

    /// A unit's name with its kind: "phường Tân An" / "Tân An Ward"; a numbered unit
    /// keeps its number last: "phường 7" / "Ward 7".
    public func unitLabel(name: String, kind: UnitKind, in language: Language) -> String {
        switch language {
        case .vi: return kind.rawValue + " " + name
        case .en:
            let isNumber = !name.isEmpty && name.allSatisfy(\.isNumber)
            return isNumber ? kindName(kind, in: .en) + " " + name : name + " " + kindName(kind, in: .en)
        }
    }

    /// The name of a kind of unit: "phường" / "Ward".
    public func kindName(_ kind: UnitKind, in language: Language) -> String {
        language == .vi ? kind.rawValue : (glossary.unitKinds[kind] ?? kind.rawValue)
    }

    /// A theme's name in `language`: "Chuyển đổi số" / "Digital transformation"; an id the
    /// theme list lacks comes back as itself, reported as untranslated.
    public func themeName(_ id: String, in language: Language) -> TranslatedText {
        guard let theme = themes[id] else { return TranslatedText(text: id, untranslated: [id]) }
        return TranslatedText(text: language == .vi ? theme.nameVi : theme.nameEn, untranslated: [])
    }

    /// A warning for each role of `record` whose English is incomplete, at the line the role
    /// was found, naming the words the glossary lacks: for the build report.
    public func untranslatedRoles(in record: ArticleRecord) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        for official in record.officials {
            for role in official.roles where seen.insert(role.key).inserted {
                let english = self.role(role.text, in: .en)
                guard !english.isComplete else { continue }
                diagnostics.append(.untranslatedRole(SourceLocation(file: record.article.sourceFile, line: role.evidence.line),
                                                     role: role.text, words: english.untranslated))
            }
        }
        return diagnostics
    }
}

/// A role's text as a dictionary key compared and hashed on its UTF-8 bytes: no Unicode
/// normalisation in hashing, and text that differs only in composition stays apart, so the table
/// answers exactly what composing that text would.
struct RoleText: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: RoleText, rhs: RoleText) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
