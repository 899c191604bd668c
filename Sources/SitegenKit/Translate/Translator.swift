/// English for the structured parts of a record, composed from the glossary in `data/`.
///
/// Proper names keep their Vietnamese spelling; unit kinds, bodies and role heads are
/// translated word group by word group, so "Phó Chủ tịch UBND TP Hà Nội" becomes "Vice Chair of
/// the Hà Nội City People's Committee". What the glossary does not know is reported, never
/// passed through silently.
public struct Translator: Sendable {
    public let glossary: Glossary

    public init(glossary: Glossary) {
        self.glossary = glossary
    }

    /// A role in `language`: the text itself in Vietnamese, its English composed from the glossary.
    public func role(_ text: String, in language: Language) -> TranslatedText {
        guard language == .en else { return TranslatedText(text: text, untranslated: []) }
        return glossary.translateRole(text)
    }

    /// A unit's name with its kind: "phường Cầu Giấy" / "Cầu Giấy Ward".
    public func unitLabel(name: String, kind: UnitKind, in language: Language) -> String {
        switch language {
        case .vi: return kind.rawValue + " " + name
        case .en: return name + " " + kindName(kind, in: .en)
        }
    }

    /// The name of a kind of unit: "phường" / "Ward".
    public func kindName(_ kind: UnitKind, in language: Language) -> String {
        language == .vi ? kind.rawValue : (glossary.unitKinds[kind] ?? kind.rawValue)
    }
}

/// Text in the target language and the source words it could not translate.
public struct TranslatedText: Sendable, Hashable {
    public var text: String
    /// Vietnamese words or phrases the glossary lacks; empty when the translation is complete.
    public var untranslated: [String]

    public init(text: String, untranslated: [String]) {
        self.text = text
        self.untranslated = untranslated
    }

    public var isComplete: Bool { untranslated.isEmpty }
}
