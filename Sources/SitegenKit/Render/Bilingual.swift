/// One value per language of the site.
public struct Bilingual<Value: Sendable>: Sendable {
    public var vi: Value
    public var en: Value

    public init(vi: Value, en: Value) {
        self.vi = vi
        self.en = en
    }

    /// Builds both values with `make`.
    public init(_ make: (Language) throws -> Value) rethrows {
        self.init(vi: try make(.vi), en: try make(.en))
    }

    public subscript(language: Language) -> Value { language == .vi ? vi : en }
}
