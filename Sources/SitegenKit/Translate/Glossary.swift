import Foundation

/// The Vietnamese → English glossary of `data/glossary.yml`: unit kinds, bodies and role heads.
public struct Glossary: Sendable {
    public var unitKinds: [UnitKind: String]
    public var bodies: [String: String]
    public var heads: [String: String]

    public init(unitKinds: [UnitKind: String], bodies: [String: String], heads: [String: String]) {
        self.unitKinds = unitKinds
        self.bodies = bodies
        self.heads = heads
    }

    /// Loads `glossary.yml` from `directory`.
    public static func load(from directory: URL) throws -> Glossary {
        struct File: Decodable {
            var unit_kinds: [String: String]
            var bodies: [String: String]
            var heads: [String: String]
        }
        let file: File = try DataFileLoader(directory: directory).decode("glossary.yml")
        var kinds: [UnitKind: String] = [:]
        for (key, value) in file.unit_kinds {
            if let kind = UnitKind(rawValue: key) { kinds[kind] = value }
        }
        return Glossary(unitKinds: kinds, bodies: file.bodies, heads: file.heads)
    }

    /// The English of one role. (Compositional translation: see the Translate issue.)
    public func translateRole(_ text: String) -> TranslatedText {
        TranslatedText(text: text, untranslated: [text])
    }
}
