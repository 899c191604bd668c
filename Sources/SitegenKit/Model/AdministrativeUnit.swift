/// The kinds of administrative unit the text names, as Vietnamese writes them.
public enum UnitKind: String, Sendable, Hashable, Codable, CaseIterable {
    case phuong = "phường"
    case xa = "xã"
    case thiTran = "thị trấn"
    case quan = "quận"
    case huyen = "huyện"
    case thiXa = "thị xã"
    case thanhPho = "thành phố"
    case tinh = "tỉnh"

    /// 0 for a province or centrally-run city, 1 for a district level, 2 for ward level.
    public var level: Int {
        switch self {
        case .tinh, .thanhPho: return 0
        case .quan, .huyen, .thiXa: return 1
        case .phuong, .xa, .thiTran: return 2
        }
    }
}

/// A ward, commune, district, city or province named in an article.
public struct AdministrativeUnit: Sendable, Hashable, Codable {
    /// The name without its kind: "Tân An", "7" for "phường 7".
    public var name: String
    public var kind: UnitKind
    /// The name of the unit it belongs to, when the text or its context says.
    public var parent: String?
    /// Whether the article is about this unit.
    public var primary: Bool
    /// Whether the text calls it a former unit ("phường 7 (cũ)", "quận 5 cũ").
    public var former: Bool
    /// Where the unit is first named.
    public var evidence: Evidence

    public init(name: String, kind: UnitKind, parent: String? = nil, primary: Bool = false, former: Bool = false,
                evidence: Evidence) {
        self.name = name
        self.kind = kind
        self.parent = parent
        self.primary = primary
        self.former = former
        self.evidence = evidence
    }

    /// The key two mentions of one unit share, whatever their tone-mark spelling.
    public var key: UnitKey { UnitKey(kind: kind, name: name) }
}

/// Identity of a unit: its kind and its name, folded so that "Hoà"/"Hòa" and NFD agree.
public struct UnitKey: Sendable, Hashable, Comparable {
    public var kind: UnitKind
    public var folded: String

    public init(kind: UnitKind, name: String) {
        self.kind = kind
        self.folded = name.vietnameseKey
    }

    public static func < (lhs: UnitKey, rhs: UnitKey) -> Bool {
        (lhs.folded, lhs.kind.level, lhs.kind.rawValue) < (rhs.folded, rhs.kind.level, rhs.kind.rawValue)
    }
}
