import Foundation
import Yams

/// The word lists the heuristics read, loaded from the data files under `data/`.
///
/// Everything an editor may need to tune for a new outlet's layout lives here, not in code:
/// furniture lines, section names, outlet marks, unit kinds and provinces, role heads, bodies and
/// titles, surnames, figure phrases and theme cues.
public struct Lexicon: Sendable {
    public var furniture: FurnitureList
    public var sections: [String]
    public var outlets: [OutletMark]
    public var units: UnitLexicon
    public var roles: RoleLexicon
    public var surnames: Set<String>
    public var figures: [FigureRule]
    public var themes: [ThemeCues]
    /// How cue scores add up to a theme.
    public var themeScoring: ThemeScoring
    /// Numbers for the token keys of every list the extractors match (units, roles, surnames,
    /// figures, themes), made with the lexicon. A list changed afterwards still matches, by key.
    public let vocabulary: KeyVocabulary

    public init(furniture: FurnitureList, sections: [String], outlets: [OutletMark], units: UnitLexicon,
                roles: RoleLexicon, surnames: Set<String>, figures: [FigureRule], themes: [ThemeCues],
                themeScoring: ThemeScoring = ThemeScoring()) {
        self.furniture = furniture
        self.sections = sections
        self.outlets = outlets
        self.units = units
        self.roles = roles
        self.surnames = surnames
        self.figures = figures
        self.themes = themes
        self.themeScoring = themeScoring
        self.vocabulary = Self.vocabulary(units: units, roles: roles, surnames: surnames, figures: figures, themes: themes)
    }

    /// The keys of the lists, in the order of the data files.
    static func vocabulary(units: UnitLexicon, roles: RoleLexicon, surnames: Set<String>, figures: [FigureRule],
                           themes: [ThemeCues]) -> KeyVocabulary {
        var phrases: [String] = []
        for kind in units.kinds { phrases += kind.words + (kind.abbreviations ?? []) + (kind.partyCommittee ?? []) }
        for province in units.provinces { phrases += [province.name] + (province.aliases ?? []) }
        phrases += units.notNames
        phrases += roles.heads + roles.bodies.map(\.name) + roles.titles + roles.connectors + roles.stops + roles.former
            + roles.joiners + roles.notHeads + roles.appointments + roles.sharing
        for rule in figures { phrases += rule.nouns + (rule.notFollowedBy ?? []) + (rule.notAfter ?? []) + (rule.body.map { [$0] } ?? []) }
        for theme in themes { phrases += theme.cues + (theme.exclude ?? []) }
        // Surnames are keys already; sorted, so that the numbers do not depend on a set's order.
        // The lists' words, as written and in the cases text writes them, are the surfaces whose
        // tokens take their key from the vocabulary.
        return KeyVocabulary(keys: Tokenizer.keys(of: phrases) + surnames.sorted(), surfaces: surfaceWords(of: phrases))
    }

    /// The words of `phrases` (their tokens that are no punctuation), each as written, in lower
    /// case, in upper case and capitalised.
    static func surfaceWords(of phrases: [String]) -> [String] {
        var words: [String] = []
        for phrase in phrases {
            for token in Tokenizer.tokens(phrase) where token.kind != .punctuation {
                let lower = token.text.lowercased()
                words += [token.text, lower, token.text.uppercased(), (lower.first.map { String($0).uppercased() } ?? "") + lower.dropFirst()]
            }
        }
        return words
    }

    /// Loads every list from `directory` (the project's `data/`).
    ///
    /// - Throws: a `Diagnostic` naming the file and line of the first thing that does not decode.
    public static func load(from directory: URL) throws -> Lexicon {
        let loader = DataFileLoader(directory: directory)
        let surnameList: [String] = try loader.decode("surnames.yml")
        let taxonomy: ThemeTaxonomy = try loader.decode("themes.yml")
        return Lexicon(
            furniture: try loader.decode("furniture.yml"),
            sections: try loader.decode("sections.yml"),
            outlets: try loader.decode("outlets.yml"),
            units: try loader.decode("units.yml"),
            roles: try loader.decode("roles.yml"),
            surnames: Set(surnameList.map(\.vietnameseKey)),
            figures: try loader.decode("figures.yml"),
            themes: taxonomy.themes,
            themeScoring: ThemeScoring(threshold: taxonomy.threshold, weights: taxonomy.weights)
        )
    }
}

/// Reads one YAML file of `data/` into a typed value; unknown keys are errors, not ignored.
public struct DataFileLoader: Sendable {
    public var directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public func decode<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        let url = directory.appendingPathComponent(name)
        let path = url.path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic.badData(path, line: 1, "missing data file \(name) (looked in \(directory.path))")
        }
        let text = String(decoding: data, as: UTF8.self)
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch let error as DecodingError {
            throw Diagnostic.badData(path, line: Self.line(of: error, in: text), Self.describe(error))
        } catch let error as YamlError {
            throw Diagnostic.badData(path, line: Self.line(of: error), "invalid YAML: \(error)")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func pathText(_ path: [CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "expected \(type) at \(pathText(context.codingPath)): \(context.debugDescription)"
        case .valueNotFound(let type, let context):
            return "missing \(type) at \(pathText(context.codingPath))"
        case .keyNotFound(let key, let context):
            return "missing key '\(key.stringValue)' at \(pathText(context.codingPath))"
        case .dataCorrupted(let context):
            return "\(context.debugDescription) at \(pathText(context.codingPath))"
        @unknown default:
            return "\(error)"
        }
    }

    /// The line of the key a decoding error names, found by looking for it in the text.
    static func line(of error: DecodingError, in text: String) -> Int {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
        case .keyNotFound(_, let c): context = c
        @unknown default: return 1
        }
        guard let key = context.codingPath.last(where: { $0.intValue == nil })?.stringValue else { return 1 }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.trimmed.hasPrefix(key + ":") || line.trimmed.hasPrefix("- " + key + ":") {
            return index + 1
        }
        return 1
    }

    static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 1
        }
    }
}
