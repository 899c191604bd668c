/// A person the article names with at least one office.
public struct Official: Sendable, Hashable, Codable {
    /// The full name, without titles such as "ông", "bà", "đồng chí", "TS".
    public var name: String
    /// Every role the text gives them, in the order it gives them, each once.
    public var roles: [RoleTitle]

    public init(name: String, roles: [RoleTitle]) {
        self.name = name
        self.roles = roles
    }

    /// The key two mentions of one person share, whatever their tone-mark spelling.
    public var key: String { name.vietnameseKey }
}

/// One office as the text words it: "Bí thư Đảng ủy phường Tân An".
public struct RoleTitle: Sendable, Hashable, Codable {
    public var text: String
    public var evidence: Evidence

    public init(text: String, evidence: Evidence) {
        self.text = text
        self.evidence = evidence
    }

    /// The key two wordings of one role share.
    public var key: String { text.vietnameseKey }
}
