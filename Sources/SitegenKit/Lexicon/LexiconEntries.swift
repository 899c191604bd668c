/// Page furniture: lines copied with an article that are not its text (`data/furniture.yml`).
public struct FurnitureList: Sendable, Codable {
    /// Whole lines that are furniture wherever they stand, compared by `vietnameseKey`.
    public var lines: [String]
    /// Regular expressions; a line matching one is furniture.
    public var patterns: [String]
    /// A line starting with one of these ends the article: what follows is comments, polls and
    /// related-article lists.
    public var tailMarkers: [String]
    /// Prefixes that mark a photo credit ("Ảnh:"), which is not an author.
    public var creditPrefixes: [String]

    enum CodingKeys: String, CodingKey {
        case lines, patterns
        case tailMarkers = "tail_markers"
        case creditPrefixes = "credit_prefixes"
    }
}

/// An outlet's mark at the start of a lede ("ĐNO - ") and the outlet it stands for.
public struct OutletMark: Sendable, Codable {
    public var marks: [String]
    public var name: String
    public var province: String?
}

/// Unit kinds with the words that introduce them, and the provinces and centrally-run cities.
public struct UnitLexicon: Sendable, Codable {
    public struct KindWords: Sendable, Codable {
        public var kind: UnitKind
        /// Lower-case forms, longest first when matched: "thành phố", "tp".
        public var words: [String]
        /// Abbreviations written glued to the name: "P." in "P.Tân An".
        public var abbreviations: [String]?
        /// The party committee of this kind's level, named without a kind word: "Quận ủy".
        public var partyCommittee: [String]?

        enum CodingKeys: String, CodingKey {
            case kind, words, abbreviations
            case partyCommittee = "party_committee"
        }
    }

    public struct Province: Sendable, Codable {
        public var name: String
        public var kind: UnitKind
        /// Other ways the text writes it: "TP.HCM", "TPHCM", "Thủ đô".
        public var aliases: [String]?
    }

    public var kinds: [KindWords]
    public var provinces: [Province]
    /// Capitalised words that follow a kind word but are not a unit's name ("phường Đoàn kết"?
    /// no: "Thành phố sáng tạo"): a name must not start with one of these.
    public var notNames: [String]

    enum CodingKeys: String, CodingKey {
        case kinds, provinces
        case notNames = "not_names"
    }
}

/// The words of offices (`data/roles.yml`).
public struct RoleLexicon: Sendable, Codable {
    /// Heads of a role: "Bí thư", "Phó Chủ tịch Thường trực", "Trưởng ban".
    public var heads: [String]
    /// Bodies an office belongs to, and whether a unit may follow them.
    public var bodies: [Body]
    /// Honorifics and academic or military titles that stand before a name but are not part of it.
    public var titles: [String]
    /// Lower-case words that may stand inside a role: "của", "số", "công tác".
    public var connectors: [String]
    /// Verbs and phrases that end a role written after a name.
    public var stops: [String]
    /// Words that mark a former office: "nguyên".
    public var former: [String]
    /// Words that join two roles of one person: "kiêm".
    public var joiners: [String]
    /// Names of bodies that begin with a role head's words ("Đoàn Chủ tịch", the presidium):
    /// the head inside them does not start a role.
    public var notHeads: [String]
    /// Words between a name and the office it is given ("chỉ định giữ chức").
    public var appointments: [String]
    /// Words that introduce the people who share one office ("là", "gồm").
    public var sharing: [String]

    public struct Body: Sendable, Codable {
        public var name: String
        /// `unit`: a unit with its kind may follow ("Đảng ủy phường X"); `name`: the bare name of
        /// a unit of `kind` may follow ("Quận ủy Hoàn Kiếm"); `none`: complete as it is.
        public var attach: Attachment
        public var kind: UnitKind?

        public enum Attachment: String, Sendable, Codable { case unit, name, none }
    }
}

/// How one key figure is written: the nouns that follow its number.
public struct FigureRule: Sendable, Codable {
    public var kind: KeyFigures.Kind
    /// What follows the number: "đại biểu", "khâu đột phá".
    public var nouns: [String]
    /// Words right after the noun that mean it is not this figure ("dự khuyết").
    public var notFollowedBy: [String]?
    /// Words before the number, in the same clause, that mean it is not this figure ("bầu").
    public var notAfter: [String]?
    /// The body the count belongs to, which must be named nearest to it in the sentence
    /// ("Ban Chấp hành" … "27 đồng chí").
    public var body: String?

    enum CodingKeys: String, CodingKey {
        case kind, nouns, body
        case notFollowedBy = "not_followed_by"
        case notAfter = "not_after"
    }
}

/// One theme and the phrases that show an article discusses it (`data/themes.yml`).
public struct ThemeCues: Sendable, Codable {
    public var id: String
    public var vi: String
    public var en: String
    public var cues: [String]
    /// Longer phrases containing a cue that do not count ("môi trường đầu tư").
    public var exclude: [String]?

    public var theme: Theme { Theme(id: id, nameVi: vi, nameEn: en) }
}

/// The file `data/themes.yml`: the scoring and the themes.
struct ThemeTaxonomy: Sendable, Codable {
    var threshold: Double
    var weights: ThemeScoring.Weights
    var themes: [ThemeCues]
}

/// How cue scores add up to a theme: the weight of a cue by where it stands, and the score a
/// theme needs.
public struct ThemeScoring: Sendable, Codable {
    public struct Weights: Sendable, Codable {
        public var title: Double
        public var lede: Double
        public var body: Double

        public init(title: Double = 3, lede: Double = 2, body: Double = 1) {
            self.title = title
            self.lede = lede
            self.body = body
        }
    }

    public var threshold: Double
    public var weights: Weights

    public init(threshold: Double = 3, weights: Weights = Weights()) {
        self.threshold = threshold
        self.weights = weights
    }
}
