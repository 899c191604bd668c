/// Text in the target language and the source words it could not translate.
public struct TranslatedText: Sendable, Hashable {
    public var text: String
    /// Vietnamese words or phrases the glossary lacks; empty when the translation is complete.
    public var untranslated: [String]

    /// Text and the words of it that are still Vietnamese.
    public init(text: String, untranslated: [String]) {
        self.text = text
        self.untranslated = untranslated
    }

    /// Whether every word was translated (proper names aside).
    public var isComplete: Bool { untranslated.isEmpty }
}
